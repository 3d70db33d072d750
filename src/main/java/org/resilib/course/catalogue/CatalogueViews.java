package org.resilib.course.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** One page of cards out of {@code total} matching courses, and links to the pages around it. */
    public record Catalogue(List<Card> courses, Filter filter, int total, int page, int pages) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        /** The catalogue URL of another page, keeping the filter. */
        public String pageUrl(int n) {
            StringBuilder url = new StringBuilder("/?");
            if (filter.q() != null) {
                url.append("q=").append(URLEncoder.encode(filter.q(), StandardCharsets.UTF_8)).append('&');
            }
            if (filter.dimension() != null) {
                url.append("dimension=").append(filter.dimension()).append('&');
            }
            if (filter.audience() != null) {
                url.append("audience=").append(filter.audience()).append('&');
            }
            return url.append("page=").append(n).toString();
        }

        public List<String> dimensions() {
            return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
        }

        public List<String> audiences() {
            return Arrays.stream(Audience.values()).map(Audience::key).toList();
        }
    }
}
