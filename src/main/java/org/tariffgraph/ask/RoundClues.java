package org.tariffgraph.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.Round;

/**
 * How well a round fits what a question says about it without its number: the events it describes
 * (a round holds them, or they fall in its week), the events its words name, who took part, where,
 * when, and what was on the table. {@link RoundsAnswerer} answers with the rounds that fit best.
 */
record RoundClues(Reading r, List<Negotiation> events, List<String> eventsByWords) {

    /** The rule that reads "which round …?" questions. */
    static final String RULE = "a-round-reached-through";

    /** Whether the question says anything of a round other than its number. */
    static boolean any(Reading r) {
        return RULE.equals(r.rule()) || r.person() != null || r.names().place() != null || r.from() != null || r.to() != null
                || !r.names().sectors().isEmpty() || r.numbers().minutes() != null
                || r.kinds().stream().anyMatch(k -> !k.equals("NegotiationRound"));
    }

    /** Each clue that holds adds its weight once: a described event the round holds 3 (one in its week 1), a named participant 3 each. */
    int score(Round round) {
        int score = events.stream().anyMatch(e -> round.events().contains(e.name())) ? 3
                : events.stream().anyMatch(e -> inWeekOf(round, e.date())) ? 1 : 0;
        if (eventsByWords.stream().anyMatch(name -> round.events().contains(name) || round.name().equals(name))) {
            score += 2;
        }
        score += 3 * (int) r.actors().stream().filter(a -> a.type().equals("Person") && round.participants().contains(a.name())).count();
        String place = r.names().place();
        if (place != null && round.place() != null && round.place().toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))) {
            score += 2;
        }
        var period = Period.of(r);
        if (!period.open() && period.contains(round.date())) {
            score += 2;
        }
        return score + (onTheTable(round) ? 2 : 0);
    }

    /** A sector the question names, or one of its own words, among what the round discussed. */
    private boolean onTheTable(Round round) {
        var topics = String.join(" | ", round.topics()).toLowerCase(Locale.ROOT) + " " + String.valueOf(round.summary()).toLowerCase(Locale.ROOT);
        return r.names().sectors().stream().anyMatch(s -> topics.contains(s.name().toLowerCase(Locale.ROOT)))
                || r.topicWords().stream().filter(w -> w.length() > 4 && !w.startsWith("round")).anyMatch(w -> topics.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean inWeekOf(Round round, String date) {
        if (round.date() == null || date == null || round.date().length() != 10 || date.length() != 10) {
            return false;
        }
        var day = LocalDate.parse(round.date());
        var d = LocalDate.parse(date);
        return !d.isBefore(day.minusDays(3)) && !d.isAfter(day.plusDays(7));
    }
}
