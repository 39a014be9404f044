package org.tariffgraph.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tariffgraph.db.CypherFiles;
import org.tariffgraph.db.GraphServer;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.load.Loader;

/**
 * A running `serve`: the Neo4j server with Browser, and a small HTTP server beside it for the guide
 * and the node styling, which Browser fetches when it connects. Closing stops both.
 */
final class Serving implements AutoCloseable {

    private final HttpServer guide;
    private final GraphServer server;
    private final String guideUrl;
    private final String styleUrl;

    private Serving(HttpServer guide, GraphServer server, String guideUrl, String styleUrl) {
        this.guide = guide;
        this.server = server;
        this.guideUrl = guideUrl;
        this.styleUrl = styleUrl;
    }

    /** Starts everything; an empty store is first filled from {@code seeds}. */
    static Serving start(Path dataDir, String listen, int boltPort, int httpPort, boolean auth, String password, Path seeds,
            PrintWriter err) {
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
        try (GraphStore store = server.connect(password)) {
            var loader = new Loader(store);
            if (loader.isEmpty()) {
                err.println("tariffgraph: first use: loading the seed facts from " + seeds);
                loader.load(seeds, false);
            }
        } catch (RuntimeException e) {
            server.close();
            guide.stop(0);
            throw e;
        }
        return new Serving(guide, server, guideUrl, styleUrl);
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
        server.close();
        guide.stop(0);
    }
}
