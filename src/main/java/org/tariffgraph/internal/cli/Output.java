package org.tariffgraph.internal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tariffgraph.model.Table;

/**
 * Prints results as an aligned text table, as JSON ({@code {"columns": [...], "rows": [{...}]}}) or
 * as CSV with a header. The only place where results are formatted.
 */
final class Output {

    /** Cells of a table are cut to this width; JSON and CSV always carry the whole value. */
    static final int MAX_CELL = 60;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final GlobalOptions.Format format;

    Output(PrintWriter out, GlobalOptions.Format format) {
        this.out = out;
        this.format = format;
    }

    /** Records of one type, one row each, their components as columns. */
    <T extends Record> void records(List<T> rows, Class<T> type) {
        var table = Table.of(rows, type);
        table(table.columns(), table.rows());
    }

    /** Any table of columns and rows. */
    void table(List<String> columns, List<List<Object>> rows) {
        switch (format) {
            case json -> json(columns, rows);
            case csv -> csv(columns, rows);
            default -> text(columns, rows);
        }
        out.flush();
    }

    private void json(List<String> columns, List<List<Object>> rows) {
        var objects = new ArrayList<Map<String, Object>>();
        for (var row : rows) {
            var object = new LinkedHashMap<String, Object>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        var doc = new LinkedHashMap<String, Object>();
        doc.put("columns", columns);
        doc.put("rows", objects);
        try {
            out.println(JSON.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void csv(List<String> columns, List<List<Object>> rows) {
        try {
            var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
            for (var row : rows) {
                printer.printRecord(row.stream().map(Output::cell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(List<String> columns, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        var cells = new ArrayList<List<String>>();
        for (var row : rows) {
            var line = new ArrayList<String>();
            for (int i = 0; i < columns.size(); i++) {
                String c = cut(cell(row.get(i)));
                widths[i] = Math.max(widths[i], c.length());
                line.add(c);
            }
            cells.add(line);
        }
        out.println(line(columns, widths));
        out.println(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
        cells.forEach(c -> out.println(line(c, widths)));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] widths) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), widths[i]));
        }
        return sb.toString().stripTrailing();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String cut(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }

    /** A value as one line of text: lists joined by "; ", numbers without a needless ".0". */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return String.join("; ", list.stream().map(Output::cell).toList());
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        if (v instanceof Map<?, ?> m) {
            try {
                return new ObjectMapper().writeValueAsString(m);
            } catch (JsonProcessingException e) {
                return m.toString();
            }
        }
        return String.valueOf(v).replace('\n', ' ');
    }
}
