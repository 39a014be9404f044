package org.tariffgraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.internal.db.GraphStore;

/**
 * A canonical fingerprint of the whole graph: every node as its sorted labels and properties, every
 * relationship as its type, the ids of its ends and its properties, all lines sorted, then SHA-256.
 * Internal ids and the order of writes do not enter it, so two stores with the same facts agree.
 */
public final class Digest {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * The digest and what it was computed over.
     *
     * @param sha256 the SHA-256 of the canonical lines, as 64 lower-case hex digits
     * @param nodes how many nodes it covers
     * @param relationships how many relationships it covers
     */
    public record Result(String sha256, long nodes, long relationships) {}

    private final GraphStore store;

    /**
     * A digest of one graph, computed on demand.
     *
     * @param store the graph to fingerprint
     */
    public Digest(GraphStore store) {
        this.store = store;
    }

    /**
     * Reads the whole graph and computes its digest.
     *
     * @return the SHA-256 with the number of nodes and relationships behind it
     */
    public Result compute() {
        var lines = canonicalLines();
        long nodes = lines.stream().filter(l -> l.startsWith("N ")).count();
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return new Result(HexFormat.of().formatHex(sha.digest()), nodes, lines.size() - nodes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sorted lines the digest is made of; handy for showing how two graphs differ.
     *
     * @return one line per node ({@code N}, its sorted labels and its properties as JSON) and per
     *         relationship ({@code R}, its type, the id and label of each end and its properties), sorted
     */
    public List<String> canonicalLines() {
        var lines = new ArrayList<String>();
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            session.executeRead(tx -> {
                tx.run(Queries.text("digest-nodes")).forEachRemaining(r ->
                        lines.add("N " + json(r.get("labels").asList(org.neo4j.driver.Value::asString).stream().sorted().toList())+ " " + json(CypherRunner.plain(r.get("props")))));
                tx.run(Queries.text("digest-relationships")).forEachRemaining(r ->
                        lines.add("R " + r.get("type").asString() + " " + json(CypherRunner.plain(r.get("start"))) + " "
                                + json(CypherRunner.plain(r.get("end"))) + " " + json(CypherRunner.plain(r.get("props")))));
                return lines.size();
            });
        }
        lines.sort(null);
        return lines;
    }

    private static String json(Object o) {
        try {
            return CANONICAL.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
