package org.tariffgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.Statement;

/**
 * The passages of the article texts, for showing the words behind a fact. The texts are not part of
 * the knowledge base: they are read from a folder of {@code <document id>.txt} files (the seeds'
 * layout), and a text is only used when its SHA-256 is the one the graph recorded for that document,
 * so a span never lands on other words.
 */
public final class Passages {

    /** The environment variable naming the folder of article texts. */
    public static final String ENVIRONMENT = "TARIFFGRAPH_DOCUMENTS";

    private static final Pattern SPAN = Pattern.compile("(\\d+)-(\\d+)");

    private final Path dir;
    private final Map<String, String> expectedSha;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    /**
     * The passages of the texts in one folder. No file is read until a passage is asked for.
     *
     * @param dir the folder of {@code <document id>.txt} files
     * @param expectedSha document id → the SHA-256 recorded in the graph, as hex; a document missing
     *        here is never read
     */
    public Passages(Path dir, Map<String, String> expectedSha) {
        this.dir = dir;
        this.expectedSha = Map.copyOf(expectedSha);
    }

    /**
     * The folder named by {@code TARIFFGRAPH_DOCUMENTS}, if it is set and exists.
     *
     * @return the folder; empty when the variable is unset or blank, or names no folder
     */
    public static Optional<Path> configuredFolder() {
        String dir = System.getenv(ENVIRONMENT);
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(dir);
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * The words of {@code span} ("start-end") in document {@code doc}, if its text is here and unchanged.
     *
     * @param doc the document's id, e.g. {@code 002_4eaeae4dd2adb612}
     * @param span character offsets into its text, {@code start-end}, e.g. {@code 83-121}; may be null
     * @return the words; empty when {@code span} is null or not of that form, or the text is missing,
     *         changed (its SHA-256 differs) or shorter than the span
     */
    public Optional<String> passage(String doc, String span) {
        var m = span == null ? null : SPAN.matcher(span);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return texts.computeIfAbsent(doc, this::read).filter(t -> end <= t.length()).map(t -> t.substring(start, end));
    }

    /**
     * The references with the passage of each filled in where the text is here.
     *
     * @param refs the references, e.g. from {@link Queries#sources(String)}
     * @return the same references in the same order, each with its passage, or with null where its
     *         text is not here
     */
    public List<SourceRef> fill(List<SourceRef> refs) {
        return refs.stream().map(r -> r.withPassage(passage(r.document(), r.evidence()).orElse(null))).toList();
    }

    /**
     * The statements with the passage of each source filled in where the text is here.
     *
     * @param rows the statements, e.g. from {@link Queries#statements(Queries.StatementFilter)}
     * @return the same statements in the same order; one with no text here is returned as it was
     */
    public List<Statement> fillStatements(List<Statement> rows) {
        return rows.stream().map(s -> {
            var texts = new ArrayList<String>();
            for (int i = 0; i < s.sources().size(); i++) {
                texts.add(passage(s.sources().get(i), i < s.evidence().size() ? s.evidence().get(i) : null).orElse(null));
            }
            return texts.stream().allMatch(Objects::isNull) ? s : s.withPassages(texts);
        }).toList();
    }

    private Optional<String> read(String doc) {
        Path file = dir.resolve(doc + ".txt");
        String sha = expectedSha.get(doc);
        if (sha == null || !file.normalize().startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return actual.equals(sha) ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}
