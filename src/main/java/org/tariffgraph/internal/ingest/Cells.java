package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tariffgraph.internal.load.Schema;
import org.tariffgraph.internal.load.Schema.Column;

/**
 * The provenance cells of a draft row: {@code sources}, {@code evidence} and the one-value-per-source
 * columns ({@code attributions}, {@code rules}, an offer's {@code status}). A new row has the report
 * as its only source; a known relationship keeps its sources and gains the report's (its properties
 * are set whole on load, so the row must carry them all).
 */
final class Cells {

    /** One report's claim on a fact: its document, span, rule, and any per-source values it states. */
    record Source(String document, Extraction.Evidence evidence, Map<String, String> perSource) {}

    private Cells() {}

    /** {@code base} with {@code source} as its only source. */
    static Map<String, String> only(String file, Map<String, String> base, Source source) {
        var row = new LinkedHashMap<>(base);
        row.put("sources", source.document());
        row.put("evidence", source.evidence().span());
        for (Column c : perSourceColumns(file)) {
            String value = c.name().equals("rules") ? source.evidence().rule() : source.perSource().getOrDefault(c.name(), "-");
            row.put(c.name(), allDashes(List.of(value)) ? "" : value);
        }
        return row;
    }

    /** {@code base} (a known or drafted row) with {@code source} added after its own sources, unless it is one already. */
    static Map<String, String> plus(String file, Map<String, String> base, Source source) {
        var sources = KnownGraph.list(base.get("sources"));
        if (sources.contains(source.document())) {
            return base;
        }
        var row = new LinkedHashMap<>(base);
        row.put("sources", join(sources, source.document()));
        row.put("evidence", join(KnownGraph.list(base.get("evidence")), source.evidence().span()));
        for (Column c : perSourceColumns(file)) {
            var values = new ArrayList<>(KnownGraph.list(base.get(c.name())));
            while (values.size() < sources.size()) {
                values.add("-");
            }
            values.add(c.name().equals("rules") ? source.evidence().rule() : source.perSource().getOrDefault(c.name(), "-"));
            row.put(c.name(), allDashes(values) ? "" : String.join(";", values));
        }
        return row;
    }

    private static String join(List<String> values, String more) {
        var all = new ArrayList<>(values);
        all.add(more);
        return String.join(";", all);
    }

    private static boolean allDashes(List<String> values) {
        return values.stream().allMatch(v -> v == null || v.equals("-") || v.isEmpty());
    }

    /** A number as a cell: "27.5", and "10" rather than "10.0"; empty for none. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    static List<Column> perSourceColumns(String file) {
        var columns = Schema.columnsByFile().get(file);
        return columns.stream().filter(c -> c.type() == Schema.Type.PER_SOURCE).toList();
    }
}
