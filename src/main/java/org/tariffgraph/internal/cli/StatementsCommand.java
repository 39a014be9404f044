package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Statement;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.StatementFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statements", description = "Who said what, and what each side holds: speakers, quoted words, date, attribution and sources "
        + "(the passages too when the article texts are at hand, --documents).")
final class StatementsCommand extends GraphCommand {

    @Option(names = "--by", paramLabel = "A", description = "Only what this person or government said or holds.")
    String by;

    @Option(names = "--about", paramLabel = "TEXT", description = "Only statements whose words, summary or subjects contain TEXT.")
    String about;

    @Option(names = "--from", paramLabel = "DATE", converter = Dates.class, description = "Only statements on or after DATE (stances have no date).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", converter = Dates.class, description = "Only statements on or before DATE.")
    String to;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        var rows = queries.statements(new StatementFilter(actorId(queries, by), about, from, to));
        var texts = passages(queries);
        return print(texts.isPresent() ? texts.get().fillStatements(rows) : rows, Statement.class);
    }
}
