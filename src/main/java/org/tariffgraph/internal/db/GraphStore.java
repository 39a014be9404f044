package org.tariffgraph.internal.db;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The one place that opens Neo4j. Either an embedded, in-process DBMS whose store lives in a data
 * folder, or a driver to a server given by URI. Both are used through the same {@link Driver}: the
 * embedded DBMS listens for Bolt on an ephemeral loopback port that only this process knows, so the
 * query and load code has exactly one code path.
 */
public final class GraphStore implements AutoCloseable {

    public static final String DEFAULT_DATABASE = "neo4j";
    /** The user the command line itself connects as, to the embedded store's loopback port. */
    static final String LOCAL_USER = "tariffgraph";

    private Driver driver;
    private final String database;
    private DatabaseManagementService embedded;
    private final String description;
    /** For an embedded store: its folder and LOAD CSV root, to open it again after a swap. */
    private final Path home;
    private final Path importRoot;

    /** Whether closing this store closes its driver (not for a store borrowed from another). */
    private final boolean ownsDriver;

    private GraphStore(Driver driver, String database, DatabaseManagementService embedded, String description, Path home, Path importRoot) {
        this(driver, database, embedded, description, home, importRoot, true);
    }

    private GraphStore(Driver driver, String database, DatabaseManagementService embedded, String description, Path home, Path importRoot,
            boolean ownsDriver) {
        this.ownsDriver = ownsDriver;
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.description = description;
        this.home = home;
        this.importRoot = importRoot;
    }

    /** Opens (creating if needed) the embedded store in {@code dataDir}. Logs go to {@code dataDir/logs}. */
    public static GraphStore embedded(Path dataDir) {
        return embedded(dataDir, null);
    }

    /** The same, with {@code LOAD CSV} reading files from {@code importRoot} (the benchmark's comparison). */
    public static GraphStore embedded(Path dataDir, Path importRoot) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path home = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create the data folder " + home + ": " + e.getMessage(), e);
        }
        routeJavaLoggingTo(home.resolve("logs").resolve("tariffgraph.log"));
        StagedImport.finishPending(home); // a database swap that a crash interrupted
        var opened = open(home, importRoot);
        return new GraphStore(opened.driver(), DEFAULT_DATABASE, opened.dbms(), "embedded store " + home, home, importRoot);
    }

    private record Opened(DatabaseManagementService dbms, Driver driver) {}

    private static Opened open(Path home, Path importRoot) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // Netty 4.2 (required by driver 6) cannot host Neo4j's in-JVM "local" channel; nothing here uses it.
                    .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    // Without this the Bolt event loops wait out a quiet period of seconds on shutdown.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(home))
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importRoot == null ? home.resolve("import") : importRoot.toAbsolutePath())
                    .build();
        } catch (RuntimeException e) {
            throw StoreUnavailableException.explain(home, e);
        }
        try {
            var db = (GraphDatabaseAPI) dbms.database(DEFAULT_DATABASE);
            var address = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            var driver = GraphDatabase.driver("bolt://" + address, AuthTokens.basic(LOCAL_USER, secret(dbms, home, false)), driverConfig());
            try {
                driver.verifyConnectivity(); // the connection it opens is pooled for the first query
            } catch (org.neo4j.driver.exceptions.AuthenticationException e) {
                // the stored secret no longer matches the store (an older store, a dropped user): make a new one
                driver.close();
                driver = GraphDatabase.driver("bolt://" + address, AuthTokens.basic(LOCAL_USER, secret(dbms, home, true)), driverConfig());
            }
            return new Opened(dbms, driver);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /**
     * The password of the embedded store's loopback Bolt port, which any local user could otherwise
     * reach while a command runs. It is random, kept in a file only the owner can read, and set through
     * the embedded API (which needs no password) the first time, or whenever the file is missing.
     */
    private static String secret(DatabaseManagementService dbms, Path home, boolean renew) {
        Path file = home.resolve(".bolt-secret");
        try {
            if (!renew && Files.isReadable(file)) {
                String stored = Files.readString(file).strip();
                if (stored.length() >= 32) {
                    return stored;
                }
            }
            byte[] bytes = new byte[24];
            new java.security.SecureRandom().nextBytes(bytes);
            String secret = java.util.HexFormat.of().formatHex(bytes);
            // Its own user, so that the password `serve` gives to neo4j never locks the command line out.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "CREATE OR REPLACE USER tariffgraph SET PASSWORD $secret CHANGE NOT REQUIRED", java.util.Map.of("secret", secret));
            Files.deleteIfExists(file);
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot keep the store's password in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Off-heap page cache for the store files: the store's size plus room to grow, at least 64 MB and
     * at most 2 GB (a store that fits is read from memory, not from disk, after its first touch).
     * {@code TARIFFGRAPH_PAGECACHE_MB} overrides it.
     */
    static long pageCacheBytes(Path home) {
        String env = System.getenv("TARIFFGRAPH_PAGECACHE_MB");
        if (env != null && env.matches("\\d+")) {
            return Long.parseLong(env) * 1024 * 1024;
        }
        long store = 0;
        Path databases = home.resolve("data").resolve("databases").resolve(DEFAULT_DATABASE);
        if (Files.isDirectory(databases)) {
            try (var files = Files.walk(databases)) {
                store = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                store = 0;
            }
        }
        long mb = 1024 * 1024;
        return Math.min(2048 * mb, Math.max(64 * mb, store + store / 2));
    }

    /** Connects to a Neo4j server, cluster or Aura instance and checks that it answers. */
    public static GraphStore remote(URI uri, String user, String password, String database) {
        AuthToken auth = (user == null || user.isBlank()) ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        var driver = GraphDatabase.driver(uri, auth, driverConfig());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw StoreUnavailableException.explain(uri, e);
        }
        return new GraphStore(driver, database == null ? DEFAULT_DATABASE : database, null, uri.toString(), null, null);
    }

    /**
     * This store's connection for one more user (a command that `serve` runs for the command line):
     * closing the borrowed store leaves the driver open for the next one.
     */
    public GraphStore borrow() {
        return new GraphStore(driver, database, null, description, home, importRoot, false);
    }

    /** Wraps a driver someone else owns (a test server, a notebook's own connection). Closing closes it. */
    public static GraphStore of(Driver driver, String database, String description) {
        return new GraphStore(driver, database, null, description, null, null);
    }

    /** The driver settings of every connection this project opens: its log goes to the data folder's file. */
    static Config driverConfig() {
        return Config.builder().withLogging(Logging.javaUtilLogging(Level.INFO)).build();
    }

    /**
     * Sends java.util.logging (the driver's log) to a file instead of the console, so that stdout and
     * stderr carry only what the command means to say.
     */
    /** Sends the driver's log (java.util.logging) to {@code dataDir/logs/tariffgraph.log}, never to the terminal. */
    public static void logTo(Path dataDir) {
        try {
            Files.createDirectories(dataDir.toAbsolutePath().resolve("logs"));
            routeJavaLoggingTo(dataDir.toAbsolutePath().resolve("logs").resolve("tariffgraph.log"));
        } catch (IOException e) {
            routeJavaLoggingTo(null);
        }
    }

    static synchronized void routeJavaLoggingTo(Path file) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        if (file == null) {
            return;
        }
        try {
            var handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
        } catch (IOException e) {
            // No log file: stay silent rather than pollute the terminal.
        }
    }

    /** The folder of an embedded store. */
    public Path home() {
        if (home == null) {
            throw new IllegalStateException(description + " is not an embedded store");
        }
        return home;
    }

    /**
     * Replaces this embedded store's database with a complete staged one: closes the store, swaps the
     * database folders while holding the store's lock, and opens it again. The system database (users,
     * passwords) is kept.
     */
    public void replaceDatabase(StagedImport staged) {
        home();
        driver.close();
        embedded.shutdown();
        try {
            staged.swapIn();
        } finally {
            var opened = open(home, importRoot);
            driver = opened.driver();
            embedded = opened.dbms();
        }
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (!ownsDriver) {
            return;
        }
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.shutdown();
            }
        }
    }
}
