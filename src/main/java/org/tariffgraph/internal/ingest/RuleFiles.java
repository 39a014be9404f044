package org.tariffgraph.internal.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The extractor's dictionaries: plain text files under {@code src/main/resources/ingest/} that a
 * newcomer can read and extend without touching Java (the way event coders keep their verb and actor
 * dictionaries). Each line holds fields separated by {@code |}; {@code #} starts a comment.
 */
final class RuleFiles {

    private RuleFiles() {}

    /** The rows of {@code ingest/<name>}, each split on {@code |} and trimmed. */
    static List<List<String>> rows(String name) {
        return rows(name, -1);
    }

    /**
     * The rows of {@code ingest/<name>} split into at most {@code fields} fields: the last one keeps any
     * further {@code |}, so a regular expression can end a line.
     */
    static List<List<String>> rows(String name, int fields) {
        try (InputStream in = RuleFiles.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file ingest/" + name + " on the classpath");
            }
            var out = new ArrayList<List<String>>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                var cells = new ArrayList<String>();
                for (String f : line.split("\\|", fields)) {
                    cells.add(f.strip());
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pattern from a rule file: case-insensitive. */
    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** One alternation of whole words or phrases, e.g. the speech verbs. */
    static Pattern words(String name) {
        var alternatives = new ArrayList<String>();
        for (var row : rows(name)) {
            alternatives.add(Pattern.quote(row.get(0)).replace(" ", "\\E\\s+\\Q"));
        }
        return pattern("\\b(?:" + String.join("|", alternatives) + ")\\b");
    }

    /** Whether no earlier rule has claimed any of the characters [start, end): rules of a file claim words in order. */
    static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
