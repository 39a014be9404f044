package org.tariffgraph.model;

/**
 * One passage of one document behind a node or one of its relationships: the span, whom the report
 * credits the fact to where it says ({@code attribution}), the extraction rule that proposed the fact
 * from this document ({@code rule}, null for a curated fact), how many documents report the node
 * itself ({@code reports}), and the passage itself when the article texts are at hand ({@code passage},
 * else null).
 *
 * @param id the node's id, e.g. {@code person-howard-lutnick}
 * @param name the node's name
 * @param document the report's id, e.g. {@code 002_4eaeae4dd2adb612}
 * @param title the report's title, or its name when it has none
 * @param published when the report was published, an ISO date possibly partial; null when unknown
 * @param publishedPrecision how exact {@code published} is: day, week, month, year or unknown
 * @param publisher the name of the organization that published the report, or null
 * @param fact what the passage reports: {@code the node itself}, or a relationship with the name at
 *        its other end, e.g. {@code HOLDS_OFFICE -> US Secretary of Commerce} ({@code <-} when it points
 *        at the node)
 * @param evidence the passage's span in the report's text, {@code start-end} character offsets, e.g. {@code 83-121}
 * @param attribution whom the report credits the fact to, e.g. {@code an official said}; null where it says no one
 * @param rule the extraction rule that proposed the fact from this report; null for a curated fact
 * @param reports how many documents report the node itself
 * @param passage the words of the span, or null when the report's text is not at hand or has changed
 */
public record SourceRef(String id, String name, String document, String title, String published,
        String publishedPrecision, String publisher, String fact, String evidence, String attribution, String rule, long reports,
        String passage) {

    /**
     * The same reference with its passage text.
     *
     * @param text the words of the span, or null for none
     * @return a copy with {@code passage} set to {@code text}
     */
    public SourceRef withPassage(String text) {
        return new SourceRef(id, name, document, title, published, publishedPrecision, publisher, fact, evidence, attribution, rule, reports,
                text);
    }
}
