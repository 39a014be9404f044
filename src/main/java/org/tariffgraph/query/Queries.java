package org.tariffgraph.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.db.CypherFiles;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.model.Actor;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.model.Round;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.model.TimelineEntry;

/**
 * One method per question. Each runs the Cypher of {@code cypher/queries/<name>.cypher} in a read
 * transaction with its values as parameters, and returns records whose components are named
 * exactly as the query's columns.
 */
public final class Queries {

    /** Every question, by the name of its Cypher file. */
    public static final List<String> NAMES = List.of("actors", "office", "counterparts", "negotiations", "rounds",
            "timeline", "tariffs", "chips", "sources", "entities");

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
    public record NegotiationFilter(String actorId, String withId, String from, String to, Long round) {
        public static NegotiationFilter all() {
            return new NegotiationFilter(null, null, null, null, null);
        }
    }

    /** {@code type}: person, government, country, organization, or null for all. */
    public List<Actor> actors(String type) {
        return run("actors", params("type", type), Actor.class);
    }

    public List<OfficeHolding> office(String title, String personId, String asOf) {
        return run("office", params("title", title, "personId", personId, "asOf", asOf), OfficeHolding.class);
    }

    public List<Counterpart> counterparts(String actorId) {
        return run("counterparts", params("actorId", actorId), Counterpart.class);
    }

    public List<Negotiation> negotiations(NegotiationFilter f) {
        return run("negotiations", params("actorId", f.actorId(), "withId", f.withId(), "from", f.from(), "to", f.to(),
                "round", f.round()), Negotiation.class);
    }

    public List<Round> rounds() {
        return run("rounds", Map.of(), Round.class);
    }

    public List<TimelineEntry> timeline(String actorId) {
        return run("timeline", params("actorId", actorId), TimelineEntry.class);
    }

    public List<TariffInfo> tariffs(String targetId, String sectorId, String asOf) {
        return run("tariffs", params("targetId", targetId, "sectorId", sectorId, "asOf", asOf), TariffInfo.class);
    }

    public List<Chip> chips(String offeredById, String sectorId) {
        return run("chips", params("offeredById", offeredById, "sectorId", sectorId), Chip.class);
    }

    public List<SourceRef> sources(String id) {
        return run("sources", params("id", id), SourceRef.class);
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
    static Map<String, Object> params(Object... namesAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
