package org.tariffgraph.internal.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.internal.ingest.Score.Fact;

/**
 * The curated facts of one seed report as expected facts for {@link Score}: the five seeds, read by
 * hand into import/, are the gold the extractor is measured against on their raw text.
 */
public final class Gold {

    private final KnownGraph curated;
    private final Map<String, String> names = new HashMap<>();

    public Gold(KnownGraph curated) {
        this.curated = curated;
        for (var file : org.tariffgraph.internal.load.Schema.NODES) {
            curated.rows(file.file()).forEach(r -> names.put(r.get("id"), r.get("name")));
        }
    }

    /** id → display name of every node the curated graph holds. */
    public Map<String, String> names() {
        return names;
    }

    /** The curated publication date of a seed, given to the extractor as --published would be (null when unknown). */
    public LocalDate published(String doc) {
        var row = curated.node(doc);
        return row == null || row.get("published").isBlank() ? null : LocalDate.parse(row.get("published"));
    }

    /** Extracts one seed file and scores it; returns the extraction for further checks. */
    public Extraction score(Extractor extractor, Path file, Score score) {
        String doc = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        var report = ReportText.read(file, published(doc));
        var x = extractor.extract(report);
        var all = new HashMap<>(names);
        x.people().forEach(p -> all.putIfAbsent(p.id(), p.name()));
        score.add(doc, facts(doc), Score.of(x, all, false));
        return x;
    }

    public List<Fact> facts(String doc) {
        var out = new ArrayList<Fact>();
        var sides = participants();
        for (var row : rowsOf("events.csv", doc)) {
            events(row, doc, sides.getOrDefault(row.get("id"), List.of()), out);
        }
        for (var row : rowsOf("tariffs.csv", doc)) {
            String rate = row.get("ratePercent");
            out.add(new Fact("tariff", null, Set.of(), null, null, rate.isBlank() ? null : Double.valueOf(rate),
                    Score.lower(names.get(first(ends("targets.csv", row.get("id"))))), names(ends("covers.csv", row.get("id"))),
                    null, Set.of(), 0, 0, null, null, false));
        }
        for (var row : rowsOf("chips.csv", doc)) {
            out.add(new Fact("chip", null, Set.of(), null, null, null, null, names(ends("concerns.csv", row.get("id"))), null, Set.of(),
                    0, 0, Score.lower(row.get("name")), null, false));
        }
        for (var row : rowsOf("holds_office.csv", doc)) {
            out.add(new Fact("person", null, Set.of(), null, null, null, null, Set.of(), null, Set.of(), 0, 0,
                    Score.lower(names.get(row.get("start"))), Score.lower(names.get(row.get("end"))), false));
        }
        return out;
    }

    private void events(Map<String, String> row, String doc, List<String[]> sides, List<Fact> out) {
        var ids = sides.stream().map(s -> s[0]).toList();
        int[] span = span(row, doc);
        if (row.get("kind").equals("statement")) {
            String speaker = sides.stream().filter(s -> s[1].equals("speaker")).map(s -> names.get(s[0])).findFirst().orElse(null);
            out.add(new Fact("statement", null, Set.of(), null, null, null, null, Set.of(), Score.lower(speaker),
                    Score.lowerAll(KnownGraph.list(row.get("quotes"))), span[0], span[1], null, null, false));
            return;
        }
        var date = FactIndex.dated(row.get("date"), row.get("datePrecision"));
        out.add(new Fact("event", row.get("kind"), Score.sides(ids, names, false), date.date(), date.precision(), null, null, Set.of(),
                null, Set.of(), span[0], span[1], null, null, false));
    }

    private int[] span(Map<String, String> row, String doc) {
        var sources = KnownGraph.list(row.get("sources"));
        var spans = KnownGraph.list(row.get("evidence"));
        String s = spans.get(sources.indexOf(doc));
        return new int[] {Integer.parseInt(s.substring(0, s.indexOf('-'))), Integer.parseInt(s.substring(s.indexOf('-') + 1))};
    }

    private Map<String, List<String[]>> participants() {
        var out = new HashMap<String, List<String[]>>();
        for (var row : curated.rows("participated_in.csv")) {
            out.computeIfAbsent(row.get("end"), k -> new ArrayList<>()).add(new String[] {row.get("start"), row.get("role")});
        }
        return out;
    }

    private List<Map<String, String>> rowsOf(String file, String doc) {
        return curated.rows(file).stream().filter(r -> KnownGraph.list(r.get("sources")).contains(doc)).toList();
    }

    private List<String> ends(String file, String start) {
        return curated.rows(file).stream().filter(r -> r.get("start").equals(start)).map(r -> r.get("end")).toList();
    }

    private Set<String> names(List<String> ids) {
        var out = new HashSet<String>();
        ids.forEach(id -> out.add(Score.lower(names.getOrDefault(id, id))));
        return out;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
