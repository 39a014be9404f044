package org.tariffgraph.ask;

import java.util.List;
import java.util.Map;

/**
 * The answer to one question: the one-sentence answer, the rows behind it and their sources, and how
 * the question was understood (the intent, what it recognised, the query file and parameters it ran).
 */
public record Answer(
        String question,
        String intent,
        Map<String, Object> parameters,
        Query query,
        List<String> columns,
        List<List<Object>> rows,
        String answer,
        List<String> sources,
        Understanding understood) {

    /** The query that ran: its file under cypher/queries/ and its text (both null when none could). */
    public record Query(String file, String text) {}

    /** What the reader found in the question. */
    public record Understanding(List<String> entities, List<String> dates, List<String> keywords, List<String> unknown) {}
}
