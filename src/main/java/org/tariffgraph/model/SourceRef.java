package org.tariffgraph.model;

/**
 * One passage of one document behind a node or one of its relationships: the span, whom the report
 * credits the fact to where it says ({@code attribution}), the extraction rule that proposed the fact
 * from this document ({@code rule}, null for a curated fact), how many documents report the node
 * itself ({@code reports}), and the passage itself when the article texts are at hand ({@code passage},
 * else null).
 */
public record SourceRef(String id, String name, String document, String title, String published,
        String publishedPrecision, String publisher, String fact, String evidence, String attribution, String rule, long reports,
        String passage) {

    /** The same reference with its passage text. */
    public SourceRef withPassage(String text) {
        return new SourceRef(id, name, document, title, published, publishedPrecision, publisher, fact, evidence, attribution, rule, reports,
                text);
    }
}
