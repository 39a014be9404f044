package org.tariffgraph.query;

import java.util.List;
import java.util.Map;

/**
 * A typical question for each file of cypher/queries/, with parameters that have an answer in the
 * seed facts: shown in the Browser guide and timed by the benchmark.
 */
public final class QueryExamples {

    /**
     * One canned question: its query file, a title in words, and its parameters.
     *
     * @param query the query file's name without {@code .cypher}, e.g. {@code counterparts}
     * @param title the question in words, e.g. {@code Whom did Akazawa negotiate with?}
     * @param parameters every parameter the query uses, by name; null values are kept
     */
    public record Example(String query, String title, Map<String, Object> parameters) {}

    private QueryExamples() {}

    private static Map<String, Object> p(Object... kv) {
        return Queries.params(kv);
    }

    /** One example per query file, in the order the Browser guide shows them. */
    public static final List<Example> ALL = List.of(
            new Example("network", "Akazawa's network, as a graph", p("actorId", "person-ryosei-akazawa")),
            new Example("counterparts", "Whom did Akazawa negotiate with?", p("actorId", "person-ryosei-akazawa")),
            new Example("search", "Which facts match the words 'rice farmers'?", p("search", "rice OR farmers", "limit", 5)),
            new Example("contacts", "Whom did Akazawa deal with on his own side?", p("actorId", "person-ryosei-akazawa")),
            new Example("negotiations", "Which calls and meetings were there on 28 June 2025?",
                    p("actorId", null, "withId", null, "from", "2025-06-28", "to", "2025-06-28", "round", null, "kinds", null,
                            "weekday", null, "timeOfDay", null, "place", null, "minutes", null)),
            new Example("rounds", "What happened in each negotiation round?", p("round", null)),
            new Example("timeline", "Everything in date order", p("actorId", null, "from", null, "to", null)),
            new Example("tariffs", "Which tariffs hit Japanese cars, and how do they stack?",
                    p("targetId", "country-japan", "sectorId", "sector-automobiles", "asOf", null, "rate", null, "announced", null,
                            "imposedById", null)),
            new Example("chips", "What bargaining chips did Japan offer?",
                    p("offeredById", "gov-japan", "sectorId", null, "status", null, "reliefFromId", null)),
            new Example("office", "Who held which office?", p("title", null, "personId", null, "asOf", null, "governmentId", null)),
            new Example("actors", "Who are the people in the talks?", p("type", "person", "governmentId", null)),
            new Example("sources", "Which reports, and which passages, stand behind Howard Lutnick?", p("ids", List.of("person-howard-lutnick"), "origin", null)),
            new Example("statements", "Who said what, and what does each side hold?", p("actorId", null, "about", null, "from", null, "to", null)),
            new Example("conflicts", "Where do the reports disagree?", p()),
            new Example("document-texts", "The fingerprint of each report's text", p()),
            new Example("documents", "Which reports are in the knowledge base?", p("id", null, "organizationId", null, "authorId", null)),
            new Example("entities", "Every name a person, government or sector goes by", p("labels", List.of("Person", "Government", "Sector"))),
            new Example("find-nodes", "Find events by words: the G7 summit", p("search", "g7 OR summit", "labels", List.of("Event"), "limit", 3L)),
            new Example("latest-year", "The year of the newest dated report", p()),
            new Example("digest-nodes", "Every node, for the graph digest", p()),
            new Example("digest-relationships", "Every relationship, for the graph digest", p()));
}
