package org.tariffgraph.ask;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tariffgraph.model.Negotiation;

/**
 * A stage of reading: whether a question asks for one event picked by an order, a superlative or a
 * comparison ("the longest meeting", "which call was longer", "the first round", "the most recent
 * call"). The answerer then keeps that one of the rows the query returns.
 */
enum Order {
    NONE, LONGEST, SHORTEST, FIRST, LAST;

    private static final Pattern LONGEST_WORDS = Pattern.compile("\\b(longest|lengthiest|longer|went on (the )?longest|lasted (the )?longest)\\b");
    private static final Pattern SHORTEST_WORDS = Pattern.compile("\\b(shortest|briefest|shorter|quickest)\\b");
    private static final Pattern FIRST_WORDS = Pattern.compile("\\b(first|earliest|initial|opening)\\b(?! (week|month|half|quarter))");
    /** "the last call", "the latest round", "the most recent meeting" — not "last week" nor "how long did they last". */
    private static final Pattern LAST_WORDS = Pattern.compile("\\b(latest|most recent)\\b|\\bthe (final|last)\\b(?! (week|month|year|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|time))");

    /** The order a question asks for (NONE when it asks for all its events). */
    static Order of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        if (LONGEST_WORDS.matcher(q).find()) {
            return LONGEST;
        }
        if (SHORTEST_WORDS.matcher(q).find()) {
            return SHORTEST;
        }
        if (FIRST_WORDS.matcher(q).find()) {
            return FIRST;
        }
        return LAST_WORDS.matcher(q).find() ? LAST : NONE;
    }

    /** The one event the order picks from {@code rows} (those with a length, for longest and shortest), or null. */
    Negotiation pick(List<Negotiation> rows) {
        Comparator<Negotiation> byDate = Comparator.comparing(Negotiation::date, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (this) {
            case LONGEST -> rows.stream().filter(n -> n.durationMinutes() != null).max(Comparator.comparing(Negotiation::durationMinutes)).orElse(null);
            case SHORTEST -> rows.stream().filter(n -> n.durationMinutes() != null).min(Comparator.comparing(Negotiation::durationMinutes)).orElse(null);
            case FIRST -> rows.stream().filter(n -> Objects.nonNull(n.date())).min(byDate).orElse(null);
            case LAST -> rows.stream().filter(n -> Objects.nonNull(n.date())).max(byDate).orElse(null);
            case NONE -> null;
        };
    }

    /** The words of the answer: "The longest was …". */
    String words() {
        return switch (this) {
            case LONGEST -> "The longest was ";
            case SHORTEST -> "The shortest was ";
            case FIRST -> "The first was ";
            case LAST -> "The most recent was ";
            case NONE -> "";
        };
    }
}
