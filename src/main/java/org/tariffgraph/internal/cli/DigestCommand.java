package org.tariffgraph.internal.cli;

import java.util.List;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.query.Digest;
import picocli.CommandLine.Command;

@Command(name = "digest", description = "A canonical SHA-256 of the whole graph, independent of internal ids and write order.")
final class DigestCommand extends GraphCommand {
    @Override
    int run(GraphStore store) {
        var d = new Digest(store).compute();
        output().table(List.of("sha256", "nodes", "relationships"), List.of(List.of(d.sha256(), d.nodes(), d.relationships())));
        return ExitCodes.OK;
    }
}
