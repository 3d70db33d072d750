package org.resilib.course.catalogue;

import java.util.Arrays;
import java.util.List;
import org.resilib.course.Audience;
import org.resilib.course.Dimension;

/** What the catalogue shows, computed by {@link Catalogue} in a fixed number of statements. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record Filter(String dimension, String audience, String q) {
        public boolean active() {
            return dimension != null || audience != null || (q != null && !q.isBlank());
        }
    }

    public record Card(String slug, String title, String summary, String dimension, String audience, int minutes,
            int modules, int done, boolean enrolled) {
        public int percent() {
            return modules == 0 ? 0 : done * 100 / modules;
        }

        public boolean started() {
            return enrolled || done > 0;
        }
    }

    public record Catalogue(List<Card> courses, Filter filter) {
        public List<String> dimensions() {
            return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
        }

        public List<String> audiences() {
            return Arrays.stream(Audience.values()).map(Audience::key).toList();
        }
    }
}
