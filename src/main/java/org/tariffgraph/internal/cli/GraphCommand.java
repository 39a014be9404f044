package org.tariffgraph.internal.cli;

import java.io.Console;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tariffgraph.internal.db.GraphServer;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.query.EntityResolver;
import org.tariffgraph.query.Passages;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that need the graph: opens the embedded store (loading the seed facts into an
 * empty one) or connects to {@code --uri}, runs the command, and closes everything.
 */
@picocli.CommandLine.Command
abstract class GraphCommand implements Callable<Integer> {

    /**
     * While `serve` answers the command line in its own JVM ({@link CommandDaemon}): the connection
     * each command borrows, instead of opening the store or a driver of its own.
     */
    static volatile java.util.function.Supplier<GraphStore> served;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** Runs the command against an open graph and returns its exit code. */
    abstract int run(GraphStore store) throws Exception;

    /** Whether an empty embedded store should first be filled from import/. */
    boolean loadSeedsWhenEmpty() {
        return true;
    }

    /** Whether this run needs the graph at all (a dry run of a load does not). */
    boolean needsStore() {
        return true;
    }

    /** Work done before the graph is opened, such as validating a whole import folder. */
    void prepare() {
        // nothing by default
    }

    /** The values of {@code --format} this command prints in. */
    java.util.Set<GlobalOptions.Format> formats() {
        return java.util.EnumSet.of(GlobalOptions.Format.table, GlobalOptions.Format.json, GlobalOptions.Format.csv);
    }

    @Override
    public final Integer call() throws Exception {
        if (!formats().contains(options().format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + options().format + ": "
                    + spec.name() + " prints as " + formats().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        prepare();
        if (!needsStore()) {
            return run(null);
        }
        try (GraphStore store = open()) {
            if (store.isEmbedded() && loadSeedsWhenEmpty()) {
                var loader = new Loader(store);
                if (loader.isEmpty()) {
                    Path seeds = Locations.importDir();
                    spec.commandLine().getErr().println("tariffgraph: first use: loading the seed facts from " + seeds);
                    loader.load(seeds, false);
                }
            }
            return run(store);
        }
    }

    /** Refuses a --chart file of a format no chart is written in, before the graph is opened. */
    void checkChartFile(Path chart) {
        if (chart != null && !org.tariffgraph.chart.ChartFiles.supported(chart)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--chart " + chart + ": the file must end in .png or .svg");
        }
    }

    GlobalOptions options() {
        return main.global;
    }

    Output output() {
        return new Output(spec.commandLine().getOut(), options().format);
    }

    <T extends Record> int print(List<T> rows, Class<T> type) {
        output().records(rows, type);
        return ExitCodes.OK;
    }

    /** The article texts, when {@code --documents} or {@code $TARIFFGRAPH_DOCUMENTS} names a folder. */
    java.util.Optional<Passages> passages(Queries queries) {
        // a command that serve runs for the launcher was sent only because the caller has no $TARIFFGRAPH_DOCUMENTS:
        // serve's own environment must not show passages the same command run on its own would not
        var dir = options().documents != null ? java.util.Optional.of(options().documents)
                : served != null ? java.util.Optional.<Path>empty() : Passages.configuredFolder();
        return dir.map(queries::passages);
    }

    /** The id of the person or government a name refers to. */
    static String actorId(Queries queries, String name) {
        return idOf(queries, name, List.of("Person", "Government"), "person or government");
    }

    /** The id of the entity of one of {@code labels} that {@code name} refers to, or null for a null name. */
    static String idOf(Queries queries, String name, List<String> labels, String kind) {
        if (name == null) {
            return null;
        }
        return new EntityResolver(queries.entities(labels), kind).resolve(name).id();
    }

    private GraphStore open() {
        var o = options();
        String uri = o.uri != null ? o.uri : System.getenv("NEO4J_URI");
        var daemon = served;
        if (daemon != null && (uri == null || uri.isBlank())) {
            return daemon.get();
        }
        GraphStore.logTo(o.dataDir != null ? o.dataDir : Locations.dataDir());
        if (uri == null || uri.isBlank()) {
            Path dataDir = o.dataDir != null ? o.dataDir : Locations.dataDir();
            var running = GraphServer.running(dataDir);
            if (running.isEmpty()) {
                GraphServer.staleNote(dataDir).ifPresent(note -> spec.commandLine().getErr().println("tariffgraph: " + note));
                return GraphStore.embedded(dataDir);
            }
            // `serve` holds this store: talk to it over Bolt, with its password.
            String password = System.getenv("NEO4J_PASSWORD");
            if (password == null && running.get().auth()) {
                password = GraphServer.password(dataDir).getKey();
            }
            return GraphStore.remote(URI.create(running.get().boltUri()), running.get().auth() ? "neo4j" : null, password,
                    GraphStore.DEFAULT_DATABASE);
        }
        String user = o.user != null ? o.user : envOr("NEO4J_USERNAME", "neo4j");
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null) {
            Console console = System.console();
            password = console == null ? "" : new String(console.readPassword("Password for %s at %s: ", user, uri));
        }
        String database = o.database != null ? o.database : envOr("NEO4J_DATABASE", GraphStore.DEFAULT_DATABASE);
        return GraphStore.remote(address(uri), user, password, database);
    }

    private static URI address(String uri) {
        try {
            return new URI(uri);
        } catch (java.net.URISyntaxException e) {
            throw new org.tariffgraph.InvalidRequestException("--uri " + uri + " is not an address (e.g. neo4j://localhost:7687): " + e.getReason());
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Where things are when nothing says otherwise. */
    static final class Locations {
        private Locations() {}

        /** The project folder the launcher runs from, if known. */
        static Path home() {
            String home = System.getProperty("tariffgraph.home");
            return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
        }

        static Path dataDir() {
            String env = System.getenv("TARIFFGRAPH_DATA");
            if (env != null && !env.isBlank()) {
                return Path.of(env);
            }
            if (Files.isDirectory(home().resolve("import"))) {
                return home().resolve("data");
            }
            return Path.of(System.getProperty("user.home"), ".tariffgraph");
        }

        static Path importDir() {
            return home().resolve("import");
        }
    }
}
