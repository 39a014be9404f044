package org.tariffgraph.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.db.CypherFiles;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.model.Actor;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.model.DocumentInfo;
import org.tariffgraph.model.NodeMatch;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.model.Round;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.Statement;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.model.TimelineEntry;

/**
 * One method per question. Each runs the Cypher of {@code cypher/queries/<name>.cypher} in a read
 * transaction with its values as parameters, and returns records whose components are named
 * exactly as the query's columns.
 */
public final class Queries {

    /** Every question, by the name of its Cypher file. */
    /** The labels of everything a question may name (people, governments, sectors, …). */
    public static final List<String> NAMED_LABELS = List.of("Person", "Government", "Country", "Organization", "Sector", "Office",
            "Tariff", "BargainingChip", "Topic");

    public static final List<String> NAMES = List.of("actors", "office", "counterparts", "negotiations", "rounds",
            "timeline", "tariffs", "chips", "sources", "contacts", "search", "documents", "entities", "find-nodes", "latest-year", "network",
            "statements", "conflicts", "document-texts");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private final GraphStore store;

    public Queries(GraphStore store) {
        this.store = store;
    }

    /** The Cypher text of a question, exactly as shipped in {@code cypher/queries/}. */
    public static String text(String name) {
        return TEXT.computeIfAbsent(name, n -> CypherFiles.read("queries/" + n + ".cypher"));
    }

    /** Filters for {@link #negotiations}: every field may be null. */
    public record NegotiationFilter(String actorId, String withId, String from, String to, Long round,
            List<String> kinds, String weekday, String timeOfDay, String place, Long minutes) {
        /** The common case: no kind, weekday, time-of-day or place filter. */
        public NegotiationFilter(String actorId, String withId, String from, String to, Long round) {
            this(actorId, withId, from, to, round, null, null, null, null, null);
        }

        public static NegotiationFilter all() {
            return new NegotiationFilter(null, null, null, null, null);
        }

        /** The parameters of negotiations.cypher. */
        public Map<String, Object> parameters() {
            return params("actorId", actorId, "withId", withId, "from", from, "to", to, "round", round,
                    "kinds", kinds, "weekday", weekday, "timeOfDay", timeOfDay, "place", place, "minutes", minutes);
        }
    }

    /** {@code type}: person, government, country, organization, or null for all. */
    public List<Actor> actors(String type) {
        return actors(type, null);
    }

    /** Actors of one type (or all), optionally only one government and the holders of its offices. */
    public List<Actor> actors(String type, String governmentId) {
        return run("actors", params("type", type, "governmentId", governmentId), Actor.class);
    }

    public List<OfficeHolding> office(String title, String personId, String asOf) {
        return office(title, personId, asOf, null);
    }

    public List<OfficeHolding> office(String title, String personId, String asOf, String governmentId) {
        return run("office", params("title", title, "personId", personId, "asOf", asOf, "governmentId", governmentId), OfficeHolding.class);
    }

    public List<Counterpart> counterparts(String actorId) {
        return run("counterparts", params("actorId", actorId), Counterpart.class);
    }

    /**
     * The facts whose words best match {@code words} through the full-text index, best first. Only
     * letters and digits of each word reach the index query, so no word can be read as index syntax.
     */
    public List<org.tariffgraph.model.WordMatch> search(List<String> words, int limit) {
        // lower case: the index's operators (AND, OR, NOT) are upper case, and its analyser lower-cases anyway
        var terms = words.stream().map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT)).filter(w -> w.length() > 2)
                .distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        return run("search", params("search", String.join(" OR ", terms), "limit", limit), org.tariffgraph.model.WordMatch.class);
    }

    /** Whom an actor dealt with on its own side (a negotiator and the prime minister he briefed). */
    public List<Counterpart> contacts(String actorId) {
        return run("contacts", params("actorId", actorId), Counterpart.class);
    }

    public List<Negotiation> negotiations(NegotiationFilter f) {
        return run("negotiations", f.parameters(), Negotiation.class);
    }

    /** Every round, or only round {@code number} when it is not null. */
    public List<Round> rounds(Long number) {
        return run("rounds", params("round", number), Round.class);
    }

    public List<TimelineEntry> timeline(String actorId, String from, String to) {
        return run("timeline", params("actorId", actorId, "from", from, "to", to), TimelineEntry.class);
    }

    public List<TariffInfo> tariffs(String targetId, String sectorId, String asOf) {
        return tariffs(new TariffFilter(targetId, sectorId, asOf, null, null, null));
    }

    /** Filters for {@link #tariffs(TariffFilter)}; every field may be null. */
    public record TariffFilter(String targetId, String sectorId, String asOf, Double rate, String announced, String imposedById) {
        public Map<String, Object> parameters() {
            return params("targetId", targetId, "sectorId", sectorId, "asOf", asOf, "rate", rate, "announced", announced,
                    "imposedById", imposedById);
        }
    }

    public List<TariffInfo> tariffs(TariffFilter f) {
        return run("tariffs", f.parameters(), TariffInfo.class);
    }



    public List<Chip> chips(String offeredById, String sectorId) {
        return chips(offeredById, sectorId, null, null);
    }

    /** Chips, narrowed by who offered them, their sector, the status of the offer and the tariff they target. */
    public List<Chip> chips(String offeredById, String sectorId, String status, String reliefFromId) {
        return run("chips", params("offeredById", offeredById, "sectorId", sectorId, "status", status, "reliefFromId", reliefFromId), Chip.class);
    }

    public List<SourceRef> sources(String id) {
        return sources(List.of(id));
    }

    /** The passages behind several nodes at once. */
    public List<SourceRef> sources(List<String> ids) {
        return sources(ids, null);
    }

    /** As {@link #sources(List)}, only the curated sources ({@code "curated"}) or only those ingest read ({@code "extracted"}). */
    public List<SourceRef> sources(List<String> ids, String origin) {
        return run("sources", params("ids", ids, "origin", origin), SourceRef.class);
    }

    /** Filters for {@link #statements}: every field may be null. */
    public record StatementFilter(String actorId, String about, String from, String to) {
        public static StatementFilter all() {
            return new StatementFilter(null, null, null, null);
        }

        public Map<String, Object> parameters() {
            return params("actorId", actorId, "about", about, "from", from, "to", to);
        }
    }

    /** Who said what and what each side holds, with date, attribution and sources. */
    public List<Statement> statements(StatementFilter f) {
        return run("statements", f.parameters(), Statement.class);
    }

    /** Every disagreement between sources, one row per claim. */
    public List<Conflict> conflicts() {
        return run("conflicts", Map.of(), Conflict.class);
    }

    /** The passages of the article texts in {@code dir}, each text checked against the graph's fingerprint of it. */
    public Passages passages(java.nio.file.Path dir) {
        var sha = new java.util.HashMap<String, String>();
        for (var row : run("document-texts", Map.of(), java.util.Map.class)) {
            if (row.get("sha256") != null) {
                sha.put(row.get("id").toString(), row.get("sha256").toString());
            }
        }
        return new Passages(dir, sha);
    }

    /** The reports, or one of them when {@code id} is not null. */
    public List<DocumentInfo> documents(String id) {
        return documents(id, null, null);
    }

    /** The reports, narrowed to one id, to those published by or citing an organization, to an author (each may be null). */
    public List<DocumentInfo> documents(String id, String organizationId, String authorId) {
        return run("documents", params("id", id, "organizationId", organizationId, "authorId", authorId), DocumentInfo.class);
    }

    /** The year of the newest dated report, or {@code fallback} when no report is dated. */
    public int latestYear(int fallback) {
        var rows = run("latest-year", Map.of(), java.util.Map.class);
        Object year = rows.isEmpty() ? null : rows.get(0).get("year");
        return year == null ? fallback : Integer.parseInt(year.toString());
    }

    /**
     * Events, tariffs or chips named by some of {@code words} (plain words only: anything else is
     * dropped before the words reach the full-text index), best match first.
     */
    public List<NodeMatch> findNodes(List<String> words, List<String> labels, int limit) {
        var clean = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .filter(w -> w.length() > 1).distinct().toList();
        if (clean.isEmpty()) {
            return List.of();
        }
        return run("find-nodes", params("search", String.join(" OR ", clean), "labels", labels, "limit", (long) limit), NodeMatch.class);
    }

    /** Every entity of the given labels with all the names it goes by (for name resolution). */
    public List<Entity> entities(List<String> labels) {
        return run("entities", params("labels", labels), Entity.class);
    }

    /** Runs a named question with raw parameters and maps its rows onto {@code type}. */
    public <T> List<T> run(String name, Map<String, Object> parameters, Class<T> type) {
        String cypher = text(name);
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            List<Record> records = session.executeRead(tx -> tx.run(cypher, parameters).list());
            return records.stream().map(r -> MAPPER.convertValue(r.asMap(), type)).toList();
        }
    }

    /** Parameters from alternating names and values; null values are kept (the queries test for them). */
    public static Map<String, Object> params(Object... namesAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
