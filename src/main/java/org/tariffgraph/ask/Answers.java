package org.tariffgraph.ask;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Table;
import org.tariffgraph.query.Queries;

/** What every answerer shares: building an {@link Answer} from rows, and collecting their sources. */
final class Answers {

    static final String NO_RECORD = "The knowledge base has no record of ";

    private Answers() {}

    static <T extends Record> Answer of(String question, Reading r, Intent intent, Map<String, Object> params, List<T> rows, Class<T> type,
            String sentence, List<String> sources) {
        return of(question, r, intent, intent.query(), params, rows, type, sentence, sources);
    }

    /** An answer whose query file is not the intent's own (counterparts answered from contacts.cypher). */
    static <T extends Record> Answer of(String question, Reading r, Intent intent, String file, Map<String, Object> params, List<T> rows,
            Class<T> type, String sentence, List<String> sources) {
        var table = Table.of(rows, type);
        return new Answer(question, intent.label(), params, new Answer.Query(file + ".cypher", Queries.text(file)),
                table.columns(), table.rows(), sentence, sources, r.understood());
    }

    static <T> List<String> sourcesOf(List<T> rows, Function<T, List<String>> f) {
        var all = new LinkedHashSet<String>();
        rows.forEach(row -> {
            var s = f.apply(row);
            if (s != null) {
                all.addAll(s);
            }
        });
        return all.stream().sorted().toList();
    }

    /**
     * "The call about the tariff due on August 1": when the reading took a date for the topic's, only the
     * rows whose subjects ({@code topics}) include a tariff announced, taking effect or ending that day.
     */
    static <T> List<T> aboutTopicDate(Queries queries, Reading r, List<T> rows, Function<T, List<String>> topics) {
        String date = r.when().topicDate();
        if (date == null) {
            return rows;
        }
        var tariffs = queries.tariffs(null, null, null).stream()
                .filter(t -> date.equals(t.effectiveFrom()) || date.equals(t.announced()) || date.equals(t.effectiveTo()))
                .map(t -> t.name()).toList();
        return rows.stream().filter(x -> topics.apply(x) != null && topics.apply(x).stream().anyMatch(tariffs::contains)).toList();
    }

    static Map<String, Object> params(Object... kv) {
        return Queries.params(kv);
    }

    static String id(Entity e) {
        return e == null ? null : e.id();
    }
}
