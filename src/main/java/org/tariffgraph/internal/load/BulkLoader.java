package org.tariffgraph.internal.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.db.StagedImport;
import org.tariffgraph.internal.load.Schema.Column;

/**
 * The fast path for a large folder into an empty embedded store (or one being replaced): each row is
 * validated and written straight to the files of Neo4j's offline importer, keeping only the ids in
 * memory; the importer builds a new database beside the live one, the schema is created on it, and it
 * is swapped in whole. Memory does not grow with the rows, no transaction holds the folder, and a
 * failure at any step leaves the live database as it was.
 */
final class BulkLoader {

    /** Columns that never become node properties: {@code sources}, {@code evidence}, {@code attributions} and {@code rules} become REPORTED_IN. */
    private static final Set<String> NOT_NODE_PROPERTIES = Set.of("id", "sources", "evidence", "attributions", "rules");

    private final GraphStore store;
    private final Loader.Progress progress;

    BulkLoader(GraphStore store, Loader.Progress progress) {
        this.store = store;
        this.progress = progress;
    }

    Loader.Result load(Path dir, boolean replace) {
        long totalRows = estimateRows(dir);
        long started = System.nanoTime();
        try (var staged = StagedImport.begin(store.home())) {
            var sink = new Sink(staged, totalRows, started);
            ImportReader.stream(dir, sink); // throws, and the staging is discarded, if anything is wrong
            progress.written(sink.rows(), sink.rows(), elapsed(started));
            progress.stage("building the new database with Neo4j's importer, then its indexes");
            try (var log = new PrintStream(Files.newOutputStream(store.home().resolve("logs").resolve("import.log")), true)) {
                staged.build(CypherFiles.statements("schema.cypher"), log);
            }
            progress.stage("swapping the new database in");
            store.replaceDatabase(staged);
            return new Loader.Result(sink.nodes, sink.relationships, replace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Lines in the folder's CSV files less their headers: the rows to expect, for the progress line. */
    static long estimateRows(Path dir) {
        long rows = 0;
        for (String file : Schema.files()) {
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try (var in = Files.newInputStream(path)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            rows++;
                        }
                    }
                }
                rows--; // the header
            } catch (IOException e) {
                // the read reports the file properly
            }
        }
        return Math.max(rows, 0);
    }

    /** The importer's column type of a schema column. */
    static String importerType(Schema.Type type) {
        return switch (type) {
            case TEXT, CHOICE, DATE -> "string";
            case COUNT -> "long";
            case PERCENT -> "double";
            case BOOLEAN -> "boolean";
            case LIST, SPANS, PER_SOURCE -> "string[]";
        };
    }

    /** Writes each validated row to the importer file of its label or relationship type. */
    private final class Sink implements ImportReader.RowSink {
        private final StagedImport staged;
        private final long totalRows;
        private final long started;
        private final Map<String, List<String>> nodeColumns = new LinkedHashMap<>();
        private final Map<String, List<String>> relColumns = new LinkedHashMap<>();
        int nodes;
        int relationships;

        Sink(StagedImport staged, long totalRows, long started) {
            this.staged = staged;
            this.totalRows = totalRows;
            this.started = started;
            for (var file : Schema.NODES) {
                var columns = new LinkedHashMap<String, String>();
                for (Column c : file.columns()) {
                    if (!NOT_NODE_PROPERTIES.contains(c.name())) {
                        columns.put(c.name(), importerType(c.type()));
                    }
                }
                nodeColumns.put(file.label(), List.copyOf(columns.keySet()));
                staged.nodeFile(file.label(), columns);
            }
            relColumns.put("REPORTED_IN", List.of("evidence", "attribution", "rule"));
            var reportedIn = new LinkedHashMap<String, String>();
            reportedIn.put("evidence", "string");
            reportedIn.put("attribution", "string");
            reportedIn.put("rule", "string");
            staged.relationshipFile("REPORTED_IN", reportedIn);
            for (var file : Schema.RELATIONSHIPS) {
                var columns = new LinkedHashMap<String, String>();
                for (Column c : file.columns()) {
                    if (!c.name().equals("start") && !c.name().equals("end")) {
                        columns.put(c.name(), importerType(c.type()));
                    }
                }
                relColumns.put(file.type(), List.copyOf(columns.keySet()));
                staged.relationshipFile(file.type(), columns);
            }
        }

        long rows() {
            return (long) nodes + relationships;
        }

        @Override
        public void node(String label, String id, Map<String, Object> props, List<String> labels, List<String> dropLabels) {
            var row = new ArrayList<Object>();
            row.add(id);
            var all = new ArrayList<String>(labels.size() + 1);
            all.add(label);
            all.addAll(labels);
            row.add(String.join(";", all));
            for (String column : nodeColumns.get(label)) {
                row.add(props.get(column));
            }
            staged.row(label, row);
            nodes++;
            tick();
        }

        @Override
        public void relationship(String type, String startLabel, String endLabel, String start, String end, Map<String, Object> props) {
            var row = new ArrayList<Object>();
            row.add(start);
            row.add(end);
            row.add(type);
            for (String column : relColumns.get(type)) {
                row.add(props.get(column));
            }
            staged.row(type, row);
            relationships++;
            tick();
        }

        private void tick() {
            long rows = rows();
            if (rows % 10_000 == 0) {
                progress.written(rows, Math.max(rows, totalRows), elapsed(started));
            }
        }
    }
}
