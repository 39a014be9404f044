package org.tariffgraph;

/**
 * What was asked for cannot be done as asked: an option value that makes no sense (a chart file that
 * is neither PNG nor SVG, a folder with no reports), or a request the target cannot serve (a bulk load
 * into a server). The message is one line that says what to change. The command line answers it with
 * exit code 2, as it answers a wrong option.
 */
public class InvalidRequestException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message one line that says what to change
     */
    public InvalidRequestException(String message) {
        super(message);
    }
}
