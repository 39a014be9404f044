package org.tariffgraph.ask;

/** What a question asks for; each intent but {@link #UNKNOWN} runs one file of cypher/queries/. */
public enum Intent {
    ACTORS("actors"),
    OFFICE("office"),
    COUNTERPARTS("counterparts"),
    NEGOTIATIONS("negotiations"),
    ROUNDS("rounds"),
    TIMELINE("timeline"),
    TARIFFS("tariffs"),
    CHIPS("chips"),
    SOURCES("sources"),
    DOCUMENTS("documents"),
    STATEMENTS("statements"),
    CONFLICTS("conflicts"),
    /** No reading fits and nothing unknown is named: the facts whose words match the question's, said to be only that. */
    SEARCH("search"),
    /** The question names something the graph does not hold; no query can answer it. */
    UNKNOWN(null);

    private final String query;

    Intent(String query) {
        this.query = query;
    }

    /** The name of the query file this intent runs, or null. */
    public String query() {
        return query;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
