package org.tariffgraph.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tariffgraph.TestGraph;

/** A copy of the seed import folder that a test may break on purpose. */
final class ImportFixture {

    private ImportFixture() {}

    static Path copyOfSeeds(Path parent) {
        try {
            Path dir = Files.createTempDirectory(parent, "import");
            try (var files = Files.list(TestGraph.SEEDS)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path dir, String file) {
        try {
            return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String file, List<String> lines) {
        try {
            Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one raw line to a file. */
    static void append(Path dir, String file, String line) {
        var all = lines(dir, file);
        all.add(line);
        write(dir, file, all);
    }

    /**
     * The rows of every schema file of {@code dir} as {@link ImportReader#read(String, java.util.Map)}
     * takes them: file name → rows, each row column name → raw cell text, in file and header order.
     */
    static java.util.Map<String, List<java.util.Map<String, String>>> rows(Path dir) {
        var format = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var all = new java.util.LinkedHashMap<String, List<java.util.Map<String, String>>>();
        for (String file : Schema.files()) {
            try (var parser = format.parse(Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8))) {
                var rows = new ArrayList<java.util.Map<String, String>>();
                parser.forEach(record -> rows.add(new java.util.LinkedHashMap<>(record.toMap())));
                all.put(file, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** Replaces the first occurrence of {@code from} in line {@code index} (0 = header) of a file. */
    static void edit(Path dir, String file, int index, String from, String to) {
        var all = lines(dir, file);
        String line = all.get(index);
        if (!line.contains(from)) {
            throw new IllegalStateException(file + " line " + (index + 1) + " has no '" + from + "': " + line);
        }
        all.set(index, line.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        write(dir, file, all);
    }
}
