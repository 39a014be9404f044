package org.tariffgraph.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of an answer that a person reading a terminal needs: date, kind, who, what and sources,
 * not every column the query returns (ask --wide shows them all; JSON and CSV always do).
 */
final class AnswerColumns {

    private static final Map<String, List<String>> NARROW = Map.ofEntries(
            Map.entry("negotiations", List.of("date", "kind", "name", "participants", "durationMinutes", "place", "status", "sources")),
            Map.entry("counterparts", List.of("counterpart", "interactions", "kinds", "firstDate", "lastDate", "sources")),
            Map.entry("rounds", List.of("round", "date", "place", "status", "participants", "sources")),
            Map.entry("timeline", List.of("date", "kind", "event", "status", "participants", "sources")),
            Map.entry("tariffs", List.of("name", "ratePercent", "kind", "status", "effectiveFrom", "sectors", "sources")),
            Map.entry("chips", List.of("name", "sectors", "offeredBy", "status", "reliefFrom", "sources")),
            Map.entry("statements", List.of("date", "speakers", "quotes", "summary", "attributions", "sources")),
            Map.entry("office", List.of("person", "office", "government", "from", "to", "sources")),
            Map.entry("actors", List.of("name", "type", "offices", "sources")),
            Map.entry("documents", List.of("id", "title", "published", "publishers", "authors")),
            Map.entry("sources", List.of("name", "document", "published", "fact", "evidence", "attribution", "rule", "passage")));

    private AnswerColumns() {}

    /** The columns worth showing for an intent, in the query's order; all of them for an intent not listed. */
    static List<String> narrow(String intent, List<String> columns) {
        var wanted = NARROW.get(intent);
        if (wanted == null) {
            return columns;
        }
        return columns.stream().filter(wanted::contains).toList();
    }

    /** The rows cut to {@code shown}. */
    static List<List<Object>> select(List<String> columns, List<String> shown, List<List<Object>> rows) {
        var indexes = shown.stream().map(columns::indexOf).toList();
        var out = new ArrayList<List<Object>>(rows.size());
        for (var row : rows) {
            out.add(indexes.stream().map(row::get).toList());
        }
        return out;
    }
}
