package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Actor;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "actors", description = "Who the actors are: people, governments, countries and organizations.")
final class ActorsCommand extends GraphCommand {

    enum Type { person, government, country, organization }

    @Option(names = "--type", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Type type;

    @Override
    int run(GraphStore store) {
        return print(new Queries(store).actors(type == null ? null : type.name()), Actor.class);
    }
}
