package org.tariffgraph.model;

/** One passage of one document behind a node or one of its relationships. */
public record SourceRef(String id, String name, String document, String title, String published,
        String publishedPrecision, String publisher, String fact, String evidence) {}
