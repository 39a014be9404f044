package org.tariffgraph.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Drives a real headless Chromium through the Chrome DevTools Protocol, with the JDK's own HTTP and
 * WebSocket clients: navigate, evaluate JavaScript in the page, type real keystrokes, take screenshots.
 */
final class Cdp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Cdp(Process chromium, WebSocket socket) {
        this.chromium = chromium;
        this.socket = socket;
    }

    /** The Chromium binary of this machine, if any. */
    static java.util.Optional<Path> chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Path.of(candidate).toFile().canExecute()) {
                return java.util.Optional.of(Path.of(candidate));
            }
        }
        return java.util.Optional.empty();
    }

    static Cdp launch(Path binary, Path profile) throws Exception {
        var process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "about:blank").redirectErrorStream(true).start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var pattern = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
        int port = -1;
        long deadline = System.currentTimeMillis() + 30_000;
        while (port < 0 && System.currentTimeMillis() < deadline) {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalStateException("Chromium exited before it listened");
            }
            var m = pattern.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "chromium-output");
        drain.setDaemon(true);
        drain.start();
        var http = HttpClient.newHttpClient();
        var list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        String ws = null;
        for (JsonNode target : JSON.readTree(list.body())) {
            if (target.get("type").asText().equals("page")) {
                ws = target.get("webSocketDebuggerUrl").asText();
                break;
            }
        }
        var holder = new Cdp[1];
        var listener = new WebSocket.Listener() {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    String text = buffer.toString();
                    buffer.setLength(0);
                    try {
                        JsonNode message = JSON.readTree(text);
                        if (message.has("id")) {
                            var f = holder[0].pending.remove(message.get("id").asInt());
                            if (f != null) {
                                f.complete(message);
                            }
                        }
                    } catch (Exception e) {
                        // ignore events we cannot parse
                    }
                }
                webSocket.request(1);
                return null;
            }
        };
        var socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(ws), listener)
                .get(10, TimeUnit.SECONDS);
        holder[0] = new Cdp(process, socket);
        return holder[0];
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        var future = new CompletableFuture<JsonNode>();
        pending.put(id, future);
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = future.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Evaluates JavaScript in the page and returns its value as JSON. */
    JsonNode eval(String js) throws Exception {
        var result = call("Runtime.evaluate", Map.of("expression", js, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").get("value");
    }

    /** Waits until a JavaScript condition holds in the page. */
    void waitFor(String condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var value = eval("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()");
            if (value != null && value.asBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    void navigate(String url) throws Exception {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", url));
    }

    /** Types text as real key input into whatever has focus. */
    void type(String text) throws Exception {
        call("Input.insertText", Map.of("text", text));
    }

    byte[] screenshot() throws Exception {
        var result = call("Page.captureScreenshot", Map.of("format", "png"));
        return java.util.Base64.getDecoder().decode(result.get("data").asText());
    }

    @Override
    public void close() {
        socket.abort();
        chromium.destroyForcibly();
    }
}
