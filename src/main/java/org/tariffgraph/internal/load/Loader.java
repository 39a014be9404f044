package org.tariffgraph.internal.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;

/**
 * Writes a validated import folder, all or nothing, in one of two ways. In one transaction: first the
 * schema (constraints and indexes, each its own statement), then every node and relationship, merged
 * on their ids so that loading the same folder twice changes nothing; this works on any Neo4j, but the
 * transaction holds the whole folder in memory. Or, for a large folder into an empty embedded store,
 * through {@link BulkLoader}: Neo4j's offline importer builds a new database that is swapped in whole.
 */
public final class Loader {

    /** What a load wrote. */
    public record Result(int nodes, int relationships, boolean replaced) {}

    /** Told after each batch is written: rows so far and in all, and the time since the write began. */
    public interface Progress {
        void written(long rows, long totalRows, java.time.Duration elapsed);

        /** Told when a load moves to a step that reports no rows (the importer, the swap). */
        default void stage(String what) {
            // nothing by default
        }

        Progress NONE = (rows, total, elapsed) -> { };
    }

    /** How a folder is written. */
    public enum Method {
        /** {@link #BULK} for a large folder into an empty (or replaced) embedded store, else {@link #TRANSACTION}. */
        AUTO,
        /** One transaction through the driver: any Neo4j, any state, memory grows with the folder. */
        TRANSACTION,
        /** Neo4j's offline importer into a staged database swapped in whole: embedded, empty or replaced only. */
        BULK
    }

    /** Folders this large (CSV bytes, about 30,000 events) go through the importer under {@link Method#AUTO}. */
    static final long BULK_THRESHOLD_BYTES = 16L * 1024 * 1024;

    private final GraphStore store;

    public Loader(GraphStore store) {
        this.store = store;
    }

    /** Creates the named constraints and indexes of {@code cypher/schema.cypher} if they are missing. */
    public void applySchema() {
        Driver driver = store.driver();
        try (var session = driver.session(SessionConfig.forDatabase(store.database()))) {
            for (String statement : CypherFiles.statements("schema.cypher")) {
                session.run(statement).consume();
            }
        }
    }

    private boolean isEmptyGraph() {
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            return session.executeRead(tx -> tx.run(CypherFiles.read("loader/any-node.cypher")).list().isEmpty());
        }
    }

    /** True when the graph holds no document yet: a knowledge base that has never been loaded. */
    public boolean isEmpty() {
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            return session.executeRead(tx -> tx.run(CypherFiles.read("loader/count-documents.cypher")).single().get("documents").asLong()) == 0;
        }
    }

    /** Validates {@code dir} and, if it is sound, writes it. Throws {@link InvalidImportException} otherwise. */
    public Result load(Path dir, boolean replace) {
        return load(dir, replace, Method.AUTO, Progress.NONE);
    }

    /**
     * Validates and writes {@code dir} by {@code method}. The folder is validated completely before the
     * live graph changes; a refused bulk load says why in one line.
     */
    public Result load(Path dir, boolean replace, Method method, Progress progress) {
        if (method != Method.TRANSACTION) {
            String refusal = !store.isEmbedded() ? "the bulk load builds an embedded store's files; " + store.description() + " is a server"
                    : !(replace || isEmptyGraph()) ? "the bulk load builds a whole new database; the graph is not empty (add --replace)"
                    : null;
            if (refusal == null && (method == Method.BULK || isLarge(dir))) {
                return new BulkLoader(store, progress).load(dir, replace);
            }
            if (refusal != null && method == Method.BULK) {
                throw new org.tariffgraph.InvalidRequestException(refusal);
            }
        }
        return write(ImportReader.read(dir), replace, progress);
    }

    /** Whether {@code dir} is large enough for the bulk path under {@link Method#AUTO}. */
    public static boolean isLarge(Path dir) {
        return folderBytes(dir) >= BULK_THRESHOLD_BYTES;
    }

    private static long folderBytes(Path dir) {
        long bytes = 0;
        for (String file : Schema.files()) {
            try {
                bytes += java.nio.file.Files.size(dir.resolve(file));
            } catch (java.io.IOException e) {
                // missing or unreadable: the read reports it
            }
        }
        return bytes;
    }

    /** Writes a plan in one transaction; with {@code replace}, the graph is emptied first in that same transaction. */
    public Result write(LoadPlan plan, boolean replace) {
        return write(plan, replace, Progress.NONE);
    }

    /** As {@link #write(LoadPlan, boolean)}, reporting progress after each batch. */
    public Result write(LoadPlan plan, boolean replace, Progress progress) {
        applySchema();
        // Into an empty graph nothing can already exist, so CREATE skips MERGE's look-ups (which grow
        // with the degree of busy nodes such as documents); otherwise MERGE keeps a second load idempotent.
        boolean fresh = replace || isEmptyGraph();
        String mergeNodes = CypherFiles.read(fresh ? "loader/create-nodes.cypher" : "loader/merge-nodes.cypher");
        String mergeRelationships = CypherFiles.read(fresh ? "loader/create-relationships.cypher" : "loader/merge-relationships.cypher");
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            long total = (long) plan.nodeCount() + plan.relationshipCount();
            long started = System.nanoTime();
            session.executeWriteWithoutResult(tx -> {
                long done = 0;
                if (replace) {
                    tx.run(CypherFiles.read("loader/clear.cypher")).consume();
                }
                for (var batch : plan.nodes()) {
                    String cypher = withLabels(mergeNodes, Map.of("label", batch.label()));
                    for (var chunk : chunks(batch.rows())) {
                        tx.run(cypher, Map.of("rows", chunk)).consume();
                        done += chunk.size();
                        progress.written(done, total, java.time.Duration.ofNanos(System.nanoTime() - started));
                    }
                }
                for (var batch : plan.relationships()) {
                    var names = Map.of("type", batch.type(), "startLabel", batch.startLabel(), "endLabel", batch.endLabel());
                    String cypher = withLabels(mergeRelationships, names);
                    for (var chunk : chunks(batch.rows())) {
                        tx.run(cypher, Map.of("rows", chunk)).consume();
                        done += chunk.size();
                        progress.written(done, total, java.time.Duration.ofNanos(System.nanoTime() - started));
                    }
                }
            });
        }
        return new Result(plan.nodeCount(), plan.relationshipCount(), replace);
    }

    /** Rows per statement: the transaction stays one, but no single parameter list grows without bound. */
    static final int CHUNK = 10_000;

    private static <T> List<List<T>> chunks(List<T> rows) {
        var out = new java.util.ArrayList<List<T>>();
        for (int i = 0; i < rows.size(); i += CHUNK) {
            out.add(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
        return out;
    }

    /**
     * Fills the {@code {label}}-style placeholders of a loader template with names from {@link Schema}.
     * Only schema identifiers reach here (never file contents), and each is checked to be a plain name.
     */
    static String withLabels(String template, Map<String, String> names) {
        String out = template;
        for (var e : names.entrySet()) {
            if (!e.getValue().matches("[A-Za-z_]+")) {
                throw new IllegalArgumentException("not a schema name: " + e.getValue());
            }
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
