package org.tariffgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.ImportWriter;
import org.tariffgraph.internal.load.Schema;
import org.tariffgraph.internal.load.Schema.Column;
import org.tariffgraph.internal.load.Schema.NodeFile;
import org.tariffgraph.internal.load.Schema.RelFile;

/**
 * The graph as an import folder: one CSV file per label and relationship type, in {@code import/}'s own
 * format, so that loading the export gives back the same graph (the same {@code digest}). A fact's
 * sources, spans, attributions and extraction rules come back from its REPORTED_IN relationships.
 */
public final class CsvExport {

    /** Columns of a fact file that are its REPORTED_IN relationships, not its properties. */
    private static final Set<String> PROVENANCE = Set.of("sources", "evidence", "attributions", "rules");

    private CsvExport() {}

    /**
     * Writes the graph (or, with {@code labels}, the nodes carrying one of them, the relationships
     * between such nodes, and always the documents their sources need) into the folder {@code dir}.
     * The files are written apart and moved in when all are complete; files of the same names already
     * in the folder are replaced, others kept.
     *
     * @param store the graph to export
     * @param dir the folder to write, created if it does not exist
     * @param labels the node labels to keep, e.g. {@code Person} or {@code Tariff}; null or empty for the
     *        whole graph
     * @return how many nodes, relationships and rows were written
     * @throws ExportException if the folder cannot be written (or is a file), or a node or relationship
     *         has a property its file has no column for
     * @throws UncheckedIOException if a row cannot be written; the folder is left as it was
     */
    public static Counts write(GraphStore store, Path dir, Set<String> labels) {
        Set<String> selected = labels == null || labels.isEmpty() ? null : withDocuments(labels);
        return Destinations.folder(dir, temporary -> {
            try (var graph = new GraphStream(store)) {
                Counts counts = new Counts(0, 0, 0);
                for (NodeFile file : Schema.NODES) {
                    counts = counts.plus(nodes(graph, file, selected, temporary));
                }
                for (RelFile file : Schema.RELATIONSHIPS) {
                    counts = counts.plus(relationships(graph, file, selected, temporary));
                }
                return counts;
            }
        });
    }

    private static Set<String> withDocuments(Set<String> labels) {
        var all = new java.util.HashSet<>(labels);
        all.add("Document");
        return all;
    }

    private static Counts nodes(GraphStream graph, NodeFile file, Set<String> labels, Path dir) throws IOException {
        long[] n = new long[2];
        try (var out = ImportWriter.open(dir, file.file())) {
            graph.nodes(file.label(), labels, node -> {
                n[0]++;
                n[1] += node.get("sources").size();
                write(out, nodeRow(file, node));
            });
        }
        return new Counts(n[0], n[1], n[0]);
    }

    private static Counts relationships(GraphStream graph, RelFile file, Set<String> labels, Path dir) throws IOException {
        long[] n = new long[1];
        try (var out = ImportWriter.open(dir, file.file())) {
            graph.relationships(file.type(), labels, rel -> {
                n[0]++;
                var row = cells(file.file(), rel.get("start").asString() + " → " + rel.get("end").asString(), file.columns(),
                        rel.get("props").asMap(), Set.of());
                row.put("start", rel.get("start").asString());
                row.put("end", rel.get("end").asString());
                write(out, row);
            });
        }
        return new Counts(0, n[0], n[0]);
    }

    private static void write(ImportWriter.FileRows out, Map<String, String> row) {
        try {
            out.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node's row: its properties as cells, and its sources (with spans, attributions and rules) as the provenance cells. */
    private static Map<String, String> nodeRow(NodeFile file, Record node) {
        String id = node.get("id").asString();
        var row = cells(file.file(), id, file.columns(), node.get("props").asMap(), PROVENANCE);
        var sources = node.get("sources").asList(v -> v.asMap());
        if (file.isFact()) {
            row.put("sources", join(sources, "document"));
            row.put("evidence", join(sources, "evidence"));
            putClaims(row, file, "attributions", sources, "attribution");
            putClaims(row, file, "rules", sources, "rule");
        }
        return row;
    }

    /** One value per source, {@code -} for a source that has none; an empty cell when no source has one. */
    private static void putClaims(Map<String, String> row, NodeFile file, String column, List<Map<String, Object>> sources, String key) {
        boolean hasColumn = file.columns().stream().anyMatch(c -> c.name().equals(column));
        if (hasColumn && sources.stream().anyMatch(s -> s.get(key) != null)) {
            row.put(column, sources.stream().map(s -> s.get(key) == null ? "-" : s.get(key).toString()).collect(Collectors.joining(";")));
        }
    }

    private static String join(List<Map<String, Object>> sources, String key) {
        return sources.stream().map(s -> String.valueOf(s.get(key))).collect(Collectors.joining(";"));
    }

    /** Every property as the cell text of its column; a property with no column would be lost, so it is refused. */
    private static Map<String, String> cells(String file, String what, List<Column> columns, Map<String, Object> props, Set<String> skip) {
        var byName = columns.stream().collect(Collectors.toMap(Column::name, c -> c));
        var row = new HashMap<String, String>();
        for (var property : props.entrySet()) {
            Column column = byName.get(property.getKey());
            if (column == null || skip.contains(column.name())) {
                throw new ExportException(what + " has a property '" + property.getKey() + "' that " + file
                        + " has no column for; the export would lose it (remove it, or add the column to the schema)");
            }
            row.put(column.name(), cell(column, property.getValue()));
        }
        return row;
    }

    /** A property value as the text {@code ImportReader} reads back to the same value. */
    static String cell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case LIST, SPANS, PER_SOURCE -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(";"));
            case PERCENT -> BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
            default -> String.valueOf(value);
        };
    }
}
