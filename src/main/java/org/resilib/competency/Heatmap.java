package org.resilib.competency;

import java.util.ArrayList;
import java.util.List;

/** Geometry and colours of the server-rendered SVG heatmap; the template only places what this computes. */
public record Heatmap(int width, int height, List<Cell> cells, List<Label> rowLabels, List<Label> columnLabels) {

    static final int CELL = 30;
    static final int LEFT = 170;
    static final int TOP = 110;
    /** A sequential blue scale with enough contrast for the level number written in each cell. */
    static final String[] FILLS = {"#f3f5f8", "#c6dbef", "#6baed6", "#2171b5", "#08306b", "#041c40"};

    public record Cell(int x, int y, int size, String fill, String textFill, int textX, int textY, String label,
            String title) {
    }

    public record Label(int x, int y, String text) {
    }

    static Heatmap of(CompetencyService.Matrix m) {
        List<Cell> cells = new ArrayList<>();
        List<Label> rows = new ArrayList<>();
        List<Label> cols = new ArrayList<>();
        for (int c = 0; c < m.competencies().size(); c++) {
            cols.add(new Label(LEFT + c * CELL + CELL / 2, TOP - 8, m.competencies().get(c).code()));
        }
        for (int r = 0; r < m.rows().size(); r++) {
            CompetencyService.MatrixRow row = m.rows().get(r);
            int y = TOP + r * CELL;
            rows.add(new Label(LEFT - 8, y + CELL / 2 + 4, row.name()));
            for (int c = 0; c < row.levels().size(); c++) {
                int level = row.levels().get(c);
                int x = LEFT + c * CELL;
                String fill = FILLS[Math.min(level, FILLS.length - 1)];
                String text = level >= 3 ? "#ffffff" : "#1d2330";
                cells.add(new Cell(x, y, CELL - 2, fill, text, x + CELL / 2 - 1, y + CELL / 2 + 4,
                        level == 0 ? "" : String.valueOf(level),
                        row.name() + " · " + m.competencies().get(c).code() + ": " + level));
            }
        }
        return new Heatmap(LEFT + m.competencies().size() * CELL + 100, TOP + m.rows().size() * CELL + 10, cells, rows,
                cols);
    }
}
