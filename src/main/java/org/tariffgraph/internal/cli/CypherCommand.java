package org.tariffgraph.internal.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.query.CypherRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cypher", description = "Run a read-only Cypher query; queries that would write are refused unless --write is given.")
final class CypherCommand extends GraphCommand {

    @Parameters(paramLabel = "QUERY", description = "The Cypher text; use $name for values and pass them with --param.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter; numbers, true/false and null are typed, anything else is text. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--write", description = "Allow a query that changes the graph.")
    boolean write;

    @Override
    int run(GraphStore store) {
        var values = new LinkedHashMap<String, Object>();
        params.forEach((k, v) -> values.put(k, typed(v)));
        var table = new CypherRunner(store).run(query, values, write);
        output().table(table.columns(), table.rows());
        return ExitCodes.OK;
    }

    static Object typed(String v) {
        if (v.equals("null")) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("-?\\d{1,18}")) {
            return Long.valueOf(v);
        }
        if (v.matches("-?\\d+\\.\\d+")) {
            return Double.valueOf(v);
        }
        return v;
    }
}
