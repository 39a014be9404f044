package org.tariffgraph.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Cypher shipped from the project's {@code cypher/} folder (copied onto the classpath by
 * the build), so that the CLI, the Java API and a Browser user run the very same text.
 */
public final class CypherFiles {

    private CypherFiles() {}

    /** The text of {@code cypher/<path>}. */
    public static String read(String path) {
        try (InputStream in = CypherFiles.class.getResourceAsStream("/cypher/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher file cypher/" + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: split on {@code ;} at line ends, {@code //} comment lines dropped. */
    public static List<String> statements(String path) {
        return split(read(path));
    }

    /** The statements of a script's text, as {@link #statements(String)} splits them. */
    public static List<String> split(String script) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
