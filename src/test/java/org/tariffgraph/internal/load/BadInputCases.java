package org.tariffgraph.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus of malformed import folders in {@code src/test/resources/bad-input/cases.json}: each case
 * is a list of operations applied to a fresh copy of the seed folder, and what the loader must do
 * with the result. Shared by {@link BadInputTest} (the reader alone) and {@link BadInputIT} (the CLI
 * against a real Neo4j).
 *
 * <p>Operations ({@code file} is a file of the folder; {@code "*"} means every CSV file where noted):
 * <ul>
 *   <li>{@code delete}: remove the file;</li>
 *   <li>{@code mkdir}: replace the file by a folder of the same name;</li>
 *   <li>{@code copy} (to): copy the file to a new name;</li>
 *   <li>{@code write} (text): overwrite the file with exactly this text ({@code ""} = 0 bytes);</li>
 *   <li>{@code replace} (where | line, from, to): replace the first {@code from} in one line, the first
 *       data line containing {@code where} or line number {@code line} (1 = the header);</li>
 *   <li>{@code replaceAll} (from, to): replace every occurrence in the whole file;</li>
 *   <li>{@code append} (text, charset?, huge?): add one line; {@code huge: {placeholder, size}}
 *       replaces the placeholder by that many {@code x}, generated here and never stored;</li>
 *   <li>{@code appendCopy} (where, from?, to?): add a copy of the first data line containing {@code where},
 *       optionally with one replacement;</li>
 *   <li>{@code appendBytes} (hex): add raw bytes as one more line;</li>
 *   <li>{@code insert} (line, text): insert a line so that it becomes line number {@code line};</li>
 *   <li>{@code keepHeader}: drop every line but the header;</li>
 *   <li>{@code deleteLines} (matching): drop the data lines matching a regex;</li>
 *   <li>{@code addColumn} (header, value): a new last column with this value on every row;</li>
 *   <li>{@code swapColumns} (a, b) and {@code quoteAll}: rewrite a file that has no quotes;</li>
 *   <li>{@code bom} and {@code lineEnds} (to: crlf | cr) on a file or {@code "*"};</li>
 *   <li>{@code recode} (charset): re-encode the file;</li>
 *   <li>{@code stripFinalNewline}.</li>
 * </ul>
 * Operations that touch one line remember its number; {@code {line}} in a case's regexes stands for
 * the last such number, so a case stays right when seed rows are added.
 */
final class BadInputCases {

    static final String RESOURCE = "/bad-input/cases.json";

    /** Every stderr problem line: {@code file:line: field: problem}. */
    static final Pattern PROBLEM_LINE = Pattern.compile("^[^:]+:\\d+: [^:]+: .+");

    /** A value a "loaded" case must find stored verbatim. */
    record Stored(String label, String id, String property, String value) {}

    /** One case. {@code first}, {@code all} and {@code count} are for refusals (count -1: any). */
    record Case(String name, String about, JsonNode ops, boolean refused, String first, List<String> all, int count,
                List<String> args, boolean sameGraph, List<Stored> stored) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A built variant and the line number the case's {@code {line}} stands for. */
    record Variant(Path dir, long line) {

        Pattern pattern(String regex) {
            return Pattern.compile(regex.replace("{line}", Long.toString(line)));
        }
    }

    private BadInputCases() {}

    static List<Case> all() {
        try (InputStream in = BadInputCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            var out = new ArrayList<Case>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                String expect = c.path("expect").asText();
                if (!expect.equals("refused") && !expect.equals("loaded")) {
                    throw new IllegalStateException(c.path("name").asText() + ": expect must be refused or loaded, not " + expect);
                }
                var all = new ArrayList<String>();
                c.path("all").forEach(a -> all.add(a.asText()));
                var args = new ArrayList<String>();
                c.path("args").forEach(a -> args.add(a.asText()));
                var stored = new ArrayList<Stored>();
                c.path("stored").forEach(s -> stored.add(new Stored(s.get("label").asText(), s.get("id").asText(),
                        s.get("property").asText(), s.get("value").asText())));
                out.add(new Case(c.get("name").asText(), c.path("about").asText(""), c.get("ops"), expect.equals("refused"),
                        c.has("first") ? c.get("first").asText() : null, List.copyOf(all), c.path("count").asInt(-1),
                        List.copyOf(args), c.path("sameGraph").asBoolean(false), List.copyOf(stored)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the seeds under {@code parent} with the case's operations applied. */
    static Variant build(Case c, Path parent) {
        Path dir = ImportFixture.copyOfSeeds(parent);
        long line = 0;
        try {
            for (JsonNode op : c.ops()) {
                long touched = apply(dir, op);
                if (touched > 0) {
                    line = touched;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("case " + c.name() + ": cannot apply its operations (have the seeds changed?): " + e.getMessage(), e);
        }
        return new Variant(dir, line);
    }

    /** Removes a built variant (some are large). */
    static void remove(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies one operation; returns the 1-based line it touched, or 0. */
    private static long apply(Path dir, JsonNode op) throws IOException {
        String kind = op.get("op").asText();
        String file = op.get("file").asText();
        if (file.equals("*")) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    applyToAll(kind, p, op);
                }
            }
            return 0;
        }
        Path path = dir.resolve(file);
        switch (kind) {
            case "delete" -> Files.delete(path);
            case "mkdir" -> {
                Files.delete(path);
                Files.createDirectory(path);
            }
            case "copy" -> Files.copy(path, dir.resolve(op.get("to").asText()));
            case "write" -> Files.writeString(path, op.get("text").asText(), StandardCharsets.UTF_8);
            case "replace" -> {
                var lines = lines(path);
                int index = op.has("line") ? op.get("line").asInt() - 1 : indexOf(lines, op.get("where").asText(), file);
                String from = op.get("from").asText();
                String line = lines.get(index);
                if (!line.contains(from)) {
                    throw new IllegalStateException(file + ":" + (index + 1) + " has no '" + from + "'");
                }
                lines.set(index, line.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(op.get("to").asText())));
                write(path, lines);
                return index + 1;
            }
            case "replaceAll" -> {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                String from = op.get("from").asText();
                if (!text.contains(from)) {
                    throw new IllegalStateException(file + " has no '" + from + "'");
                }
                Files.writeString(path, text.replace(from, op.get("to").asText()), StandardCharsets.UTF_8);
            }
            case "append" -> {
                String text = op.get("text").asText();
                if (op.has("huge")) {
                    JsonNode huge = op.get("huge");
                    text = text.replace(huge.get("placeholder").asText(), "x".repeat(huge.get("size").asInt()));
                }
                Charset charset = op.has("charset") ? Charset.forName(op.get("charset").asText()) : StandardCharsets.UTF_8;
                return appendBytes(path, (text + "\n").getBytes(charset));
            }
            case "appendCopy" -> {
                var lines = lines(path);
                String copy = lines.get(indexOf(lines, op.get("where").asText(), file));
                if (op.has("from")) {
                    String from = op.get("from").asText();
                    if (!copy.contains(from)) {
                        throw new IllegalStateException(file + ": the copied line has no '" + from + "'");
                    }
                    copy = copy.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(op.get("to").asText()));
                }
                return appendBytes(path, (copy + "\n").getBytes(StandardCharsets.UTF_8));
            }
            case "appendBytes" -> {
                byte[] raw = HexFormat.of().parseHex(op.get("hex").asText().replace(" ", ""));
                byte[] line = new byte[raw.length + 1];
                System.arraycopy(raw, 0, line, 0, raw.length);
                line[raw.length] = '\n';
                return appendBytes(path, line);
            }
            case "insert" -> {
                var lines = lines(path);
                int index = op.get("line").asInt() - 1;
                lines.add(index, op.get("text").asText());
                write(path, lines);
                return index + 1;
            }
            case "keepHeader" -> write(path, new ArrayList<>(lines(path).subList(0, 1)));
            case "deleteLines" -> {
                var lines = lines(path);
                var matching = Pattern.compile(op.get("matching").asText());
                int before = lines.size();
                var kept = new ArrayList<String>();
                kept.add(lines.get(0));
                lines.stream().skip(1).filter(l -> !matching.matcher(l).find()).forEach(kept::add);
                if (kept.size() == before) {
                    throw new IllegalStateException(file + ": no line matches " + matching);
                }
                write(path, kept);
            }
            case "addColumn" -> {
                var lines = lines(path);
                for (int i = 0; i < lines.size(); i++) {
                    lines.set(i, lines.get(i) + "," + (i == 0 ? op.get("header").asText() : op.get("value").asText()));
                }
                write(path, lines);
            }
            case "swapColumns" -> {
                var lines = unquoted(path, file);
                var header = List.of(lines.get(0).split(",", -1));
                int a = header.indexOf(op.get("a").asText());
                int b = header.indexOf(op.get("b").asText());
                if (a < 0 || b < 0) {
                    throw new IllegalStateException(file + " has no column " + op.get("a") + " or " + op.get("b"));
                }
                for (int i = 0; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(",", -1);
                    String t = cells[a];
                    cells[a] = cells[b];
                    cells[b] = t;
                    lines.set(i, String.join(",", cells));
                }
                write(path, lines);
            }
            case "quoteAll" -> {
                var lines = unquoted(path, file);
                for (int i = 0; i < lines.size(); i++) {
                    lines.set(i, "\"" + String.join("\",\"", lines.get(i).split(",", -1)) + "\"");
                }
                write(path, lines);
            }
            case "recode" -> Files.write(path, Files.readString(path, StandardCharsets.UTF_8).getBytes(Charset.forName(op.get("charset").asText())));
            case "stripFinalNewline" -> {
                byte[] bytes = Files.readAllBytes(path);
                if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
                    throw new IllegalStateException(file + " does not end with a newline");
                }
                Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length - 1));
            }
            default -> applyToAll(kind, path, op);
        }
        return 0;
    }

    /** The operations that may also be applied to every file at once. */
    private static void applyToAll(String kind, Path path, JsonNode op) throws IOException {
        switch (kind) {
            case "bom" -> {
                byte[] bytes = Files.readAllBytes(path);
                byte[] out = new byte[bytes.length + 3];
                out[0] = (byte) 0xEF;
                out[1] = (byte) 0xBB;
                out[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, out, 3, bytes.length);
                Files.write(path, out);
            }
            case "lineEnds" -> {
                String to = switch (op.get("to").asText()) {
                    case "crlf" -> "\r\n";
                    case "cr" -> "\r";
                    default -> throw new IllegalStateException("lineEnds to crlf or cr, not " + op.get("to"));
                };
                String text = Files.readString(path, StandardCharsets.UTF_8);
                if (text.contains("\r")) {
                    throw new IllegalStateException(path.getFileName() + " already has CR characters");
                }
                Files.writeString(path, text.replace("\n", to), StandardCharsets.UTF_8);
            }
            default -> throw new IllegalStateException("unknown operation '" + kind + "'");
        }
    }

    private static List<String> lines(Path path) throws IOException {
        return new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    }

    private static void write(Path path, List<String> lines) throws IOException {
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private static List<String> unquoted(Path path, String file) throws IOException {
        var lines = lines(path);
        if (lines.stream().anyMatch(l -> l.contains("\""))) {
            throw new IllegalStateException(file + " has quotes; this operation splits lines on commas");
        }
        return lines;
    }

    private static int indexOf(List<String> lines, String where, String file) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(where)) {
                return i;
            }
        }
        throw new IllegalStateException(file + " has no data line containing '" + where + "'");
    }

    /** Appends bytes, first ending the last line if it is not ended; returns the new line's number. */
    private static long appendBytes(Path path, byte[] line) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        long lineNo = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lineNo++;
            }
        }
        boolean ended = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
        byte[] out = new byte[bytes.length + (ended ? 0 : 1) + line.length];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        if (!ended) {
            out[bytes.length] = '\n';
        }
        System.arraycopy(line, 0, out, out.length - line.length, line.length);
        Files.write(path, out);
        return ended ? lineNo : lineNo + 1;
    }
}
