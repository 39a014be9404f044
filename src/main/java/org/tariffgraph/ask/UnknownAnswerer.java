package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tariffgraph.model.WordMatch;
import org.tariffgraph.query.Queries;

/**
 * A question no reading answers. If it names something the graph does not know, an honest "no
 * record of …"; if it names nothing unknown, the facts whose own words (names, summaries, quotes)
 * best match the question's, through the full-text index, said plainly to be a match on words.
 */
record UnknownAnswerer(Queries queries) implements Answerer {

    private static final int LIMIT = 5;

    @Override
    public Answer answer(String question, Reading r) {
        if (r.unknown().isEmpty()) {
            var search = search(question, r);
            if (search != null) {
                return search;
            }
        }
        String sentence = r.unknown().isEmpty()
                ? "The question matches nothing the knowledge base can answer: it names no actor, date, tariff, bargaining chip or report it holds."
                : NO_RECORD + join(r.unknown().stream().map(t -> "'" + t + "'").toList()) + ".";
        return new Answer(question, Intent.UNKNOWN.label(), Map.of(), new Answer.Query(null, null), List.of(), List.of(), sentence, List.of(),
                r.understood());
    }

    private Answer search(String question, Reading r) {
        var words = r.topicWords().isEmpty() ? List.of(question.split("\\W+")) : r.topicWords();
        var rows = queries.search(words.stream().filter(w -> !CommonWords.SET.contains(w.toLowerCase(Locale.ROOT))).toList(), LIMIT);
        if (rows.isEmpty()) {
            return null;
        }
        String sentence = "No reading of the question fits, so this is a match on its words, not an answer: the facts whose words match best are "
                + join(rows.stream().map(m -> m.name() + " (" + m.kind() + ")").toList()) + ".";
        return Answers.of(question, r, Intent.SEARCH, Answers.params("search", String.join(" OR ", words), "limit", LIMIT), rows,
                WordMatch.class, sentence, Answers.sourcesOf(rows, WordMatch::sources));
    }
}
