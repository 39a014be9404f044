package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.load.Schema;
import org.tariffgraph.internal.load.Schema.Column;

/**
 * Reads the graph back into import rows, so the extractor and the merge see the graph exactly as a
 * CSV folder would show it, whether it was loaded from import/ or grew by earlier ingests.
 */
public final class GraphRows {

    private GraphRows() {}

    public static KnownGraph read(GraphStore store) {
        var rows = new LinkedHashMap<String, List<Map<String, String>>>();
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            for (var file : Schema.NODES) {
                String cypher = CypherFiles.read("ingest/known-nodes.cypher").replace("{label}", file.label());
                rows.put(file.file(), session.executeRead(tx -> tx.run(cypher).list(r -> node(file, r))));
            }
            for (var file : Schema.RELATIONSHIPS) {
                String cypher = CypherFiles.read("ingest/known-relationships.cypher").replace("{type}", file.type());
                rows.put(file.file(), session.executeRead(tx -> tx.run(cypher).list(r -> relationship(file, r))));
            }
        }
        return new KnownGraph(rows);
    }

    private static Map<String, String> node(Schema.NodeFile file, Record r) {
        var row = new LinkedHashMap<String, String>();
        var props = r.get("props");
        for (Column c : file.columns()) {
            row.put(c.name(), cell(props.get(c.name())));
        }
        var docs = new ArrayList<String>();
        var spans = new ArrayList<String>();
        var attributions = new ArrayList<String>();
        var rules = new ArrayList<String>();
        for (Value s : r.get("sources").values()) {
            docs.add(s.get("document").asString());
            spans.add(s.get("evidence").asString());
            attributions.add(s.get("attribution").isNull() ? "-" : s.get("attribution").asString());
            rules.add(s.get("rule").isNull() ? "-" : s.get("rule").asString());
        }
        if (file.isFact()) {
            row.put("sources", String.join(";", docs));
            row.put("evidence", String.join(";", spans));
            row.put("rules", allDashes(rules) ? "" : String.join(";", rules));
            if (row.containsKey("attributions")) {
                row.put("attributions", allDashes(attributions) ? "" : String.join(";", attributions));
            }
        }
        return row;
    }

    private static Map<String, String> relationship(Schema.RelFile file, Record r) {
        var row = new LinkedHashMap<String, String>();
        row.put("start", r.get("start").asString());
        row.put("end", r.get("end").asString());
        var props = r.get("props");
        for (Column c : file.columns()) {
            if (!c.name().equals("start") && !c.name().equals("end")) {
                row.put(c.name(), cell(props.get(c.name())));
            }
        }
        return row;
    }

    /** A property as the CSV cell that would load it again. */
    static String cell(Value v) {
        if (v == null || v.isNull()) {
            return "";
        }
        String type = v.type().name();
        if (type.startsWith("LIST")) {
            return String.join(";", v.asList(GraphRows::cell));
        }
        return switch (type) {
            case "FLOAT" -> Cells.number(v.asDouble());
            case "INTEGER" -> String.valueOf(v.asLong());
            case "BOOLEAN" -> String.valueOf(v.asBoolean());
            default -> v.asString();
        };
    }

    private static boolean allDashes(List<String> values) {
        return values.stream().allMatch("-"::equals);
    }
}
