package org.tariffgraph.internal.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tariffgraph.internal.load.Schema;

/**
 * What the graph already holds, in the shape of an import folder: file name → rows, each row column →
 * cell text. The extractor finds its actors here, the merge finds known facts here, and a draft copies
 * a known row from here when it adds a source to it. It is read from a CSV folder or from the graph
 * (see {@link GraphRows}).
 */
public final class KnownGraph {

    private final Map<String, List<Map<String, String>>> rows;
    private final Map<String, Map<String, String>> byId = new LinkedHashMap<>();
    private final Map<String, String> fileOfId = new LinkedHashMap<>();
    /** "file|start|end" → row: the merge asks for a known relationship once per drafted one. */
    private final Map<String, Map<String, String>> relationships = new java.util.HashMap<>();

    public KnownGraph(Map<String, List<Map<String, String>>> rows) {
        this.rows = rows;
        for (var file : Schema.NODES) {
            for (var row : rows(file.file())) {
                byId.put(row.get("id"), row);
                fileOfId.put(row.get("id"), file.file());
            }
        }
        for (var file : Schema.RELATIONSHIPS) {
            for (var row : rows(file.file())) {
                relationships.put(file.file() + "|" + row.get("start") + "|" + row.get("end"), row);
            }
        }
    }

    /** The graph as the CSV files of {@code dir} hold it (the curated import folder, or a draft). */
    public static KnownGraph fromFolder(Path dir) {
        var rows = new LinkedHashMap<String, List<Map<String, String>>>();
        for (String file : Schema.files()) {
            Path path = dir.resolve(file);
            rows.put(file, Files.exists(path) ? readCsv(path) : List.of());
        }
        return new KnownGraph(rows);
    }

    private static List<Map<String, String>> readCsv(Path path) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            var out = new ArrayList<Map<String, String>>();
            for (CSVRecord r : format.parse(in)) {
                out.add(new LinkedHashMap<>(r.toMap()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one file (empty when it has none). */
    public List<Map<String, String>> rows(String file) {
        return rows.getOrDefault(file, List.of());
    }

    /** A node's row by id, or null. */
    public Map<String, String> node(String id) {
        return byId.get(id);
    }

    /** The file a known node is in, or null. */
    public String fileOf(String id) {
        return fileOfId.get(id);
    }

    /** The row of the relationship in {@code file} from {@code start} to {@code end}, or null. */
    public Map<String, String> relationship(String file, String start, String end) {
        return relationships.get(file + "|" + start + "|" + end);
    }

    /** The values of a list cell. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
