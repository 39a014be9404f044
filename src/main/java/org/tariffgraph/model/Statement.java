package org.tariffgraph.model;

import java.util.List;

/**
 * Who said what, or what a side holds: a statement ({@code kind} "statement") or a stance ({@code kind}
 * "stance: priority", "stance: aim", …), with its speakers, the words quoted verbatim, its audience,
 * what it concerns, whom each report credits it to ("004_…: according to …"), its sources and
 * spans, and the passages themselves when the article texts are at hand ({@code passages}, else null).
 */
public record Statement(String id, String kind, String date, String datePrecision, String dateBasis, List<String> speakers,
        String name, String summary, List<String> quotes, String audience, List<String> about, List<String> attributions,
        List<String> sources, List<String> evidence, List<String> passages) {

    /** The same statement with the passage of each source, in the order of {@code sources}. */
    public Statement withPassages(List<String> texts) {
        return new Statement(id, kind, date, datePrecision, dateBasis, speakers, name, summary, quotes, audience, about, attributions,
                sources, evidence, texts);
    }
}
