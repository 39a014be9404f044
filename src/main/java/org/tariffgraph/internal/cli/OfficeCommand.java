package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "office", description = "Who held which office, and since when as far as the sources tell.")
final class OfficeCommand extends GraphCommand {

    @Option(names = "--title", paramLabel = "TEXT", description = "Offices whose title contains this text (e.g. \"Commerce\").")
    String title;

    @Option(names = "--person", paramLabel = "NAME", description = "Offices of this person (id, name, surname or alias).")
    String person;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "Only holdings that cover this ISO date (2025-06-28, 2025-06).")
    String asOf;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        String personId = idOf(queries, person, java.util.List.of("Person"), "person");
        return print(queries.office(title, personId, asOf), OfficeHolding.class);
    }
}
