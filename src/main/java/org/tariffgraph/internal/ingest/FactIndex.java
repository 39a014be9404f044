package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.model.PartialDate;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * The events, tariffs and chips a proposal may be the same fact as: those of the graph and those an
 * earlier report of the same run has drafted. Kept as plain summaries, so matching is quick and its
 * rules ({@link Merging}) are readable.
 */
final class FactIndex {

    record KnownEvent(String id, String kind, Dated date, Set<String> participants, Integer round, Integer minutes,
            String place, Set<String> quotes) {}

    record KnownTariff(String id, Double rate, String kind, String status, String target, Set<String> sectors) {}

    record KnownChip(String id, String name, Set<String> sectors, Set<String> offeredBy) {}

    final List<KnownEvent> events = new ArrayList<>();
    final List<KnownTariff> tariffs = new ArrayList<>();
    final List<KnownChip> chips = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    FactIndex(KnownGraph graph) {
        Map<String, Set<String>> sides = ends(graph, "participated_in.csv", true);
        for (var row : graph.rows("events.csv")) {
            events.add(new KnownEvent(row.get("id"), row.get("kind"), dated(row.get("date"), row.get("datePrecision")),
                    sides.getOrDefault(row.get("id"), Set.of()), number(row.get("round")), number(row.get("durationMinutes")),
                    blankToNull(row.get("place")), lower(KnownGraph.list(row.get("quotes")))));
        }
        Map<String, Set<String>> targets = ends(graph, "targets.csv", false);
        Map<String, Set<String>> covers = ends(graph, "covers.csv", false);
        for (var row : graph.rows("tariffs.csv")) {
            String id = row.get("id");
            String rate = row.get("ratePercent");
            tariffs.add(new KnownTariff(id, rate == null || rate.isBlank() ? null : Double.valueOf(rate), row.get("kind"),
                    row.get("status"), targets.getOrDefault(id, Set.of()).stream().findFirst().orElse(null), covers.getOrDefault(id, Set.of())));
        }
        Map<String, Set<String>> concerns = ends(graph, "concerns.csv", false);
        Map<String, Set<String>> offers = ends(graph, "offered.csv", true);
        for (var row : graph.rows("chips.csv")) {
            chips.add(new KnownChip(row.get("id"), row.get("name"), concerns.getOrDefault(row.get("id"), Set.of()),
                    offers.getOrDefault(row.get("id"), Set.of())));
        }
        for (var file : org.tariffgraph.internal.load.Schema.NODES) {
            graph.rows(file.file()).forEach(r -> ids.add(r.get("id")));
        }
    }

    /** start → ends (or, with {@code reverse}, end → starts) of a relationship file. */
    private static Map<String, Set<String>> ends(KnownGraph graph, String file, boolean reverse) {
        var out = new HashMap<String, Set<String>>();
        for (var row : graph.rows(file)) {
            String key = reverse ? row.get("end") : row.get("start");
            out.computeIfAbsent(key, k -> new HashSet<>()).add(reverse ? row.get("start") : row.get("end"));
        }
        return out;
    }

    static Dated dated(String iso, String precision) {
        var parsed = PartialDate.parse(iso);
        if (parsed.isEmpty()) {
            return Dated.unknown("", null);
        }
        var p = precision == null || precision.isBlank() ? parsed.get().precision() : DatePrecision.valueOf(precision.toUpperCase(java.util.Locale.ROOT));
        String text = parsed.get().text();
        var day = java.time.LocalDate.parse(text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text);
        return new Dated(day, p, org.tariffgraph.model.Vocabulary.DateBasis.STATED, iso, null, false);
    }

    private static Integer number(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Set<String> lower(List<String> values) {
        var out = new HashSet<String>();
        values.forEach(v -> out.add(v.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    /** A fresh id: {@code base}, or {@code base-2}, {@code base-3} … if taken. */
    String fresh(String base) {
        String id = base;
        for (int i = 2; ids.contains(id); i++) {
            id = base + "-" + i;
        }
        ids.add(id);
        return id;
    }
}
