package org.tariffgraph.internal.db;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.facade.DatabaseManagementServiceFactory;
import org.neo4j.graphdb.facade.GraphDatabaseDependencies;
import org.neo4j.graphdb.factory.module.edition.CommunityEditionModule;
import org.neo4j.kernel.impl.factory.DbmsInfo;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The knowledge base as a local Neo4j server on the data folder: Bolt, the HTTP API and Neo4j Browser.
 * While it runs, {@code serve.json} in the data folder tells other commands where it is, so they talk
 * to it over Bolt instead of trying to open the store it holds.
 */
public final class GraphServer implements AutoCloseable {

    /** How to start: addresses, ports, authentication and what Browser runs once connected. */
    public record Settings(String listen, int boltPort, int httpPort, boolean auth, String password, String postConnect,
            String allowedHosts) {}

    /** Where a running server is, as written to serve.json. */
    public record Location(String boltUri, String browserUrl, long pid, boolean auth) {}

    public static final String LOCATION_FILE = "serve.json";
    public static final String PASSWORD_FILE = "serve-password";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final DatabaseManagementService dbms;
    private final Path home;
    private final Location location;

    private GraphServer(DatabaseManagementService dbms, Path home, Location location) {
        this.dbms = dbms;
        this.home = home;
        this.location = location;
    }

    public static GraphServer start(Path dataDir, Settings s) {
        Path home = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create the data folder " + home + ": " + e.getMessage(), e);
        }
        GraphStore.routeJavaLoggingTo(home.resolve("logs").resolve("tariffgraph.log"));
        var config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home)
                .set(BoltConnector.enabled, true)
                .set(BoltConnector.listen_address, new SocketAddress(s.listen(), s.boltPort()))
                .set(HttpConnector.enabled, true)
                .set(HttpConnector.listen_address, new SocketAddress(s.listen(), s.httpPort()))
                .set(BoltConnectorInternalSettings.enable_local_connector, false)
                .set(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .set(GraphDatabaseSettings.auth_enabled, s.auth())
                .set(ServerSettings.browser_post_connect_cmd, s.postConnect() == null ? "" : s.postConnect())
                .set(ServerSettings.browser_remote_content_hostname_whitelist, s.allowedHosts())
                .build();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceFactory(DbmsInfo.COMMUNITY, CommunityEditionModule::new)
                    .build(config, false, GraphDatabaseDependencies.newDependencies());
        } catch (RuntimeException e) {
            throw StoreUnavailableException.explain(home, e);
        }
        try {
            if (s.auth()) {
                try {
                    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", s.password()));
                } catch (RuntimeException e) {
                    if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                        throw e; // the same password as last time is fine
                    }
                }
            }
            String host = s.listen().equals("0.0.0.0") ? "localhost" : s.listen();
            var location = new Location("bolt://" + host + ":" + s.boltPort(), "http://" + host + ":" + s.httpPort() + "/browser/",
                    ProcessHandle.current().pid(), s.auth());
            JSON.writeValue(home.resolve(LOCATION_FILE).toFile(), location);
            return new GraphServer(dbms, home, location);
        } catch (IOException | RuntimeException e) {
            dbms.shutdown();
            throw new StoreUnavailableException("cannot start the server: " + e.getMessage(), e);
        }
    }

    /** A store for the loader and the questions, over this server's own Bolt port. */
    public GraphStore connect(String password) {
        var token = location.auth() ? AuthTokens.basic("neo4j", password) : AuthTokens.none();
        var driver = GraphDatabase.driver(URI.create(location.boltUri()), token, GraphStore.driverConfig());
        return GraphStore.of(driver, GraphStore.DEFAULT_DATABASE, "server " + location.boltUri());
    }

    public Location location() {
        return location;
    }

    /**
     * The password of serve: $NEO4J_PASSWORD if set; otherwise the one stored in the data folder
     * (owner-only), generated on first start. Returns the password and whether it was just made.
     */
    public static Map.Entry<String, Boolean> password(Path dataDir) {
        String env = System.getenv("NEO4J_PASSWORD");
        if (env != null && !env.isBlank()) {
            return Map.entry(env, false);
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.isReadable(file)) {
                return Map.entry(Files.readString(file).strip(), false);
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[12];
            new java.security.SecureRandom().nextBytes(bytes);
            String made = java.util.HexFormat.of().formatHex(bytes);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, made + "\n");
            return Map.entry(made, true);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot keep the server password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The running server recorded in a data folder, if its process is still alive. */
    public static java.util.Optional<Location> running(Path dataDir) {
        Path file = dataDir.resolve(LOCATION_FILE);
        try {
            if (!Files.isReadable(file)) {
                return java.util.Optional.empty();
            }
            if (!ownedByThisUser(file)) {
                return java.util.Optional.empty(); // another user's: never trust its ports or password
            }
            var location = JSON.readValue(file.toFile(), Location.class);
            return ProcessHandle.of(location.pid()).map(ProcessHandle::isAlive).orElse(false)
                    ? java.util.Optional.of(location) : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean ownedByThisUser(Path file) throws IOException {
        return Files.getOwner(file).getName().equals(System.getProperty("user.name"));
    }

    /**
     * Why a serve.json in the data folder is ignored, if there is one: the serve that wrote it is gone
     * (it was killed), or the file belongs to another user. Empty when there is no such file.
     */
    public static java.util.Optional<String> staleNote(Path dataDir) {
        Path file = dataDir.resolve(LOCATION_FILE);
        try {
            if (!Files.exists(file)) {
                return java.util.Optional.empty();
            }
            if (!ownedByThisUser(file)) {
                return java.util.Optional.of("ignoring " + file + ": it belongs to another user");
            }
            return java.util.Optional.of("ignoring " + file + ": the serve that wrote it is not running");
        } catch (IOException e) {
            return java.util.Optional.of("ignoring " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(home.resolve(LOCATION_FILE));
        } catch (IOException e) {
            // the pid check makes a stale file harmless
        }
        dbms.shutdown();
    }
}
