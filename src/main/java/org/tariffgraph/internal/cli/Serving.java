package org.tariffgraph.internal.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphServer;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.Loader;

/**
 * A running `serve`: the Neo4j server with Browser, a small HTTP server beside it for the guide and
 * the node styling, which Browser fetches when it connects, and the {@link CommandDaemon} that runs
 * the command line's questions in this JVM. A new data folder is filled before any of them accepts a
 * connection. Closing stops them all.
 */
final class Serving implements AutoCloseable {

    private final HttpServer guide;
    private final GraphServer server;
    private final GraphStore store;
    private final CommandDaemon daemon;
    private final String guideUrl;
    private final String styleUrl;

    private Serving(HttpServer guide, GraphServer server, GraphStore store, CommandDaemon daemon, String guideUrl, String styleUrl) {
        this.guide = guide;
        this.server = server;
        this.store = store;
        this.daemon = daemon;
        this.guideUrl = guideUrl;
        this.styleUrl = styleUrl;
    }

    /** A data folder with no database yet is filled through the embedded store, before any port opens. */
    private static void fillNewFolder(Path dataDir, Path seeds, PrintWriter err) {
        if (Files.isDirectory(dataDir.resolve("data").resolve("databases").resolve(GraphStore.DEFAULT_DATABASE))) {
            return;
        }
        try (GraphStore store = GraphStore.embedded(dataDir)) {
            var loader = new Loader(store);
            if (loader.isEmpty()) {
                err.println("tariffgraph: first use: loading the seed facts from " + seeds);
                loader.load(seeds, false);
            }
        }
    }

    /** Starts everything; an empty store is first filled from {@code seeds}. */
    static Serving start(Path dataDir, String listen, int boltPort, int httpPort, boolean auth, String password, Path seeds,
            PrintWriter err) {
        fillNewFolder(dataDir, seeds, err);
        HttpServer guide;
        try {
            guide = HttpServer.create(new InetSocketAddress(listen, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = Guide.html();
        String style = CypherFiles.read("style.grass");
        guide.createContext("/guide.html", exchange -> send(exchange, "text/html; charset=utf-8", html));
        guide.createContext("/style.grass", exchange -> send(exchange, "text/plain; charset=utf-8", style));
        guide.start();
        String host = listen.equals("0.0.0.0") ? "localhost" : listen;
        String base = "http://" + host + ":" + guide.getAddress().getPort();
        String guideUrl = base + "/guide.html";
        String styleUrl = base + "/style.grass";
        GraphServer server;
        try {
            server = GraphServer.start(dataDir, new GraphServer.Settings(listen, boltPort, httpPort, auth, password,
                    "style " + styleUrl + "; guide " + guideUrl, "guides.neo4j.com,localhost," + host));
        } catch (RuntimeException e) {
            guide.stop(0);
            throw e;
        }
        GraphStore store = null;
        try {
            store = server.connect(password);
            var loader = new Loader(store);
            if (loader.isEmpty()) {
                err.println("tariffgraph: first use: loading the seed facts from " + seeds);
                loader.load(seeds, false);
            }
            return new Serving(guide, server, store, CommandDaemon.start(dataDir, store), guideUrl, styleUrl);
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            server.close();
            guide.stop(0);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        // Browser fetches across origins: answer the CORS preflight, and allow any origin to read.
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, OPTIONS");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "*");
        if (exchange.getRequestMethod().equalsIgnoreCase("OPTIONS")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** How many command lines the daemon has answered in this JVM. */
    long commandLinesAnswered() {
        return daemon.answered();
    }

    GraphServer.Location location() {
        return server.location();
    }

    String guideUrl() {
        return guideUrl;
    }

    String styleUrl() {
        return styleUrl;
    }

    @Override
    public void close() {
        daemon.close();
        store.close();
        server.close();
        guide.stop(0);
    }
}
