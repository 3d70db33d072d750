package org.resilib.guide.page;

import java.util.List;
import java.util.Map;

/** A guide as read from its folder: texts per language, and its sections in order. */
record GuideDocument(String slug, Map<String, String> title, Map<String, String> summary, boolean emergency,
        String status, List<Section> sections) {

    /** A section: its slug, title and Markdown body per language, its embed (or null), whether it is an FAQ. */
    record Section(int position, String slug, Map<String, String> title, Map<String, String> body, Embed embed,
            boolean faq) {
    }
}
