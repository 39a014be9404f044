package org.tariffgraph.internal.cli;

import java.util.Map;
import java.util.stream.Collectors;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.QueryExamples;

/**
 * The Neo4j Browser guide of tariffgraph, rendered from cypher/queries/ itself: one slide on the
 * model, then one slide per canned question with its parameters and its exact query text, so the
 * guide can never drift from what the command line runs.
 */
final class Guide {

    private Guide() {}

    static String html() {
        var sb = new StringBuilder();
        sb.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        sb.append("""
                <slide class="row-fluid">
                  <div class="col-sm-3"><h3>tariffgraph</h3>
                    <p class="lead">The 2025 US&ndash;Japan tariff talks: who negotiated what with whom, and when.</p></div>
                  <div class="col-sm-9">
                    <p>People hold offices of governments; they take part in events (phone calls, meetings, negotiation
                    rounds, statements, trips, summits, tariff actions). Tariffs stack through COMPONENT_OF; bargaining chips
                    seek relief from tariffs. Every fact points to the reports that state it (REPORTED_IN, with a character
                    span as evidence).</p>
                    <p>Each next slide is one of the questions the command line answers, with the very query it runs. Click
                    the parameters block first, then the query.</p>
                  </div>
                </slide>
                """);
        for (var example : QueryExamples.ALL) {
            if (example.query().startsWith("digest")) {
                continue;
            }
            sb.append("<slide class=\"row-fluid\">\n  <div class=\"col-sm-3\"><h3>").append(escape(example.title()))
                    .append("</h3>\n    <p class=\"lead\">cypher/queries/").append(example.query()).append(".cypher</p></div>\n")
                    .append("  <div class=\"col-sm-9\">\n");
            if (!example.parameters().isEmpty()) {
                sb.append("    <figure><pre class=\"pre-scrollable code runnable\">:params ").append(escape(params(example.parameters())))
                        .append("</pre><figcaption>Set the parameters</figcaption></figure>\n");
            }
            sb.append("    <figure><pre class=\"pre-scrollable code runnable\" data-query=\"").append(example.query()).append("\">")
                    .append(escape(Queries.text(example.query()).strip())).append("</pre><figcaption>Run the question</figcaption></figure>\n")
                    .append("  </div>\n</slide>\n");
        }
        sb.append("</carousel>\n</article>\n");
        return sb.toString();
    }

    /** Parameters in Browser's :params syntax. */
    static String params(Map<String, Object> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + ": " + literal(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof java.util.List<?> l) {
            return l.stream().map(Guide::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
