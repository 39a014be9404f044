package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;
import static org.tariffgraph.ask.Phrasing.when;

import java.util.Comparator;
import java.util.List;
import org.tariffgraph.model.Round;
import org.tariffgraph.query.Queries;

/** Negotiation rounds: one by number, the first or latest dated, or all of them, with place, date, status and who took part. */
record RoundsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        var rows = queries.rounds(r.round());
        String lead = "";
        boolean firstUnnumbered = rows.isEmpty() && Long.valueOf(1).equals(r.round());
        if (firstUnnumbered || r.round() == null && r.qualifiers().order() == Order.LAST) {
            // "the first round" the reports number none of, "the latest round": the earliest or latest dated round
            var all = queries.rounds(null).stream().filter(x -> x.date() != null).sorted(Comparator.comparing(Round::date)).toList();
            if (!all.isEmpty()) {
                rows = List.of(firstUnnumbered ? all.get(0) : all.get(all.size() - 1));
                lead = firstUnnumbered ? "No report numbers a first round; the earliest dated: " : "The latest dated round: ";
            }
        }
        String sentence = rows.isEmpty() ? NO_RECORD + (r.round() == null ? "any negotiation round" : "a round " + r.round()) + "."
                : lead + join(rows.stream().map(RoundsAnswerer::round).toList()) + ".";
        return Answers.of(question, r, Intent.ROUNDS, Answers.params("round", r.round()), rows, Round.class, sentence,
                Answers.sourcesOf(rows, Round::sources));
    }

    private static String round(Round x) {
        return x.name() + (x.place() != null ? " in " + x.place() : "") + when(x.date(), x.datePrecision(), x.dateBasis())
                + " (" + x.status() + ")" + (x.participants().isEmpty() ? "" : ", with " + join(x.participants()));
    }
}
