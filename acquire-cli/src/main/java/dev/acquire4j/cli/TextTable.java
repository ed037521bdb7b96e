package dev.acquire4j.cli;

import dev.acquire4j.domain.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text in aligned columns, two spaces apart, no borders: readable in a terminal and easy to
 * {@code grep} or {@code awk}. Not thread-safe.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /**
     * Starts a table with its header row.
     *
     * @param header the first row; fixes the number of columns
     */
    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header.clone());
    }

    /**
     * Adds a row; missing cells are blank, {@code null} cells show as {@code -}.
     *
     * @param cells the cells, at most one per column
     * @return this table
     */
    TextTable row(String... cells) {
        if (cells.length > columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        String[] row = new String[columns];
        Arrays.fill(row, "");
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "-" : oneLine(cells[i]);
        }
        rows.add(row);
        return this;
    }

    /** {@return the table, one line per row, each ending in a line separator} */
    String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** A cell never breaks the layout: control and bidi characters (CR, LF, ESC...) are shown escaped. */
    private static String oneLine(String s) {
        return Redaction.visible(s);
    }
}
