package org.tariffgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tariffgraph.ingest.Clauses.Clause;

/** The dates of one clause, resolved against the report's publication date in the tense of the clause. */
final class Dates {

    private static final Pattern ANCHOR = Pattern.compile("(?i).*\\b(after|before|later|earlier|next day|following day|previous day|prior)\\b.*");
    private static final Pattern JOINED = Pattern.compile("(?i)^\\s*(,|and|or|, and)\\s*$");

    private Dates() {}

    /**
     * The dates the clause gives its event: the first, and any joined to it by "and" ("on Thursday and
     * Saturday" gives two). Phrases that only relate one event to another ("a day after") are left to
     * {@link Links}.
     */
    static List<Dated> in(Reading r, Clause c, DatePhrases.Tense tense) {
        var out = new ArrayList<Dated>();
        int lastEnd = -1;
        for (var f : DatePhrases.find(c.text(), r.published, tense)) {
            Dated d = f.date();
            if (!d.known() && d.weekday() == null && ANCHOR.matcher(d.text()).matches()) {
                continue;
            }
            if (lastEnd >= 0 && !JOINED.matcher(c.text().substring(lastEnd, f.start())).matches()) {
                break;
            }
            out.add(d);
            lastEnd = f.end();
        }
        return out;
    }
}
