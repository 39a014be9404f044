package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tariffgraph.internal.load.Schema;

/**
 * What an ingest proposes, in the shape of an import folder: only what is new (new nodes and
 * relationships) and the known rows that gain a source, plus the documents those rows cite. The
 * same rows are validated by the import reader, written as a draft folder and, with
 * {@code --apply}, loaded; the review lists every proposal beside the sentence it came from.
 */
public final class Draft {

    /** One line of the review: what was decided for a proposed fact and where it came from. */
    public record Review(String document, Decision decision, String fact, String id, String rule, String passage) {}

    /** What became of a proposal. */
    public enum Decision {
        /** Not in the graph: a new node or relationship. */
        NEW,
        /** Already in the graph: the report becomes one more source of it. */
        CORROBORATES,
        /** The same event or tariff with another value: both claims are kept, joined by CONFLICTS_WITH. */
        CONFLICTS
    }

    private final Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();
    private final List<Review> review = new ArrayList<>();

    Draft() {
        Schema.files().forEach(f -> rows.put(f, new LinkedHashMap<>()));
    }

    /** The row of {@code key} in {@code file} (an id, or "start|end"), or null. */
    Map<String, String> row(String file, String key) {
        return rows.get(file).get(key);
    }

    void put(String file, String key, Map<String, String> row) {
        rows.get(file).put(key, row);
    }

    void review(Review line) {
        review.add(line);
    }

    /** File name → rows, as {@code ImportReader.read(origin, rows)} and {@code ImportWriter.write} take them. */
    public Map<String, List<Map<String, String>>> rows() {
        var out = new LinkedHashMap<String, List<Map<String, String>>>();
        rows.forEach((file, byKey) -> out.put(file, List.copyOf(byKey.values())));
        return out;
    }

    public List<Review> review() {
        return List.copyOf(review);
    }

    /** How many rows the draft holds. */
    public int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /** How many facts of each decision the review lists. */
    public Map<Decision, Long> counts() {
        var out = new LinkedHashMap<Decision, Long>();
        for (Decision d : Decision.values()) {
            out.put(d, review.stream().filter(r -> r.decision() == d).count());
        }
        return out;
    }
}
