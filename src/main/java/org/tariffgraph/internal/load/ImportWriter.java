package org.tariffgraph.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tariffgraph.internal.load.Schema.Column;

/**
 * Writes rows held in memory, as {@link ImportReader#read(String, Map)} takes them, as an import
 * folder: every file of {@link Schema}, each with its full header in schema order (also when it has no
 * rows), quoted as RFC 4180 says. Reading the folder back gives the same plan as reading the rows.
 */
public final class ImportWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ImportWriter() {}

    /**
     * Writes {@code rows} (file name → rows; a row maps a column name to its raw cell text) into
     * {@code dir}, creating it if need be and replacing files of the same names. A column missing from
     * a row is an empty cell; a file missing from the map is written with its header only.
     *
     * @throws IllegalArgumentException if a file or a column is not one of {@link Schema}: a folder has
     *     no place for it
     */
    public static void write(Path dir, Map<String, List<Map<String, String>>> rows) {
        var files = Schema.columnsByFile();
        rows.forEach((file, fileRows) -> check(file, files.get(file), fileRows));
        try {
            Files.createDirectories(dir);
            for (var file : files.entrySet()) {
                writeFile(dir.resolve(file.getKey()), file.getValue(), rows.getOrDefault(file.getKey(), List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void check(String file, List<Column> columns, List<Map<String, String>> rows) {
        if (columns == null) {
            throw new IllegalArgumentException(file + " is not a file of an import folder (expected one of " + Schema.files() + ")");
        }
        var names = columns.stream().map(Column::name).toList();
        for (var row : rows) {
            for (String column : row.keySet()) {
                if (!names.contains(column)) {
                    throw new IllegalArgumentException(column + " is not a column of " + file + " (expected " + names + ")");
                }
            }
        }
    }

    private static void writeFile(Path path, List<Column> columns, List<Map<String, String>> rows) throws IOException {
        try (var file = new FileRows(path, columns)) {
            for (var row : rows) {
                file.row(row);
            }
        }
    }

    /**
     * Opens the file {@code file} of the import folder {@code dir} to be written row by row, with its full
     * header: for a folder too large to hold in memory (an export of a big graph).
     *
     * @throws IllegalArgumentException if {@code file} is not a file of {@link Schema}
     */
    public static FileRows open(Path dir, String file) throws IOException {
        var columns = Schema.columnsByFile().get(file);
        check(file, columns, List.of());
        return new FileRows(dir.resolve(file), columns);
    }

    /** One file of an import folder, written a row at a time; a column missing from a row is an empty cell. */
    public static final class FileRows implements AutoCloseable {
        private final List<Column> columns;
        private final CSVPrinter printer;

        private FileRows(Path path, List<Column> columns) throws IOException {
            this.columns = columns;
            var header = columns.stream().map(Column::name).toArray(String[]::new);
            this.printer = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), FORMAT.builder().setHeader(header).get());
        }

        public void row(Map<String, String> row) throws IOException {
            printer.printRecord(columns.stream().map(c -> Objects.requireNonNullElse(row.get(c.name()), "")));
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }
}
