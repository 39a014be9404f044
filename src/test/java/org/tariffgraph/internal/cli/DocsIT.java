package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command the README and docs/ show with its output, run against the seed facts and compared
 * line by line (trailing spaces aside), so the docs cannot drift from the product. A shown example is
 * a ```text block whose first line is {@code $ ./tariffgraph ...}; the rest of the block is its stdout.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocsIT extends SeedGraphCli {

    private static final Pattern EXAMPLE = Pattern.compile("```text\\n\\$ \\./tariffgraph (.*?)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("(.*?)\\s*\\|\\s*head -(\\d+)\\s*");

    /** One example: where it is, the arguments, how many lines it keeps (-1: all), and the output shown. */
    record Example(String where, List<String> args, int head, String shown) {}

    static List<Example> examples() throws IOException {
        var files = new ArrayList<Path>();
        files.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        var out = new ArrayList<Example>();
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher m = EXAMPLE.matcher(text);
            while (m.find()) {
                long line = text.substring(0, m.start()).lines().count() + 1;
                String command = m.group(1);
                int head = -1;
                Matcher h = HEAD.matcher(command);
                if (h.matches()) {
                    command = h.group(1);
                    head = Integer.parseInt(h.group(2));
                }
                out.add(new Example(file + ":" + line, words(command), head, m.group(2)));
            }
        }
        return out;
    }

    /** The arguments as a shell splits them: on spaces, with single or double quotes around one argument. */
    static List<String> words(String command) {
        var words = new ArrayList<String>();
        var current = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else if (c == '|') {
                throw new IllegalArgumentException("a shown example may pipe only into head -N: " + command);
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }

    private static List<String> lines(String text, int head) {
        var lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return head >= 0 && lines.size() > head ? lines.subList(0, head) : lines;
    }

    @Test
    void the_docs_show_examples_and_split_them_as_a_shell_would() throws IOException {
        assertTrue(examples().size() >= 5, "fewer shown examples than expected: " + examples().size());
        assertEquals(List.of("ask", "Who did Akazawa talk to?", "--format", "json"), words("ask \"Who did Akazawa talk to?\" --format json"));
    }

    @TestFactory
    Stream<DynamicTest> every_command_shown_with_its_output_prints_that_output() throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.where() + " " + String.join(" ", e.args()), () -> {
            var r = run(e.args().toArray(String[]::new));
            assertEquals(0, r.code(), e.where() + ": " + r.err());
            assertEquals(String.join("\n", lines(e.shown(), -1)), String.join("\n", lines(r.out(), e.head())),
                    e.where() + ": the docs show other output than the command prints");
        }));
    }
}
