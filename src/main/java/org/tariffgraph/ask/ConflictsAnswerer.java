package org.tariffgraph.ask;

import static org.tariffgraph.ask.Phrasing.join;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.query.Queries;

/** Where the reports disagree: each disputed fact with every claim and its sources. */
record ConflictsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        var rows = queries.conflicts();
        var byConflict = new LinkedHashMap<String, List<Conflict>>();
        rows.forEach(c -> byConflict.computeIfAbsent(c.conflict(), k -> new ArrayList<>()).add(c));
        String sentence = rows.isEmpty() ? "The reports in the knowledge base do not disagree on any recorded fact."
                : "The reports disagree on " + byConflict.size() + " points: " + join(byConflict.values().stream().map(ConflictsAnswerer::claims).toList()) + ".";
        return Answers.of(question, r, Intent.CONFLICTS, Map.of(), rows, Conflict.class, sentence, Answers.sourcesOf(rows, Conflict::sources));
    }

    private static String claims(List<Conflict> claims) {
        return claims.get(0).aspect() + " of " + claims.get(0).fact() + ": "
                + claims.stream().map(c -> "'" + c.claim() + "' (" + String.join(", ", c.sources()) + ")").collect(Collectors.joining(" against "));
    }
}
