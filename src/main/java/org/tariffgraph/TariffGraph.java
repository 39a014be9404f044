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
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.internal.load.Schema;
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

    /**
     * The embedded store in {@code TARIFFGRAPH_DATA}, or else {@code ~/.tariffgraph}; see {@link #open(Path)}.
     *
     * @return the graph in that folder, the same instance on every call until it is closed
     * @throws org.tariffgraph.internal.db.StoreUnavailableException if the store cannot be opened, e.g. because
     *         another process has it open
     */
    public static TariffGraph open() {
        String env = System.getenv("TARIFFGRAPH_DATA");
        return open(env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tariffgraph"));
    }

    /**
     * The embedded store in {@code dataDir}, filled with the seed facts if it is empty. Opened once per
     * folder and JVM: a second call returns the same instance, and the store is closed when the JVM exits.
     *
     * @param dataDir the store's folder; created if it does not exist
     * @return the graph in that folder, the same instance for the same folder until it is closed
     * @throws org.tariffgraph.internal.db.StoreUnavailableException if the store cannot be opened, e.g. because
     *         another process has it open
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

    /**
     * A Neo4j server, cluster or Aura instance that already holds the graph, in its {@code neo4j} database.
     * Nothing is loaded into it.
     *
     * @param uri the server's address: {@code bolt://}, {@code neo4j://} or {@code neo4j+s://}, e.g.
     *        {@code neo4j://localhost:7687}
     * @param user the user name, or null or blank to connect without authentication
     * @param password the password; null is taken as empty
     * @return a new graph over a new connection; each call opens its own
     * @throws org.tariffgraph.internal.db.StoreUnavailableException if the server cannot be reached or refuses
     *         the credentials
     */
    public static TariffGraph connect(String uri, String user, String password) {
        return connect(uri, user, password, GraphStore.DEFAULT_DATABASE);
    }

    /**
     * As {@link #connect(String, String, String)}, in a database of the server's choosing.
     *
     * @param uri the server's address: {@code bolt://}, {@code neo4j://} or {@code neo4j+s://}
     * @param user the user name, or null or blank to connect without authentication
     * @param password the password; null is taken as empty
     * @param database the name of the database that holds the graph, or null for {@code neo4j}
     * @return a new graph over a new connection
     * @throws org.tariffgraph.internal.db.StoreUnavailableException if the server cannot be reached or refuses
     *         the credentials
     */
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

    /**
     * Every named question of {@code cypher/queries/}, each returning the query module's records.
     *
     * @return the questions over this graph's store; one instance for the life of this graph
     */
    public Queries queries() {
        return queries;
    }

    /**
     * Shows the passages behind facts from the article texts in {@code dir} ({@code <document id>.txt},
     * each checked against the graph's fingerprint of it); by default {@code $TARIFFGRAPH_DOCUMENTS}.
     *
     * @param dir the folder of article texts, or null to show no passages
     * @return this graph, for chaining
     */
    public synchronized TariffGraph documents(Path dir) {
        this.documents = dir;
        this.passages = null;
        return this;
    }

    /**
     * The passages behind a node and its relationships, with the words themselves when the texts are at hand.
     *
     * @param id a node's id, e.g. {@code person-howard-lutnick} (not a name: see {@link #id(String)})
     * @return one row per passage, by document and, within one, the node itself before its relationships;
     *         {@link SourceRef#passage()} is null when the text is not at hand or has changed; empty
     *         when no node has that id
     */
    public synchronized List<SourceRef> sources(String id) {
        var refs = queries.sources(id);
        return documents == null ? refs : passages().fill(refs);
    }

    /**
     * Who said what and what each side holds.
     *
     * @param by the name of the person or government who said or holds it (resolved as by
     *        {@link #id(String)}, e.g. {@code Akazawa}), or null for anyone
     * @param about text that the name, summary, quoted words or subjects contain, in any case, or null
     *        for any
     * @return statements and stances, dated ones first in date order, then the undated (every stance);
     *         empty when none match
     * @throws org.tariffgraph.query.UnknownNameException if {@code by} names nothing, or more than one thing
     */
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

    /**
     * Every disagreement between sources, one row per claim.
     *
     * @return the claims, ordered by conflict and each conflict's claims together; empty when no
     *         reports disagree
     */
    public List<Conflict> conflicts() {
        return queries.conflicts();
    }

    /**
     * Asks a question in words; the answer carries its sentence, its table, its sources and the query it ran.
     *
     * @param question a question in plain English, e.g. {@code Who did Akazawa meet in June 2025?}
     * @return the answer; a question about something the graph does not hold is answered with no rows
     *         and a sentence saying what is missing, not with an exception
     */
    public synchronized Answer ask(String question) {
        if (asker == null) {
            asker = new Asker(queries);
        }
        return asker.ask(question);
    }

    /**
     * The id of what a name refers to (a person, government, country, office, sector, tariff, chip or
     * organization), forgiving case, surnames, aliases and small typos.
     *
     * @param name a name as a person types it: an id, a name, an alias, a surname or an office title,
     *        e.g. {@code Akazawa} or {@code Commerce Secretary}
     * @return the id, e.g. {@code person-ryosei-akazawa}
     * @throws org.tariffgraph.query.UnknownNameException if the name matches nothing, or more than one
     *         thing; the message names close candidates
     */
    public synchronized String id(String name) {
        if (resolver == null) {
            resolver = new EntityResolver(queries.entities(Queries.NAMED_LABELS), "name");
        }
        Entity entity = resolver.resolve(name);
        return entity.id();
    }

    /**
     * Read-only Cypher with parameters, as the driver's records; a query that would write is refused.
     *
     * @param cypher the Cypher query
     * @param parameters its parameters by name, without the {@code $}; an empty map for none
     * @return the records, in the query's own order
     * @throws CypherRunner.WriteRefusedException if the query would change the graph; it is refused
     *         before it runs
     */
    public List<Record> records(String cypher, Map<String, Object> parameters) {
        return new CypherRunner(store).records(cypher, parameters);
    }

    /**
     * Read-only Cypher with parameters, as plain rows: one map per row, column name to plain Java value.
     *
     * @param cypher the Cypher query
     * @param parameters its parameters by name, without the {@code $}; an empty map for none
     * @return one map per row in the query's order, its columns in the query's order; nodes and
     *         relationships become maps, dates and times ISO text
     * @throws CypherRunner.WriteRefusedException if the query would change the graph; it is refused
     *         before it runs
     */
    public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        return rows(new CypherRunner(store).run(cypher, parameters, false));
    }

    /**
     * Read-only Cypher with parameters, as a table of column names and rows.
     *
     * @param cypher the Cypher query
     * @param parameters its parameters by name, without the {@code $}; an empty map for none
     * @return the columns and the rows of plain Java values; with no rows, the column list is empty too
     * @throws CypherRunner.WriteRefusedException if the query would change the graph; it is refused
     *         before it runs
     */
    public Table table(String cypher, Map<String, Object> parameters) {
        return new CypherRunner(store).run(cypher, parameters, false);
    }

    /**
     * Any list of records (the query module's, or a notebook's own) as plain rows, in component order.
     *
     * @param <T> the record type
     * @param records records, all of the type of the first
     * @return one map per record, in list order, component name to value; empty for an empty list
     */
    @SuppressWarnings("unchecked")
    public static <T extends java.lang.Record> List<Map<String, Object>> rows(List<T> records) {
        return records.isEmpty() ? List.of() : rows(Table.of(records, (Class<T>) records.get(0).getClass()));
    }

    /**
     * A table as plain rows.
     *
     * @param table the table
     * @return one map per row, in row order, column name to value in column order
     */
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

    /**
     * Where the graph is: an embedded store's folder or a server's address.
     *
     * @return e.g. {@code embedded store /home/me/.tariffgraph} or {@code neo4j://localhost:7687}
     */
    public String describe() {
        return store.description();
    }

    /**
     * The Neo4j driver underneath, for code that wants to run its own transactions.
     *
     * @return the driver; closing this graph closes it
     */
    public org.neo4j.driver.Driver driver() {
        return store.driver();
    }

    /**
     * The name of the database this graph reads and writes, for sessions opened on {@link #driver()}.
     *
     * @return e.g. {@code neo4j}
     */
    public String database() {
        return store.database();
    }

    /** The store itself, for the tests of this package; the API hands out the driver instead. */
    GraphStore store() {
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
