package org.tariffgraph.export;

import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.Value;
import org.tariffgraph.internal.load.Schema;
import org.tariffgraph.internal.load.Schema.Column;
import org.tariffgraph.internal.db.GraphStore;

/**
 * The graph as GraphML (http://graphml.graphdrawing.org/) for Gephi, Cytoscape, yEd and networkx,
 * written with the JDK's StAX writer. Every attribute key is declared once with its type, taken from
 * the schema: counts are {@code long}, rates {@code double}, flags {@code boolean}; text, dates
 * (ISO, possibly partial: {@code 2025-06}) and lists are {@code string}, a list joined with {@code ;}
 * as in the import files. A node carries {@code labels} ({@code :Event:PhoneCall}) and {@code label},
 * its name, which Gephi shows; an edge carries {@code type}. A fact's sources are REPORTED_IN edges to
 * its documents, with the span ({@code evidence}), the attribution and the extraction rule.
 */
public final class GraphMlExport {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final Set<String> PROVENANCE = Set.of("sources", "evidence", "attributions", "rules");
    private static final Map<String, String> NODE_KEYS = nodeKeys();
    private static final Map<String, String> EDGE_KEYS = edgeKeys();

    private GraphMlExport() {}

    /**
     * Writes the graph, or only the nodes carrying one of {@code labels} and the edges between them, to
     * {@code target}. The file is written apart and moved into place when complete.
     *
     * @param store the graph to export
     * @param target the file to write; its folder is created and a file already there replaced
     * @param labels the node labels to keep, e.g. {@code Person} or {@code Event}; null or empty for the
     *        whole graph
     * @return how many nodes and edges were written ({@code records} is their sum)
     * @throws ExportException if the file cannot be written, or a property is not in the schema
     */
    public static Counts write(GraphStore store, Path target, Set<String> labels) {
        return Destinations.file(target, out -> write(store, out, labels));
    }

    /**
     * As {@link #write(GraphStore, Path, Set)}, onto a writer (left open).
     *
     * @param store the graph to export
     * @param out where the XML goes; flushed at the end, not closed
     * @param labels the node labels to keep; null or empty for the whole graph
     * @return how many nodes and edges were written ({@code records} is their sum)
     * @throws ExportException if the writer fails, or a property is not in the schema
     */
    public static Counts write(GraphStore store, Writer out, Set<String> labels) {
        Set<String> selected = labels == null || labels.isEmpty() ? null : labels;
        try (var graph = new GraphStream(store)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            keys(xml, "node", NODE_KEYS);
            keys(xml, "edge", EDGE_KEYS);
            xml.writeCharacters("\n");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "tariffgraph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            long[] n = new long[2];
            for (var file : Schema.NODES) {
                graph.nodes(file.label(), selected, node -> {
                    n[0]++;
                    uncheck(() -> node(xml, node.get("id").asString(), node.get("labels").asList(Value::asString), node.get("props").asMap()));
                });
            }
            for (String type : edgeTypes()) {
                graph.relationships(type, selected, rel -> {
                    n[1]++;
                    uncheck(() -> edge(xml, "e" + n[1], type, rel.get("start").asString(), rel.get("end").asString(), rel.get("props").asMap()));
                });
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            return new Counts(n[0], n[1], n[0] + n[1]);
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static List<String> edgeTypes() {
        var types = new java.util.ArrayList<String>();
        Schema.RELATIONSHIPS.forEach(f -> types.add(f.type()));
        types.add("REPORTED_IN");
        return types;
    }

    private static void node(XMLStreamWriter xml, String id, List<String> labels, Map<String, Object> props) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(xml, "labels", NODE_KEYS, labels.stream().sorted((a, b) -> a.equals("Event") ? -1 : b.equals("Event") ? 1 : a.compareTo(b))
                .map(l -> ":" + l).collect(Collectors.joining()));
        data(xml, "label", NODE_KEYS, props.get("name"));
        for (var p : new java.util.TreeMap<>(props).entrySet()) {
            data(xml, p.getKey(), NODE_KEYS, p.getValue());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void edge(XMLStreamWriter xml, String id, String type, String source, String target, Map<String, Object> props)
            throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", source);
        xml.writeAttribute("target", target);
        data(xml, "type", EDGE_KEYS, type);
        for (var p : new java.util.TreeMap<>(props).entrySet()) {
            data(xml, p.getKey(), EDGE_KEYS, p.getValue());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String name, Map<String, String> keys, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        if (!keys.containsKey(name)) {
            throw new ExportException("the property '" + name + "' is not in the schema, so GraphML has no key declared for it");
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", keyId(keys == NODE_KEYS ? "node" : "edge", name));
        xml.writeCharacters(text(value));
        xml.writeEndElement();
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static void keys(XMLStreamWriter xml, String domain, Map<String, String> keys) throws XMLStreamException {
        for (var key : keys.entrySet()) {
            xml.writeCharacters("\n");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", keyId(domain, key.getKey()));
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", key.getKey());
            xml.writeAttribute("attr.type", key.getValue());
        }
    }

    private static String keyId(String domain, String name) {
        return (domain.equals("node") ? "n_" : "e_") + name;
    }

    /** Property name → GraphML type over every node file (provenance columns are edges, not properties). */
    private static Map<String, String> nodeKeys() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("labels", "string");
        keys.put("label", "string");
        Schema.NODES.forEach(f -> f.columns().stream().filter(c -> !PROVENANCE.contains(c.name())).forEach(c -> declare(keys, c)));
        return keys;
    }

    /** Property name → GraphML type over every relationship file, and the properties of REPORTED_IN. */
    private static Map<String, String> edgeKeys() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("type", "string");
        Schema.RELATIONSHIPS.forEach(f -> f.columns().stream().filter(c -> !c.name().equals("start") && !c.name().equals("end"))
                .forEach(c -> declare(keys, c)));
        keys.putIfAbsent("attribution", "string");
        keys.putIfAbsent("rule", "string");
        return keys;
    }

    /** Declares a column's key; a name typed differently in two files falls back to string. */
    private static void declare(Map<String, String> keys, Column column) {
        String type = switch (column.type()) {
            case COUNT -> "long";
            case PERCENT -> "double";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        keys.merge(column.name(), type, (a, b) -> a.equals(b) ? a : "string");
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void uncheck(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }
}
