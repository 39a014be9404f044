package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.DocumentInfo;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "documents", description = "The reports: publisher, author, date and its precision, whom they cite, how many facts they support.")
final class DocumentsCommand extends GraphCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "One document's id (default: all).")
    String id;

    @Override
    int run(GraphStore store) {
        return print(new Queries(store).documents(id), DocumentInfo.class);
    }
}
