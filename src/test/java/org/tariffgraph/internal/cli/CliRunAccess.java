package org.tariffgraph.internal.cli;

/** Lets tests outside this package run the command line with captured output. */
public final class CliRunAccess {

    /** Exit code and captured streams. */
    public record Result(int code, String out, String err) {}

    private CliRunAccess() {}

    public static Result run(String... args) {
        var r = CliRun.of(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
