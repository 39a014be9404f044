package org.tariffgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;
import org.tariffgraph.ask.Answer;
import org.tariffgraph.ask.Asker;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.load.Loader;
import org.tariffgraph.load.Schema;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.Statement;
import org.tariffgraph.model.Table;
import org.tariffgraph.query.CypherRunner;
import org.tariffgraph.query.EntityResolver;
import org.tariffgraph.query.Passages;
import org.tariffgraph.query.Queries;

/**
 * tariffgraph as a library, for a notebook or any JVM program: the knowledge base in a few lines.
 *
 * <pre>{@code
 * var tg = TariffGraph.open();                       // embedded store, seed facts loaded on first use
 * tg.queries().counterparts(tg.id("Akazawa"));       // every question of the query module
 * tg.ask("Who did Akazawa meet in June 2025?");      // a question in words
 * tg.statements("Akazawa", null);                    // who said what, with quoted words and attribution
 * tg.conflicts();                                    // where the reports disagree, claim by claim
 * tg.rows("MATCH (p:Person) RETURN p.name AS name", Map.of());   // read-only Cypher, as plain rows
 * tg.close();
 * }</pre>
 *
 * {@link #open()} keeps one store per folder for the life of the JVM: calling it again (a notebook cell
 * run twice) returns the same open store instead of starting Neo4j again. Results are the query
 * module's own records; {@link #rows(List)} turns any of them into plain rows (maps), which become a
 * table in one line in most notebook libraries.
 */
public final class TariffGraph implements AutoCloseable {

    private static final Map<Path, TariffGraph> OPEN = new ConcurrentHashMap<>();

    private final GraphStore store;
    private final Path key;
    private final Queries queries;
    private Asker asker;
    private EntityResolver resolver;
    private Path documents = Passages.configuredFolder().orElse(null);
    private Passages passages;

    private TariffGraph(GraphStore store, Path key) {
        this.store = store;
        this.key = key;
        this.queries = new Queries(store);
    }

    /** The embedded store in {@code TARIFFGRAPH_DATA}, or else {@code ~/.tariffgraph}. */
    public static TariffGraph open() {
        String env = System.getenv("TARIFFGRAPH_DATA");
        return open(env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tariffgraph"));
    }

    /**
     * The embedded store in {@code dataDir}, filled with the seed facts if it is empty. Opened once per
     * folder and JVM: a second call returns the same instance, and the store is closed when the JVM exits.
     */
    public static TariffGraph open(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        return OPEN.computeIfAbsent(key, k -> {
            GraphStore store = GraphStore.embedded(k);
            try {
                var loader = new Loader(store);
                if (loader.isEmpty()) {
                    loadSeeds(loader);
                }
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            var graph = new TariffGraph(store, k);
            Runtime.getRuntime().addShutdownHook(new Thread(graph::closeQuietly, "tariffgraph-close"));
            return graph;
        });
    }

    /** A Neo4j server, cluster or Aura instance that already holds the graph ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}). */
    public static TariffGraph connect(String uri, String user, String password) {
        return connect(uri, user, password, GraphStore.DEFAULT_DATABASE);
    }

    public static TariffGraph connect(String uri, String user, String password, String database) {
        return new TariffGraph(GraphStore.remote(URI.create(uri), user, password, database), null);
    }

    /** The seed facts travel in the jar: copied to a temporary folder, validated and loaded like any folder. */
    private static void loadSeeds(Loader loader) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tariffgraph-seeds");
            for (String file : Schema.files()) {
                try (InputStream in = TariffGraph.class.getResourceAsStream("/seeds/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the seed file " + file + " is missing from the tariffgraph jar");
                    }
                    Files.copy(in, dir.resolve(file));
                }
            }
            loader.load(dir, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the seed facts: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }

    /** Every named question of {@code cypher/queries/}, each returning the query module's records. */
    public Queries queries() {
        return queries;
    }

    /**
     * Shows the passages behind facts from the article texts in {@code dir} ({@code <document id>.txt},
     * each checked against the graph's fingerprint of it); by default {@code $TARIFFGRAPH_DOCUMENTS}.
     */
    public synchronized TariffGraph documents(Path dir) {
        this.documents = dir;
        this.passages = null;
        return this;
    }

    /** The passages behind a node and its relationships, with the words themselves when the texts are at hand. */
    public synchronized List<SourceRef> sources(String id) {
        var refs = queries.sources(id);
        return documents == null ? refs : passages().fill(refs);
    }

    /** Who said what and what each side holds; {@code by} (a name) and {@code about} (words) may be null. */
    public synchronized List<Statement> statements(String by, String about) {
        var rows = queries.statements(new Queries.StatementFilter(by == null ? null : id(by), about, null, null));
        return documents == null ? rows : passages().fillStatements(rows);
    }

    /** The article texts, read and checked once per folder rather than on every question. */
    private Passages passages() {
        if (passages == null) {
            passages = queries.passages(documents);
        }
        return passages;
    }

    /** Every disagreement between sources, one row per claim. */
    public List<Conflict> conflicts() {
        return queries.conflicts();
    }

    /** Asks a question in words; the answer carries its sentence, its table, its sources and the query it ran. */
    public synchronized Answer ask(String question) {
        if (asker == null) {
            asker = new Asker(queries);
        }
        return asker.ask(question);
    }

    /**
     * The id of what a name refers to (a person, government, country, office, sector, tariff, chip or
     * organization), forgiving case, surnames, aliases and small typos; throws if it is unknown or ambiguous.
     */
    public synchronized String id(String name) {
        if (resolver == null) {
            resolver = new EntityResolver(queries.entities(Queries.NAMED_LABELS), "name");
        }
        Entity entity = resolver.resolve(name);
        return entity.id();
    }

    /** Read-only Cypher with parameters, as the driver's records; a query that would write is refused. */
    public List<Record> records(String cypher, Map<String, Object> parameters) {
        return new CypherRunner(store).records(cypher, parameters);
    }

    /** Read-only Cypher with parameters, as plain rows: one map per row, column name to plain Java value. */
    public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        return rows(new CypherRunner(store).run(cypher, parameters, false));
    }

    /** Read-only Cypher with parameters, as a table of column names and rows. */
    public Table table(String cypher, Map<String, Object> parameters) {
        return new CypherRunner(store).run(cypher, parameters, false);
    }

    /** Any list of records (the query module's, or a notebook's own) as plain rows, in component order. */
    @SuppressWarnings("unchecked")
    public static <T extends java.lang.Record> List<Map<String, Object>> rows(List<T> records) {
        return records.isEmpty() ? List.of() : rows(Table.of(records, (Class<T>) records.get(0).getClass()));
    }

    /** A table as plain rows. */
    public static List<Map<String, Object>> rows(Table table) {
        var out = new ArrayList<Map<String, Object>>();
        for (var cells : table.rows()) {
            var row = new LinkedHashMap<String, Object>();
            for (int i = 0; i < table.columns().size(); i++) {
                row.put(table.columns().get(i), cells.get(i));
            }
            out.add(row);
        }
        return out;
    }

    /** Where the graph is: an embedded store's folder or a server's address. */
    public String describe() {
        return store.description();
    }

    /** The underlying store, for code that wants the driver itself. */
    public GraphStore store() {
        return store;
    }

    /** Closes the store; a later {@link #open(Path)} of the same folder opens it again. */
    @Override
    public void close() {
        if (key == null || OPEN.remove(key, this)) {
            store.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // the JVM is exiting
        }
    }
}
