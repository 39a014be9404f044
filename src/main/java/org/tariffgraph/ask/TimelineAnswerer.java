package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;
import static org.tariffgraph.ask.Phrasing.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.TimelineEntry;
import org.tariffgraph.query.Queries;

/** Events in order, for an actor, a period or a round's week. */
record TimelineAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        if (r.qualifiers().alternatives().size() == 2) {
            return inOrder(question, r);
        }
        if (IntentRules.PAUSE_ENDS.equals(r.rule())) {
            return pauseEnds(question, r);
        }
        // "the US-Japan talks": both sides named together are the subject, not a filter
        Entity actor = r.actors().size() >= 2 && r.actors().stream().allMatch(a -> a.type().equals("Government")) ? null : r.actor();
        String from = r.from();
        String to = r.to();
        String day = r.round() != null && from == null && to == null ? roundDate(r.round()) : null;
        if (day != null) {
            // the round's week, from its Monday: a trip "later this week" is dated to the week, not the day
            from = day.length() == 10 ? LocalDate.parse(day).with(DayOfWeek.MONDAY).toString() : day;
            to = day.length() == 10 ? LocalDate.parse(day).plusDays(6).toString() : day;
        }
        var rows = queries.timeline(Answers.id(actor), from, to);
        String sentence = rows.isEmpty() ? NO_RECORD + "any event" + (actor != null ? " involving " + actor.name() : "") + period(r) + "."
                : rows.size() + " events" + (actor != null ? " involving " + actor.name() : "") + period(r) + ", in order: "
                        + join(rows.stream().map(t -> t.event() + Phrasing.when(t.date(), t.datePrecision(), t.dateBasis())).toList()) + ".";
        return Answers.of(question, r, Intent.TIMELINE, Answers.params("actorId", Answers.id(actor), "from", from, "to", to), rows,
                TimelineEntry.class, sentence, Answers.sourcesOf(rows, TimelineEntry::sources));
    }

    /** "Which came first, A or B?": the two events by date, the one asked for named first. */
    private Answer inOrder(String question, Reading r) {
        var rows = new EventOrder(queries).inOrder(r.qualifiers().alternatives());
        String sentence;
        if (rows.size() < 2) {
            sentence = NO_RECORD + "both events dated: " + join(r.qualifiers().alternatives().stream().map(a -> "'" + a + "'").toList()) + ".";
        } else {
            var first = rows.get(0);
            var second = rows.get(1);
            boolean sameDay = first.date().equals(second.date());
            sentence = sameDay ? first.name() + " and " + second.name() + " are dated the same day, " + first.date() + "."
                    : first.name() + " (" + first.date() + ") came before " + second.name() + " (" + second.date() + ").";
        }
        return Answers.of(question, r, Intent.TIMELINE, Answers.params("events", r.qualifiers().alternatives()), rows,
                org.tariffgraph.model.NodeMatch.class, sentence, List.of());
    }

    /** The tariff actions that end a pause ("the scheduled end of the pause on the 24% tariff"), with their status. */
    private Answer pauseEnds(String question, Reading r) {
        var actions = queries.timeline(null, null, null).stream().filter(t -> "TariffAction".equals(t.kind()))
                .filter(t -> r.numbers().rate() == null || t.event().contains(Phrasing.number(r.numbers().rate()) + "%")).toList();
        // an action named as the end of a pause, else one whose summary tells of it
        var rows = actions.stream().filter(t -> endsAPause(t.event())).toList();
        if (rows.isEmpty()) {
            rows = actions.stream().filter(t -> endsAPause(t.summary())).toList();
        }
        String sentence = rows.isEmpty() ? NO_RECORD + "the end of a tariff's pause."
                : Phrasing.capitalized(join(rows.stream().map(t -> t.event() + Phrasing.when(t.date(), t.datePrecision(), t.dateBasis())
                        + standing(t.status())).toList())) + ".";
        return Answers.of(question, r, Intent.TIMELINE, Answers.params("kind", "TariffAction"), rows, TimelineEntry.class, sentence,
                Answers.sourcesOf(rows, TimelineEntry::sources));
    }

    private static final java.util.regex.Pattern ENDS_A_PAUSE = java.util.regex.Pattern.compile(
            "\\b(end|ends|expir\\w*|laps\\w*|run out|runs out)\\b.*\\b(pause|suspension)\\b|\\b(pause|suspension)\\b.*\\b(end|ends|expir\\w*|laps\\w*|run out|runs out)\\b");

    private static boolean endsAPause(String text) {
        return text != null && ENDS_A_PAUSE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static String standing(String status) {
        var s = org.tariffgraph.model.Vocabulary.EventStatus.of(status);
        return s == null || s == org.tariffgraph.model.Vocabulary.EventStatus.HELD ? "" : " (" + s.inWords() + ")";
    }

    private String roundDate(long round) {
        var rounds = queries.rounds(round);
        return rounds.isEmpty() ? null : rounds.get(0).date();
    }
}
