package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.NodeMatch;
import org.tariffgraph.query.Queries;

/**
 * "Which came first, the fifth round or the G7 summit?": each of the two phrases found as one event
 * (a numbered round by its number, anything else by its words through the full-text index), then
 * set in order by date.
 */
record EventOrder(Queries queries) {

    /** The events the phrases name, earliest first; a phrase that names no dated event is left out. */
    List<NodeMatch> inOrder(List<String> phrases) {
        var found = new ArrayList<NodeMatch>();
        for (String phrase : phrases) {
            var event = event(phrase);
            if (event != null && event.date() != null && found.stream().noneMatch(f -> f.name().equals(event.name()))) {
                found.add(event);
            }
        }
        found.sort(Comparator.comparing(NodeMatch::date));
        return found;
    }

    private NodeMatch event(String phrase) {
        var p = new Parse(phrase);
        NumberStage.read(p);
        if (p.round != null) {
            var rounds = queries.rounds(p.round);
            if (!rounds.isEmpty()) {
                var x = rounds.get(0);
                return new NodeMatch(null, x.name(), "NegotiationRound", x.date(), x.datePrecision(), 1.0);
            }
        }
        var words = Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isBlank() && !CommonWords.SET.contains(w)).toList();
        var found = words.isEmpty() ? List.<NodeMatch>of() : queries.findNodes(words, List.of("Event"), 1);
        return found.isEmpty() ? null : found.get(0);
    }
}
