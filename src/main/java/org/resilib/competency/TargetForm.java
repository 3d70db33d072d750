package org.resilib.competency;

/** A target level: for the person with the email, or else for everyone with the role. */
public record TargetForm(String email, String role, String code, String level) {

    Integer levelNumber() {
        return Levels.parse(level);
    }
}
