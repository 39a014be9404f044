package org.tariffgraph.model;

import java.util.List;

/**
 * Who said what, or what a side holds: a statement ({@code kind} "statement") or a stance ({@code kind}
 * "stance: priority", "stance: aim", …), with its speakers, the words quoted verbatim, its audience,
 * what it concerns, whom each report credits it to ("004_…: according to …"), its sources and
 * spans, and the passages themselves when the article texts are at hand ({@code passages}, else null).
 *
 * @param id the statement's or stance's id
 * @param kind {@code statement}, or {@code stance: } and the stance's kind, e.g. {@code stance: priority}
 * @param date when it was said, an ISO date possibly partial; null for a stance or an undated statement
 * @param datePrecision how exact {@code date} is: day, week, month, year or unknown; null for a stance
 * @param dateBasis where {@code date} comes from: stated, resolved, inferred or unknown; null for a stance
 * @param speakers the names of those who said it or hold it
 * @param name its name
 * @param summary what it says, in a sentence
 * @param quotes the words quoted verbatim; empty when none are
 * @param audience to whom it was said, e.g. {@code reporters}, or null
 * @param about the names of what it concerns
 * @param attributions for each report that credits it to someone, the report's id and whom, e.g.
 *        {@code 004_151e93711cde5b1c: according to ...}; empty when no report does
 * @param sources the ids of the reports that carry it, by publication date
 * @param evidence the span in each report, {@code start-end}, in the order of {@code sources}
 * @param passages the words of each span in the order of {@code sources}, null for a text not at hand;
 *        null when no text is at hand
 */
public record Statement(String id, String kind, String date, String datePrecision, String dateBasis, List<String> speakers,
        String name, String summary, List<String> quotes, String audience, List<String> about, List<String> attributions,
        List<String> sources, List<String> evidence, List<String> passages) {

    /**
     * The same statement with the passage of each source, in the order of {@code sources}.
     *
     * @param texts the words of each span in the order of {@code sources}, null for one not at hand
     * @return a copy with {@code passages} set to {@code texts}
     */
    public Statement withPassages(List<String> texts) {
        return new Statement(id, kind, date, datePrecision, dateBasis, speakers, name, summary, quotes, audience, about, attributions,
                sources, evidence, texts);
    }
}
