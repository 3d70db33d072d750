package org.resilib.competency;

/** A work sample a librarian submits: which competency it shows, the link, and an optional note. */
public record WorkSampleForm(String code, String url, String note) {

    static final int NOTE_MAX = 2000;
}
