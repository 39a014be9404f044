package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "negotiations", description = "The calls, meetings, rounds and summits, with date and its precision, participants and sources.")
final class NegotiationsCommand extends GraphCommand {

    @Option(names = "--actor", paramLabel = "A", description = "Only events this person or government took part in.")
    String actor;

    @Option(names = "--with", paramLabel = "B", description = "Only events this other person or government also took part in.")
    String with;

    @Option(names = "--from", paramLabel = "DATE", converter = Dates.class, description = "Events on or after this ISO date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", converter = Dates.class, description = "Events on or before this ISO date.")
    String to;

    @Option(names = "--place", paramLabel = "TEXT", description = "Only events whose place contains this text (e.g. Washington).")
    String place;

    @Option(names = "--round", paramLabel = "N", description = "Round N and the events that are part of it.")
    Long round;

    enum Kind {
        call("PhoneCall"), meeting("Meeting"), round("NegotiationRound"), summit("Summit"), statement("Statement"),
        trip("Trip"), action("TariffAction");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds (${COMPLETION-CANDIDATES}); default: calls, meetings, rounds and summits.")
    java.util.List<Kind> kinds;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        var filter = new NegotiationFilter(actorId(queries, actor), actorId(queries, with),
                from, to, round, kinds == null ? null : kinds.stream().map(k -> k.label).toList(), null, null, place, null);
        return print(queries.negotiations(filter), Negotiation.class);
    }
}
