package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.id;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;

/**
 * Two events named by their lengths, compared: "was the 45-minute call longer than the one-hour
 * meeting?" (a yes or a no, with both lengths), "which was shorter, the 45-minute call or the hour-long
 * meeting?". Each event is the first the graph holds of that length among the question's people.
 */
final class LengthComparison {

    private static final Pattern COMPARED = Pattern.compile("\\b(longer|shorter|lengthier|briefer|more time|less time)\\b");
    /** The words that ask for the longer of the two; the others ask for the shorter. */
    private static final Set<String> LONGER = Set.of("longer", "lengthier", "more time");

    private LengthComparison() {}

    /** The answer when the question compares two lengths the graph holds events of, else null. */
    static Answer answer(Queries queries, String question, Reading r) {
        var lengths = r.numbers().lengths();
        Matcher m = COMPARED.matcher(question.toLowerCase(Locale.ROOT));
        if (lengths.size() != 2 || !m.find()) {
            return null;
        }
        var filter = filter(r, lengths.get(0));
        Negotiation first = first(queries.negotiations(filter));
        Negotiation second = first(queries.negotiations(filter(r, lengths.get(1))));
        if (first == null || second == null || first.id().equals(second.id())) {
            return null;
        }
        boolean longerAsked = LONGER.contains(m.group(1));
        var rows = List.of(first, second);
        return Answers.of(question, r, Intent.NEGOTIATIONS, filter.parameters(), rows, Negotiation.class,
                sentence(r.ask() == Reading.Ask.WHETHER, longerAsked, first, second), Answers.sourcesOf(rows, Negotiation::sources));
    }

    private static NegotiationFilter filter(Reading r, Long minutes) {
        return new NegotiationFilter(id(r.actor()), id(r.other()), null, null, null, null, null, null, null, minutes);
    }

    private static Negotiation first(List<Negotiation> rows) {
        return rows.stream().filter(n -> n.durationMinutes() != null).findFirst().orElse(null);
    }

    static String sentence(boolean whether, boolean longerAsked, Negotiation first, Negotiation second) {
        long a = first.durationMinutes();
        long b = second.durationMinutes();
        if (!whether && a != b) {
            boolean firstPicked = (a > b) == longerAsked;
            Negotiation picked = firstPicked ? first : second;
            Negotiation other = firstPicked ? second : first;
            return "The " + (longerAsked ? "longer" : "shorter") + " was " + Phrasing.event(picked) + ", about "
                    + picked.durationMinutes() + " minutes; " + lasted(other) + ".";
        }
        String both = lasted(first) + ", and " + lasted(second) + (a == b ? ": the same length." : ".");
        if (!whether) {
            return "Neither: " + both;
        }
        return ((longerAsked ? a > b : a < b) ? "Yes: " : "No: ") + both;
    }

    private static String lasted(Negotiation n) {
        return Phrasing.event(n) + " lasted about " + n.durationMinutes() + " minutes";
    }
}
