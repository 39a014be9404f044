package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Clauses.Clause;

/** The dates of one clause, resolved against the report's publication date in the tense of the clause. */
final class Dates {

    private static final Pattern ANCHOR = Pattern.compile("(?i).*\\b(after|before|later|earlier|next day|following day|previous day|prior)\\b.*");
    private static final Pattern JOINED = Pattern.compile("(?i)^\\s*(,|and|or|, and|,? and again|,? and then)\\s*$");

    /** Dates joined by "and" ("on Thursday and Saturday"), and where they stand in the report. */
    private record Group(int start, int end, List<Dated> dates) {}

    private Dates() {}

    /** The first dates of the clause (see {@link #near}). */
    static List<Dated> in(Reading r, Clause c, DatePhrases.Tense tense) {
        var groups = groups(r, c, tense);
        return groups.isEmpty() ? List.of() : groups.get(0).dates();
    }

    /**
     * The dates the clause gives the words at report offsets [from, to): of the clause's dates (a date
     * and any joined to it by "and": "on Thursday and Saturday" gives two), those nearest to the words,
     * so "will fly to Washington on Thursday for a round of talks on Friday" dates the flight Thursday
     * and the round Friday. Phrases that only relate one event to another ("a day after") are left to
     * {@link Links}.
     */
    static List<Dated> near(Reading r, Clause c, DatePhrases.Tense tense, int from, int to) {
        Group best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Group g : groups(r, c, tense)) {
            int distance = g.start() >= to ? g.start() - to : g.end() <= from ? from - g.end() + 1 : 0;
            if (distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        return best == null ? List.of() : best.dates();
    }

    private static List<Group> groups(Reading r, Clause c, DatePhrases.Tense tense) {
        var out = new ArrayList<Group>();
        List<Dated> current = null;
        int start = -1;
        int lastEnd = -1;
        for (var f : DatePhrases.find(c.text(), r.published, tense)) {
            Dated d = f.date();
            if (!d.known() && d.weekday() == null && ANCHOR.matcher(d.text()).matches()) {
                continue;
            }
            if (current != null && JOINED.matcher(c.text().substring(lastEnd, f.start())).matches()) {
                current.add(d);
            } else {
                if (current != null) {
                    out.add(new Group(c.start() + start, c.start() + lastEnd, List.copyOf(current)));
                }
                current = new ArrayList<>(List.of(d));
                start = f.start();
            }
            lastEnd = f.end();
        }
        if (current != null) {
            out.add(new Group(c.start() + start, c.start() + lastEnd, List.copyOf(current)));
        }
        return out;
    }
}
