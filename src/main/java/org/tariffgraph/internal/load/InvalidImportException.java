package org.tariffgraph.internal.load;

import java.util.List;
import java.util.stream.Collectors;

/** An import folder that failed validation; nothing was written. Carries every problem found. */
public final class InvalidImportException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
