package org.tariffgraph.internal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.export.CsvExport;
import org.tariffgraph.export.GraphMlExport;
import org.tariffgraph.export.PloverExport;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphServer;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.LoadCsvScript;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.QueryExamples;
import org.tariffgraph.internal.synth.CorpusGenerator;

/**
 * Measures one corpus size, all in one run: our loader against LOAD CSV … IN TRANSACTIONS of the
 * same files into a fresh store, the latency of every query file, a CLI question cold and against a
 * running serve, and the peak heap. Prints figures; judges nothing.
 */
public final class Bench {

    /** The figures of one size; the JSON keys are the component names. */
    public record Figures(long events, double loadEventsPerSecond, double loadCsvEventsPerSecond, double loadRatioVsLoadCsv,
            Map<String, Double> queryP50Ms, Map<String, Double> queryP99Ms, double coldAskSeconds, double warmAskSeconds,
            double servedAskSeconds, Map<String, Double> exportEventsPerSecond, long peakHeapMb) {}

    private static final int WARMUP = 3;
    private static final int RUNS = 25;

    private final Path work;
    private final Path jar;
    private final Consumer<String> note;

    /**
     * @param work a scratch folder for corpora and stores
     * @param jar the tariffgraph jar, to time questions as a user runs them
     * @param note where to say what is happening (stderr)
     */
    public Bench(Path work, Path jar, Consumer<String> note) {
        this.work = work;
        this.jar = jar;
        this.note = note;
    }

    public Figures run(int events) throws Exception {
        try (var heap = new HeapSampler()) {
            return measure(events, heap);
        }
    }

    /**
     * The largest heap in use seen by sampling every 20 ms (the sum of each pool's own peak would add
     * peaks that happened at different times).
     */
    static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });

        HeapSampler() {
            System.gc();
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private Figures measure(int events, HeapSampler heap) throws Exception {
        Path corpus = work.resolve("corpus-" + events);
        note.accept("generating " + events + " events");
        new CorpusGenerator(events, 1).writeTo(corpus);

        Path ours = work.resolve("ours-" + events);
        double loadSeconds;
        try (var store = GraphStore.embedded(ours)) {
            note.accept("loading with tariffgraph's loader");
            long t = System.nanoTime();
            new Loader(store).load(corpus, false);
            loadSeconds = (System.nanoTime() - t) / 1e9;
        }

        Path csv = work.resolve("loadcsv-" + events);
        double csvSeconds;
        try (var store = GraphStore.embedded(csv, corpus)) {
            note.accept("loading the same files with LOAD CSV ... CALL { ... } IN TRANSACTIONS");
            try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
                for (String statement : CypherFiles.statements("schema.cypher")) {
                    session.run(statement).consume();
                }
                long t = System.nanoTime();
                for (String statement : LoadCsvScript.inTransactions(10_000)) {
                    session.run(statement).consume();
                }
                csvSeconds = (System.nanoTime() - t) / 1e9;
            }
        }

        var p50 = new LinkedHashMap<String, Double>();
        var p99 = new LinkedHashMap<String, Double>();
        try (var store = GraphStore.embedded(ours)) {
            note.accept("timing every query of cypher/queries/");
            try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
                for (var example : QueryExamples.ALL) {
                    String text = Queries.text(example.query());
                    Map<String, Object> params = synthetic(example.query(), example.parameters());
                    double[] ms = new double[RUNS];
                    for (int i = 0; i < WARMUP + RUNS; i++) {
                        long t = System.nanoTime();
                        session.executeRead(tx -> tx.run(text, params).consume());
                        if (i >= WARMUP) {
                            ms[i - WARMUP] = (System.nanoTime() - t) / 1e6;
                        }
                    }
                    Arrays.sort(ms);
                    p50.put(example.query(), round(ms[RUNS / 2]));
                    p99.put(example.query(), round(ms[(int) Math.ceil(RUNS * 0.99) - 1]));
                }
            }
        }
        var export = exports(ours, events);
        long peak = heap.peakMb();

        String question = "Who did Official 0-2-0 talk to in June 2022?";
        note.accept("timing a question cold (a new process opens the store)");
        double cold = timeProcess(List.of("ask", question, "--data-dir", ours.toString()));
        note.accept("timing a question against a running serve: a JVM of its own, then through the launcher");
        double[] warm = warmAsk(ours, question);
        return new Figures(events, round(events / loadSeconds), round(events / csvSeconds), round(csvSeconds / loadSeconds),
                p50, p99, round(cold), round(warm[0]), round(warm[1]), export, peak);
    }

    /** Events per second of each export format, from the store our loader filled; the files are deleted after. */
    private Map<String, Double> exports(Path store, int events) throws Exception {
        var rates = new LinkedHashMap<String, Double>();
        Path out = work.resolve("export-" + events);
        try (var graph = GraphStore.embedded(store)) {
            note.accept("exporting as csv, graphml and jsonl");
            rates.put("csv", timed(events, () -> CsvExport.write(graph, out.resolve("csv"), Set.of())));
            rates.put("graphml", timed(events, () -> GraphMlExport.write(graph, out.resolve("graph.graphml"), Set.of())));
            rates.put("jsonl", timed(events, () -> PloverExport.write(graph, out.resolve("events.jsonl"))));
        } finally {
            delete(out);
        }
        return rates;
    }

    private static double timed(int events, Runnable export) {
        long t = System.nanoTime();
        export.run();
        return round(events / ((System.nanoTime() - t) / 1e9));
    }

    /**
     * Typical parameters on the synthetic corpus: what a researcher asks of one actor, one round, one
     * report or one month, not a dump of the whole graph. The actor is a mid-ranked official (about
     * 1% of all events at any size), not the busiest one, whose lists grow with the corpus.
     */
    static Map<String, Object> synthetic(String query, Map<String, Object> params) {
        var out = new LinkedHashMap<String, Object>();
        params.forEach((k, v) -> {
            Object value = v;
            if (v instanceof String s) {
                value = switch (s) {
                    case "person-ryosei-akazawa", "person-howard-lutnick" -> TYPICAL_ACTOR;
                    case "country-japan" -> "country-1";
                    case "sector-automobiles" -> "sector-1";
                    case "gov-japan" -> "gov-1";
                    case "2025-06-28" -> "2022-06-28";
                    default -> s;
                };
            } else if (v instanceof List<?> l && k.equals("ids")) {
                value = List.of(TYPICAL_ACTOR);
            }
            out.put(k, value);
        });
        // the examples that list everything get one round, one official's month, one report, one official's statements instead
        switch (query) {
            case "rounds" -> out.put("round", 3L);
            case "timeline" -> out.putAll(Map.of("actorId", TYPICAL_ACTOR, "from", "2022-06", "to", "2022-06"));
            case "documents" -> out.put("id", "doc_0000100");
            case "statements" -> out.put("actorId", TYPICAL_ACTOR);
            default -> { }
        }
        return out;
    }

    /** A mid-ranked official of the synthetic corpus. */
    static final String TYPICAL_ACTOR = "person-3-1-0";

    /** Runs of the launcher against serve whose median is reported. */
    private static final int LAUNCHER_RUNS = 9;

    /**
     * A question against a running serve: in a JVM of its own over Bolt (the baseline), and through the
     * launcher script, which hands it to serve's JVM (the median of {@value #LAUNCHER_RUNS} runs; NaN
     * without bash or the launcher beside the jar).
     */
    private double[] warmAsk(Path store, String question) throws Exception {
        var serve = start(List.of("serve", "--data-dir", store.toString(), "--bolt-port", String.valueOf(freePort()),
                "--http-port", String.valueOf(freePort())));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (GraphServer.running(store).isEmpty()) {
                if (System.nanoTime() > deadline || !serve.isAlive()) {
                    throw new IllegalStateException("serve did not start");
                }
                Thread.sleep(200);
            }
            while (!Files.exists(store.resolve("serve-cli")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            timeProcess(List.of("ask", question, "--data-dir", store.toString())); // the server's first plans
            double jvm = timeProcess(List.of("ask", question, "--data-dir", store.toString()));
            return new double[] {jvm, launcherMedian(store, question)};
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private double launcherMedian(Path store, String question) throws Exception {
        Path launcher = jar.toAbsolutePath().getParent().getParent().resolve("tariffgraph");
        if (!Files.isRegularFile(launcher)) {
            return Double.NaN;
        }
        var command = List.of("bash", launcher.toString(), "ask", question, "--data-dir", store.toString());
        double[] runs = new double[LAUNCHER_RUNS + 1];
        for (int i = 0; i < runs.length; i++) {
            var pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("TARIFFGRAPH_NO_BUILD", "1");
            long t = System.nanoTime();
            var p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("the launcher failed: " + String.join(" ", command));
            }
            runs[i] = (System.nanoTime() - t) / 1e9;
        }
        var measured = Arrays.copyOfRange(runs, 1, runs.length); // the first warms serve's reader
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private Process start(List<String> args) throws IOException {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // as the launcher runs it: with its class-data archive when one has been recorded
        Path archive = jar.resolveSibling("tariffgraph.jsa");
        if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            command.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=" + archive));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private double timeProcess(List<String> args) throws Exception {
        long t = System.nanoTime();
        var p = start(args);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("tariffgraph " + String.join(" ", args) + " failed");
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** Deletes a scratch folder. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
