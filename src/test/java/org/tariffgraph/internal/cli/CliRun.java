package org.tariffgraph.internal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its output captured. */
record CliRun(int code, String out, String err) {

    /** A run against the Neo4j at {@code boltUri} (the arguments, then {@code --uri boltUri}). */
    static CliRun against(String boltUri, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--uri");
        all.add(boltUri);
        return of(all.toArray(String[]::new));
    }

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
