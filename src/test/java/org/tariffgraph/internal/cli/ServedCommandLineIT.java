package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.db.GraphServer;

/**
 * The command line answered by a running serve: every command run through the launcher (which hands
 * it to serve's JVM) prints, fails and exits byte for byte as the same command run in a JVM of its
 * own against the same serve. Needs the packaged jar and bash (the launcher), as in `verify`.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServedCommandLineIT {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path JAR = HOME.resolve("target").resolve("tariffgraph.jar");

    private Path data;
    private Serving serving;

    @BeforeAll
    void serve() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the packaged jar target/tariffgraph.jar is not built (run ./mvnw verify)");
        data = Files.createTempDirectory("tariffgraph-served").resolve("data");
        serving = Serving.start(data, "127.0.0.1", freePort(), freePort(), true, GraphServer.password(data).getKey(), TestGraph.SEEDS,
                new PrintWriter(new StringWriter()));
    }

    @AfterAll
    void stop() {
        if (serving != null) {
            serving.close();
        }
    }

    /** What a process printed, and its exit code. */
    record Run(int code, byte[] out, byte[] err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_command_prints_and_exits_as_it_does_in_a_jvm_of_its_own() throws Exception {
        var lines = List.of(
                List.of("ask", "Who did Akazawa talk to on June 28?"),
                List.of("ask", "--explain", "--format", "json", "Which round was the hour-long meeting with Lutnick part of?"),
                List.of("office", "Akazawa"),
                List.of("counterparts", "Akazawa", "--format", "csv"),
                List.of("statements"),
                List.of("conflicts"),
                List.of("cypher", "MATCH (p:Person) RETURN p.name AS name ORDER BY name"),
                List.of("office", "Nobody Known At All"),
                List.of("negotiations", "--no-such-option"));
        long before = serving.commandLinesAnswered();
        for (var args : lines) {
            var standalone = run(javaCommand(args), null);
            var served = run(launcherCommand(args), null);
            assertEquals(standalone.code(), served.code(), "exit code of " + args + ": " + served.text());
            assertEquals(new String(standalone.err(), StandardCharsets.UTF_8), new String(served.err(), StandardCharsets.UTF_8), "stderr of " + args);
            assertArrayEquals(standalone.out(), served.out(), "stdout of " + args);
        }
        assertEquals(lines.size(), serving.commandLinesAnswered() - before, "every command line went to serve's JVM");
    }

    @Test
    void questions_on_standard_input_are_answered_by_serve_too() throws Exception {
        byte[] questions = "Who is Lutnick?\nWhere do the reports disagree?\n".getBytes(StandardCharsets.UTF_8);
        var args = List.of("ask", "-", "--format", "json");
        long before = serving.commandLinesAnswered();
        var served = run(launcherCommand(args), questions);
        var standalone = run(javaCommand(args), questions);
        assertEquals(0, served.code(), served.text());
        assertArrayEquals(standalone.out(), served.out());
        assertEquals(1, serving.commandLinesAnswered() - before);
        assertEquals(2, new String(served.out(), StandardCharsets.UTF_8).lines().count(), "one JSON line per question");
    }

    @Test
    void only_the_owner_gets_in_with_the_token_and_the_token_file_is_private() throws Exception {
        Path file = data.resolve(CommandDaemon.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        var fields = Files.readString(file).strip().split(" ");
        long before = serving.commandLinesAnswered();
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(fields[0]))) {
            socket.getOutputStream().write("TG1 not-the-token\n1\nrounds\0\0".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            assertEquals(-1, socket.getInputStream().read(), "a wrong token gets no answer");
        }
        assertEquals(before, serving.commandLinesAnswered());
    }

    @Test
    void a_stale_token_file_is_ignored_with_one_line_and_the_command_runs_on_its_own() throws Exception {
        Path other = Files.createTempDirectory("tariffgraph-stale").resolve("data");
        Files.createDirectories(other);
        // a serve that was killed: its file names a pid that no longer runs
        Files.writeString(other.resolve(CommandDaemon.FILE), "1 token 999999999\n");
        Files.setPosixFilePermissions(other.resolve(CommandDaemon.FILE), PosixFilePermissions.fromString("rw-------"));
        var args = new ArrayList<>(List.of("documents", "--format", "csv", "--data-dir", other.toString()));
        var r = run(launcherCommand(args.subList(0, 3), other), null);
        String err = new String(r.err(), StandardCharsets.UTF_8);
        assertEquals(0, r.code(), r.text());
        assertTrue(err.contains("ignoring " + other.resolve(CommandDaemon.FILE)), err);
        assertTrue(new String(r.out(), StandardCharsets.UTF_8).contains("004_151e93711cde5b1c"), "the command ran on its own store");
    }

    private List<String> javaCommand(List<String> args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dtariffgraph.home=" + HOME, "-jar", JAR.toString()));
        command.addAll(args);
        command.addAll(List.of("--data-dir", data.toString()));
        return command;
    }

    private List<String> launcherCommand(List<String> args) {
        return launcherCommand(args, data);
    }

    private List<String> launcherCommand(List<String> args, Path dataDir) {
        var command = new ArrayList<>(List.of("bash", HOME.resolve("tariffgraph").toString()));
        command.addAll(args);
        command.addAll(List.of("--data-dir", dataDir.toString()));
        return command;
    }

    private static Run run(List<String> command, byte[] stdin) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(command);
        pb.environment().put("TARIFFGRAPH_NO_BUILD", "1");
        pb.environment().put("TARIFFGRAPH_JAVA_OPTS", "-Xmx512m");
        pb.environment().remove("NEO4J_URI");
        pb.environment().remove("TARIFFGRAPH_DOCUMENTS");
        var p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), out, err);
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
