package org.tariffgraph.internal.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tariffgraph.internal.load.Schema.Column;
import org.tariffgraph.internal.load.Schema.NodeFile;
import org.tariffgraph.internal.load.Schema.RelFile;

/**
 * Writes {@code cypher/load.cypher}: the same load as the Java loader, as plain {@code LOAD CSV}
 * statements a Browser user can run against a server whose import folder holds our CSV files. It is
 * rendered from {@link Schema}, so it cannot drift from the loader; a test checks that the committed
 * file is current and that running it gives the very graph the Java loader gives.
 */
public final class LoadCsvScript {

    private LoadCsvScript() {}

    /**
     * The same script with each statement run as {@code CALL { … } IN TRANSACTIONS} (to be sent as
     * auto-commit statements), as one would for a large folder.
     */
    public static java.util.List<String> inTransactions(int rows) {
        var out = new java.util.ArrayList<String>();
        for (String statement : org.tariffgraph.internal.db.CypherFiles.split(render())) {
            int at = statement.indexOf(" AS row\n");
            out.add(statement.substring(0, at + 7) + "\nCALL {\n  WITH row\n" + statement.substring(at + 8).replace("\n", "\n  ")
                    + "\n} IN TRANSACTIONS OF " + rows + " ROWS");
        }
        return out;
    }

    public static String render() {
        var out = new StringBuilder();
        out.append("// tariffgraph: the whole load as LOAD CSV, for a Neo4j server whose import folder holds import/*.csv.\n");
        out.append("// Run cypher/schema.cypher first, then these statements in order (Browser: paste the file; cypher-shell -f).\n");
        out.append("// Generated from the loader's schema (org.tariffgraph.internal.load.Schema); do not edit by hand.\n");
        out.append("// Unlike the Java loader, LOAD CSV does not validate: check a folder first with `tariffgraph load --dry-run DIR`.\n");
        for (NodeFile file : Schema.NODES) {
            out.append('\n').append("// Load ").append(file.file()).append(" as :").append(file.label()).append(" nodes\n");
            out.append("LOAD CSV WITH HEADERS FROM 'file:///").append(file.file()).append("' AS row\n");
            out.append("MERGE (n:").append(file.label()).append(" {id: trim(row.id)})\n");
            out.append("SET n = {").append(properties(file.columns().stream()
                    .filter(c -> !Set.of("sources", "evidence", "attributions", "rules").contains(c.name())).toList())).append("}");
            if (file.kindColumn() != null) {
                var labels = new TreeMap<>(file.kindLabels());
                out.append("\nREMOVE n:").append(String.join(":", labels.values().stream().sorted().toList()));
                out.append("\nSET n:$(CASE trim(row.").append(file.kindColumn()).append(")");
                labels.forEach((kind, label) -> out.append(" WHEN '").append(kind).append("' THEN '").append(label).append("'"));
                out.append(" END)");
            }
            out.append(";\n");
            if (file.isFact()) {
                out.append('\n').append("// Load the sources of each :").append(file.label()).append(" as REPORTED_IN relationships\n");
                out.append("LOAD CSV WITH HEADERS FROM 'file:///").append(file.file()).append("' AS row\n");
                reportedIn(out, file);
            }
        }
        for (RelFile file : Schema.RELATIONSHIPS) {
            out.append('\n').append("// Load ").append(file.file()).append(" as :").append(file.type()).append(" relationships\n");
            out.append("LOAD CSV WITH HEADERS FROM 'file:///").append(file.file()).append("' AS row\n");
            out.append(endpoint("a", file.fromLabels(), "row.start", ""));
            out.append(endpoint("b", file.toLabels(), "row.end", "a, "));
            out.append("MERGE (a)-[r:").append(file.type()).append("]->(b)\n");
            out.append("SET r = {").append(properties(file.columns().stream()
                    .filter(c -> !c.name().equals("start") && !c.name().equals("end")).toList())).append("};\n");
        }
        return out.toString();
    }

    /**
     * The REPORTED_IN of each source of a fact, with its span and, where the value for that source is
     * not {@code -}, its attribution and extraction rule ({@code row.rules} is null when the header
     * has no {@code rules} column, as in a curated folder).
     */
    private static void reportedIn(StringBuilder out, NodeFile file) {
        boolean attributed = file.columns().stream().anyMatch(c -> c.name().equals("attributions"));
        out.append("WITH row, split(row.sources, ';') AS documents, split(row.evidence, ';') AS spans")
                .append(attributed ? ", split(coalesce(row.attributions, ''), ';') AS claims" : "")
                .append(", split(coalesce(row.rules, ''), ';') AS rules\n");
        out.append("UNWIND range(0, size(documents) - 1) AS i\n");
        out.append("MATCH (n:").append(file.label()).append(" {id: trim(row.id)})\n");
        out.append("MATCH (d:Document {id: trim(documents[i])})\n");
        out.append("MERGE (n)-[r:REPORTED_IN]->(d)\n");
        out.append("SET r = {evidence: trim(spans[i]), ")
                .append(attributed ? "attribution: " + perSource("claims") + ", " : "")
                .append("rule: ").append(perSource("rules")).append("};\n");
    }

    /** The {@code i}th value of a split one-value-per-source cell, or null where it is {@code -} or missing. */
    private static String perSource(String values) {
        return "CASE WHEN trim(coalesce(" + values + "[i], '-')) IN ['-', ''] THEN null ELSE trim(" + values + "[i]) END";
    }

    /**
     * Finds one end of a relationship. With one possible label it is a plain index lookup; with
     * several, one lookup per label (a label disjunction such as {@code (a:Person|Government {id: …})}
     * cannot use an index and scans every node of both labels for each row).
     */
    private static String endpoint(String variable, java.util.Set<String> labels, String cell, String carried) {
        var sorted = labels.stream().sorted().toList();
        if (sorted.size() == 1) {
            return "MATCH (" + variable + ":" + sorted.get(0) + " {id: trim(" + cell + ")})\n";
        }
        var out = new StringBuilder();
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < sorted.size(); i++) {
            String name = variable + i;
            names.add(name);
            out.append("OPTIONAL MATCH (").append(name).append(":").append(sorted.get(i)).append(" {id: trim(").append(cell).append(")})\n");
        }
        out.append("WITH row, ").append(carried).append("coalesce(").append(String.join(", ", names)).append(") AS ").append(variable)
                .append(" WHERE ").append(variable).append(" IS NOT NULL\n");
        return out.toString();
    }

    private static String properties(List<Column> columns) {
        return "\n    " + columns.stream().map(c -> c.name() + ": " + expression(c)).collect(Collectors.joining(",\n    ")) + "\n";
    }

    /** The Cypher that turns one CSV cell into the value the Java loader stores (null for an empty cell). */
    static String expression(Column c) {
        String cell = "row." + c.name();
        String trimmed = "trim(" + cell + ")";
        String value = switch (c.type()) {
            case COUNT -> "toInteger(" + trimmed + ")";
            case PERCENT -> "toFloat(" + trimmed + ")";
            case BOOLEAN -> "toBoolean(" + trimmed + ")";
            case LIST -> "[v IN split(" + cell + ", ';') WHERE trim(v) <> '' | trim(v)]";
            // a list cell of separators only is no value, as in the Java loader
            case SPANS, PER_SOURCE -> "[v IN split(" + cell + ", ';') | trim(v)]";
            default -> trimmed;
        };
        String content = c.type() == Schema.Type.LIST ? "replace(coalesce(" + cell + ", ''), ';', '')" : "coalesce(" + cell + ", '')";
        return "CASE WHEN trim(" + content + ") = '' THEN null ELSE " + value + " END";
    }

    /** For documentation: the columns of every file. */
    public static Map<String, List<String>> columnsByFile() {
        var map = new TreeMap<String, List<String>>();
        Schema.NODES.forEach(f -> map.put(f.file(), f.columns().stream().map(Column::name).toList()));
        Schema.RELATIONSHIPS.forEach(f -> map.put(f.file(), f.columns().stream().map(Column::name).toList()));
        return map;
    }
}
