package org.tariffgraph.internal.cli;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tariffgraph.internal.db.GraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
        "Run the knowledge base as a local Neo4j server with Neo4j Browser, until Ctrl-C.",
        "Other commands then reach it over Bolt on their own."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--http-port", defaultValue = "7474", description = "HTTP port of Neo4j Browser and the HTTP API (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--listen", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String listen;

    @Option(names = "--no-auth", description = "Let anyone who can reach the ports in without a password (for local demos only).")
    boolean noAuth;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var dataDir = main.global.dataDir != null ? main.global.dataDir : GraphCommand.Locations.dataDir();
        if (!InetAddress.getByName(listen).isLoopbackAddress()) {
            err.println("tariffgraph: warning: listening on " + listen + ": other machines can reach this server"
                    + (noAuth ? " and, with --no-auth, read and change the graph without a password" : ""));
        }
        var secret = noAuth ? null : GraphServer.password(dataDir);
        var serving = Serving.start(dataDir, listen, boltPort, httpPort, !noAuth, secret == null ? null : secret.getKey(),
                GraphCommand.Locations.importDir(), err);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.close();
            stopped.countDown();
        }, "tariffgraph-serve-shutdown"));
        out.println("tariffgraph is serving " + dataDir.toAbsolutePath());
        out.println("  Neo4j Browser: " + serving.location().browserUrl());
        out.println("  Bolt:          " + serving.location().boltUri());
        if (noAuth) {
            out.println("  Login:         none (--no-auth: anyone who reaches the ports can read and change the graph)");
        } else if (secret.getValue()) {
            out.println("  Login:         user neo4j, password " + secret.getKey() + " (shown once; kept in "
                    + dataDir.resolve(GraphServer.PASSWORD_FILE) + ", readable by you only)");
        } else {
            out.println("  Login:         user neo4j, password from " + (System.getenv("NEO4J_PASSWORD") != null ? "$NEO4J_PASSWORD"
                    : dataDir.resolve(GraphServer.PASSWORD_FILE)));
        }
        out.println("  Guide:         :guide " + serving.guideUrl() + "  (opens by itself when Browser connects)");
        out.println("  Other commands in another terminal now use this server; Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
