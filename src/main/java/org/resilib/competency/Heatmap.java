package org.resilib.competency;

import java.util.ArrayList;
import java.util.List;
import org.resilib.competency.framework.FrameworkCatalog;

/** Geometry and colours of the server-rendered SVG heatmap; the template only places what this computes. */
public record Heatmap(int width, int height, List<Cell> cells, List<Label> rowLabels, List<Label> columnLabels) {

    static final int CELL = 30;
    static final int LEFT = 170;
    static final int TOP = 110;
    /** A sequential blue scale with enough contrast for the level number written in each cell. */
    static final String[] FILLS = {"#f3f5f8", "#c6dbef", "#6baed6", "#2171b5", "#08306b", "#041c40"};

    /** A cell; {@code label} is the level written in it (empty for level 0, whose light fill says "none"). */
    public record Cell(int x, int y, int size, String fill, String textFill, int textX, int textY, String label) {
    }

    public record Label(int x, int y, String text) {
    }

    /**
     * The heatmap of the given rows. Cells carry no per-cell tooltip: the picture is one image with a description, and
     * the table beside it is the accessible form of the same data, which keeps the SVG small for large libraries.
     */
    static Heatmap of(List<FrameworkCatalog.CompetencyView> competencies, List<MatrixService.MatrixRow> matrixRows) {
        List<Cell> cells = new ArrayList<>();
        List<Label> rows = new ArrayList<>();
        List<Label> cols = new ArrayList<>();
        for (int c = 0; c < competencies.size(); c++) {
            cols.add(new Label(LEFT + c * CELL + CELL / 2, TOP - 8, competencies.get(c).code()));
        }
        for (int r = 0; r < matrixRows.size(); r++) {
            MatrixService.MatrixRow row = matrixRows.get(r);
            int y = TOP + r * CELL;
            rows.add(new Label(LEFT - 8, y + CELL / 2 + 4, row.name()));
            for (int c = 0; c < row.levels().size(); c++) {
                int level = row.levels().get(c);
                int x = LEFT + c * CELL;
                String fill = FILLS[Math.min(level, FILLS.length - 1)];
                String text = level >= 3 ? "#ffffff" : "#1d2330";
                cells.add(new Cell(x, y, CELL - 2, fill, text, x + CELL / 2 - 1, y + CELL / 2 + 4,
                        level == 0 ? "" : String.valueOf(level)));
            }
        }
        return new Heatmap(LEFT + competencies.size() * CELL + 100, TOP + matrixRows.size() * CELL + 10, cells, rows,
                cols);
    }
}
