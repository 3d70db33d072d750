package org.resilib.competency;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.resilib.web.QueryNumbers;

/**
 * One page of the library-wide matrix: the table and heatmap show {@value #SIZE} people at a time, while the gap
 * report and the CSV cover everyone the filters select.
 */
public record MatrixPage(List<MatrixService.MatrixRow> rows, int page, int pages, int total, int from, int to,
        String filterQuery) {

    static final int SIZE = 50;

    static MatrixPage of(MatrixService.Matrix m, String pageParam) {
        int total = m.rows().size();
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        int page = Math.min(QueryNumbers.positive("page", pageParam, 1), pages);
        int from = (page - 1) * SIZE;
        int to = Math.min(total, from + SIZE);
        StringBuilder query = new StringBuilder();
        if (m.framework() != null) {
            query.append("&framework=").append(URLEncoder.encode(m.framework(), StandardCharsets.UTF_8));
        }
        if (m.query() != null) {
            query.append("&q=").append(URLEncoder.encode(m.query(), StandardCharsets.UTF_8));
        }
        return new MatrixPage(m.rows().subList(from, to), page, pages, total, total == 0 ? 0 : from + 1, to,
                query.toString());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** The filters as a query string for the CSV link, without the page. */
    public String csvQuery() {
        return filterQuery.isEmpty() ? "" : "?" + filterQuery.substring(1);
    }
}
