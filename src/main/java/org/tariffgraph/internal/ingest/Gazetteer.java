package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name the graph knows, mapped to what it names: people by full name and alias (a surname),
 * governments by country, seat and administration, offices by title (standing for their holder),
 * sectors and organisations by their aliases. Built from {@link KnownGraph}, so a fact the graph
 * learns makes the next report easier to read.
 */
final class Gazetteer {

    /** A known node: its id, label and display name. */
    record Entity(String id, String label, String name) {}

    /** A name found in a text: [start, end) in the report, the entity and the words. */
    record Mention(int start, int end, Entity entity, String words) {}

    private record Form(String words, Entity entity, boolean caseSensitive) {}

    /** The node files whose names are read, in the order that settles a name two of them share ("Japan"). */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("people.csv", "Person");
        LABELS.put("offices.csv", "Office");
        LABELS.put("governments.csv", "Government");
        LABELS.put("countries.csv", "Country");
        LABELS.put("organizations.csv", "Organization");
        LABELS.put("sectors.csv", "Sector");
    }

    /** Labels whose names are common nouns ("Shipbuilding", "Treasury Secretary"): matched in any case. */
    private static final java.util.Set<String> CASE_FREE = java.util.Set.of("Sector", "Office", "Topic");

    private final List<Form> forms = new ArrayList<>();
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    /** office id → the person who holds it. */
    private final Map<String, String> holders = new HashMap<>();
    private Pattern pattern;
    private final Map<String, Form> formByKey = new HashMap<>();

    Gazetteer(KnownGraph graph) {
        LABELS.forEach((file, label) -> {
            for (var row : graph.rows(file)) {
                var e = new Entity(row.get("id"), label, row.get("name"));
                byId.put(e.id(), e);
                add(e.name(), e);
                KnownGraph.list(row.get("aliases")).forEach(a -> add(a, e));
            }
        });
        for (var row : RuleFiles.rows("aliases.txt")) {
            Entity e = byId.get(row.get(1));
            if (e != null) {
                add(row.get(0), e);
            }
        }
        for (var row : graph.rows("holds_office.csv")) {
            if (row.get("to") == null || row.get("to").isBlank()) {
                holders.put(row.get("end"), row.get("start"));
            }
        }
        compile();
    }

    private Gazetteer(Gazetteer base) {
        forms.addAll(base.forms);
        byId.putAll(base.byId);
        holders.putAll(base.holders);
        pattern = base.pattern;
        formByKey.putAll(base.formByKey);
    }

    /** A copy that can learn the names of one report without teaching them to the next. */
    Gazetteer copy() {
        return new Gazetteer(this);
    }

    /** Adds the names learned while reading (a new person and surname from "Trade Representative Jamieson Greer"). */
    void learn(Entity entity, String... words) {
        byId.putIfAbsent(entity.id(), entity);
        for (String w : words) {
            add(w, entity);
        }
        compile();
    }

    private void add(String words, Entity e) {
        if (words == null || words.isBlank() || words.length() < 2) {
            return;
        }
        // Lower-case aliases ("commerce secretary", "cars") match in any case; names match as written.
        boolean caseSensitive = !words.equals(words.toLowerCase(java.util.Locale.ROOT)) && !CASE_FREE.contains(e.label());
        forms.add(new Form(words.strip(), e, caseSensitive));
    }

    private void compile() {
        forms.sort(Comparator.comparingInt((Form f) -> -f.words().length()));
        var alternatives = new StringBuilder();
        formByKey.clear();
        for (Form f : forms) {
            String key = f.caseSensitive() ? f.words() : f.words().toLowerCase(java.util.Locale.ROOT);
            if (formByKey.putIfAbsent(key, f) == null) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(f.words()));
            }
        }
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /** Every known name in {@code text[from, to)}, longest first where two overlap. */
    List<Mention> find(String text, int from, int to) {
        var out = new ArrayList<Mention>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            String words = m.group();
            Form f = formByKey.get(words);
            if (f == null) {
                f = formByKey.get(words.toLowerCase(java.util.Locale.ROOT));
            }
            if (f != null && (!f.caseSensitive() || f.words().equals(words))) {
                out.add(new Mention(m.start(), m.end(), f.entity(), words));
            }
        }
        return out;
    }

    Entity entity(String id) {
        return byId.get(id);
    }

    /** The person who holds an office now, or null. */
    Entity holder(String officeId) {
        String id = holders.get(officeId);
        return id == null ? null : byId.get(id);
    }
}
