package org.resilib.competency;

import jakarta.validation.constraints.Size;

/** A work sample a librarian submits: which competency it shows, the link, and an optional note. */
public record WorkSampleForm(String code, String url, @Size(max = 2000, message = "too_long") String note) {
}
