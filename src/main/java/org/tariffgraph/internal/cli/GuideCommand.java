package org.tariffgraph.internal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "guide", description = "Print the Neo4j Browser guide (HTML, generated from cypher/queries) for hosting next to your own server.")
final class GuideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Guide.html());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
