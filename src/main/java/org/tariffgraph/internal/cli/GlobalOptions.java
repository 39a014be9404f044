package org.tariffgraph.internal.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after its name. Connection settings default to the
 * standard Neo4j environment variables; a password is never taken from the command line itself.
 */
final class GlobalOptions {

    /** How a command prints; graphml and jsonl are for {@code export} only, table and json for the others. */
    enum Format { table, json, csv, graphml, jsonl }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the embedded store and its logs (default: $TARIFFGRAPH_DATA, else data/ in the project, else ~/.tariffgraph).")
    Path dataDir;

    @Option(names = "--uri", scope = ScopeType.INHERIT, paramLabel = "URI",
            description = "Use the Neo4j server at this address (neo4j://, bolt://, neo4j+s://) instead of the embedded store (default: $NEO4J_URI).")
    String uri;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "User name for --uri (default: $NEO4J_USERNAME, else neo4j). The password comes from $NEO4J_PASSWORD, or is asked for.")
    String user;

    @Option(names = "--database", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Database on the server (default: $NEO4J_DATABASE, else neo4j).")
    String database;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "Output: table, json or csv (default: table); for export: graphml, jsonl or csv.")
    Format format = Format.table;

    @Option(names = "--documents", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the article texts (<document id>.txt), to show the passages behind facts (default: $TARIFFGRAPH_DOCUMENTS).")
    Path documents;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    static boolean verbose(CommandLine cli) {
        for (CommandLine c = cli; c != null; c = c.getParent()) {
            var spec = c.getCommandSpec().findOption("--verbose");
            if (spec != null && Boolean.TRUE.equals(spec.getValue())) {
                return true;
            }
        }
        return false;
    }
}
