package org.tariffgraph.ask;

/** What a question asks for; each intent but {@link #UNKNOWN} runs one file of cypher/queries/. */
public enum Intent {
    /** The people, governments, countries and organizations in the talks, and the offices they hold. */
    ACTORS("actors"),
    /** Who held which office, and when. */
    OFFICE("office"),
    /** Whom an actor dealt with in calls, meetings, rounds and summits: the other side, or its own. */
    COUNTERPARTS("counterparts"),
    /** The calls, meetings, rounds and summits, narrowed by who, with whom, when, where or how long. */
    NEGOTIATIONS("negotiations"),
    /** The negotiation rounds: number, place, date, who took part and what was discussed. */
    ROUNDS("rounds"),
    /** Every event and tariff action in date order, optionally of one actor or period. */
    TIMELINE("timeline"),
    /** The tariffs: rate, the parts of a combined rate, status, dates, target and sector. */
    TARIFFS("tariffs"),
    /** The bargaining chips: who offered or floated them, with what status, seeking relief from what. */
    CHIPS("chips"),
    /** The reports and passages behind a node and its relationships. */
    SOURCES("sources"),
    /** The reports themselves: who published and wrote them, when, and whom they cite. */
    DOCUMENTS("documents"),
    /** Who said what, and what each side holds (priorities, aims, positions, pressures). */
    STATEMENTS("statements"),
    /** Where the reports disagree, one row per claim. */
    CONFLICTS("conflicts"),
    /** No reading fits and nothing unknown is named: the facts whose words match the question's, said to be only that. */
    SEARCH("search"),
    /** The question names something the graph does not hold; no query can answer it. */
    UNKNOWN(null);

    private final String query;

    Intent(String query) {
        this.query = query;
    }

    /**
     * The name of the query file this intent runs.
     *
     * @return the file's name under {@code cypher/queries/} without {@code .cypher}, e.g.
     *         {@code negotiations}; null for {@link #UNKNOWN}
     */
    public String query() {
        return query;
    }

    /**
     * The intent's name as an answer reports it.
     *
     * @return the constant's name in lower case, e.g. {@code negotiations}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
