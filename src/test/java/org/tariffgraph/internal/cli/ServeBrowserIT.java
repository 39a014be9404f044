package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.TestGraph;

/**
 * `serve` as a person uses it: real headless Chromium opens Neo4j Browser, logs in, gets the guide,
 * runs canned questions from it and sees the expected people; screenshots go to target/.
 * .ci/run installs Debian's chromium when it is missing, so this never skips there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeBrowserIT {

    private static final String PASSWORD = "browser-test-secret";

    @TempDir
    static Path tmp;

    private Serving serving;
    private Cdp browser;
    private int boltPort;

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Why the tests cannot run here, or null; each test then shows as skipped with this reason (not "0 tests run"). */
    private String skipped;

    @BeforeAll
    void start() throws Exception {
        var binary = Cdp.chromium();
        if (binary.isEmpty()) {
            skipped = "no Chromium on this machine (install Debian's chromium package; .ci/run does)";
            return;
        }
        boltPort = freePort();
        serving = Serving.start(tmp.resolve("data"), "127.0.0.1", boltPort, freePort(), true, PASSWORD, TestGraph.SEEDS,
                new PrintWriter(new StringWriter()));
        browser = Cdp.launch(binary.get(), tmp.resolve("profile"));
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (serving != null) {
            serving.close();
        }
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", name), browser.screenshot());
    }

    /** Turns the guide to a slide (1 is the first). */
    private void slide(int n) throws Exception {
        browser.waitFor("document.querySelector('[data-testid=pagination-" + n + "]')", Duration.ofSeconds(20), "slide " + n);
        browser.eval("document.querySelector('[data-testid=pagination-" + n + "]').click()");
        Thread.sleep(800);
    }

    /** Clicks the runnable block of the guide whose text starts with {@code start}, then Browser's run button. */
    private void runFromGuide(String start) throws Exception {
        String find = "[...document.querySelectorAll('pre.runnable, pre.code')].find(p => p.textContent.trim().startsWith("
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(start) + "))";
        browser.waitFor(find, Duration.ofSeconds(30), "a guide block starting with " + start);
        browser.eval(find + ".click()");
        browser.waitFor("document.querySelector('[data-testid=editor-Run]')", Duration.ofSeconds(10), "the run button");
        Thread.sleep(300);
        browser.eval("document.querySelector('[data-testid=editor-Run]').click()");
    }

    @Test
    @Order(1)
    void listens_on_loopback_with_authentication_and_serves_browser_guide_and_style() throws Exception {
        var http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(URI.create(serving.location().browserUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        var guide = http.send(HttpRequest.newBuilder(URI.create(serving.guideUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(guide.body().contains("cypher/queries/counterparts.cypher"), "the guide is generated from the query files");
        assertEquals("*", guide.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        var style = http.send(HttpRequest.newBuilder(URI.create(serving.styleUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(style.body().contains("node.Person"));
        assertTrue(serving.location().boltUri().startsWith("bolt://127.0.0.1:"));
        assertTrue(serving.location().auth());
    }

    @Test
    @Order(2)
    void a_person_logs_in_opens_the_guide_and_runs_a_canned_question() throws Exception {
        browser.navigate(serving.location().browserUrl() + "?dbms=bolt://neo4j@127.0.0.1:" + boltPort);
        browser.waitFor("document.querySelector('[data-testid=password]')", Duration.ofSeconds(60), "the login form");
        browser.eval("document.querySelector('[data-testid=password]').focus()");
        browser.type(PASSWORD);
        shot("01-login.png");
        browser.eval("document.querySelector('[data-testid=connect]').click()");
        // Browser runs the post-connect commands of serve: the style, then the guide.
        browser.waitFor("document.body.textContent.includes('US\u2013Japan tariff talks')", Duration.ofSeconds(60), "the guide");
        shot("02-guide.png");
        slide(3);
        runFromGuide(":params {actorId: 'person-ryosei-akazawa'}");
        Thread.sleep(1500);
        runFromGuide("// Who an actor negotiated with");
        browser.waitFor("document.body.textContent.includes('Howard Lutnick') && document.body.textContent.includes('Scott Bessent')",
                Duration.ofSeconds(60), "the counterparts of Akazawa in the result");
        shot("03-counterparts.png");
        slide(2);
        runFromGuide(":params {actorId: 'person-ryosei-akazawa'}");
        Thread.sleep(1500);
        runFromGuide("// An actor's network as a graph");
        browser.waitFor("document.querySelectorAll('svg .node').length >= 3", Duration.ofSeconds(60), "the network drawn as a graph");
        Thread.sleep(3000); // let the force layout settle before the picture
        shot("04-network.png");
        assertTrue(browser.eval("document.body.textContent.includes('Howard Lutnick')").asBoolean());
    }
}
