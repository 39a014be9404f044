package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;
import static org.tariffgraph.ask.Phrasing.when;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.Round;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;

/**
 * Negotiation rounds: one by number, the first or latest dated, or all of them, with place, date,
 * status and who took part; or the round a question reaches through something else ("the round
 * Akazawa flew to Washington for", "the round held in Tokyo", "the round where steel was on the
 * table"); and whether a round fell in a period ("was the sixth round before the G7 summit?").
 */
record RoundsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        if (r.round() == null && RoundClues.any(r)) {
            return reached(question, r);
        }
        var rows = queries.rounds(r.round());
        String lead = "";
        boolean firstUnnumbered = rows.isEmpty() && Long.valueOf(1).equals(r.round())
                || r.round() == null && r.qualifiers().order() == Order.FIRST;
        if (firstUnnumbered || r.round() == null && r.qualifiers().order() == Order.LAST) {
            // "the first round" the reports number none of, "the latest round": the earliest or latest dated round
            var all = queries.rounds(null).stream().filter(x -> x.date() != null).sorted(Comparator.comparing(Round::date)).toList();
            if (!all.isEmpty()) {
                rows = List.of(firstUnnumbered ? all.get(0) : all.get(all.size() - 1));
                lead = firstUnnumbered ? "No report numbers a first round; the earliest dated: " : "The latest dated round: ";
            }
        }
        if (r.ask() == Reading.Ask.WHETHER && (r.from() != null || r.to() != null) && !rows.isEmpty()) {
            boolean in = rows.stream().anyMatch(x -> Period.of(r).contains(x.date()));
            lead = (in ? "Yes: the reports date it" : "No: the reports do not date it") + Phrasing.period(r) + ". ";
        }
        return rounds(question, r, rows, lead);
    }

    private Answer rounds(String question, Reading r, List<Round> rows, String lead) {
        String sentence = rows.isEmpty() ? NO_RECORD + (r.round() == null ? "any negotiation round" : "a round " + r.round()) + "."
                : lead + join(rows.stream().map(RoundsAnswerer::round).toList()) + ".";
        return Answers.of(question, r, Intent.ROUNDS, Answers.params("round", r.round()), rows, Round.class, sentence,
                Answers.sourcesOf(rows, Round::sources));
    }

    /** The rounds that best fit the question's clues: the events it describes, who took part, where, when and what was discussed. */
    private Answer reached(String question, Reading r) {
        var all = queries.rounds(null);
        var clues = new RoundClues(r, events(r), eventsByWords(r));
        int best = all.stream().mapToInt(clues::score).max().orElse(0);
        var rows = best == 0 ? List.<Round>of() : all.stream().filter(x -> clues.score(x) == best).toList();
        if (rows.isEmpty()) {
            return rounds(question, r, rows, "");
        }
        return rounds(question, r, rows, rows.size() == 1 ? "" : "The clues fit " + rows.size() + " rounds equally: ");
    }

    /** The events the question describes (other than rounds): by its person, period, kind and length. */
    private List<Negotiation> events(Reading r) {
        var kinds = r.kinds().stream().filter(k -> !k.equals("NegotiationRound")).toList();
        var people = r.actors().stream().filter(a -> a.type().equals("Person")).toList();
        // a person alone describes no event: all of theirs would point at the round that held the most
        boolean described = r.from() != null || r.to() != null || !kinds.isEmpty() || r.numbers().minutes() != null;
        if (!described) {
            return List.of();
        }
        return queries.negotiations(new NegotiationFilter(people.isEmpty() ? null : id(people.get(0)), people.size() < 2 ? null : id(people.get(1)), r.from(), r.to(), null, kinds.isEmpty() ? null : kinds,
                r.when().weekday(), r.when().timeOfDay(), null, r.numbers().minutes()));
    }

    /** The events whose own words best match the question's leftover words ("fourth US trip within a month"). */
    private List<String> eventsByWords(Reading r) {
        var words = r.topicWords().stream().filter(w -> !w.toLowerCase(Locale.ROOT).startsWith("round")).toList();
        return words.isEmpty() ? List.of() : queries.findNodes(words, List.of("Event"), 3).stream().map(m -> m.name()).toList();
    }

    private static String round(Round x) {
        return x.name() + (x.place() != null ? " in " + x.place() : "") + when(x.date(), x.datePrecision(), x.dateBasis())
                + " (" + x.status() + ")" + (x.participants().isEmpty() ? "" : ", with " + join(x.participants()));
    }
}
