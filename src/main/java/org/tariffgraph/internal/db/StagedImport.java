package org.tariffgraph.internal.db;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * A whole new database built beside the live one and swapped in when complete: the fast path for a
 * large load into an empty embedded store. Rows are written as files in the format of Neo4j's offline
 * importer, which builds the store files directly (no transactions, no transaction memory); the
 * constraints and indexes are then created on the staged store, and only a finished store replaces
 * the live one. A crash at any point leaves either the old database or the new one, never a mix:
 * the swap is journalled by a marker file and finished by the next open of the store.
 */
public final class StagedImport implements AutoCloseable {

    /** Neo4j's importer-format CSV: the importer reads {@code ""} inside quotes as one quote. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final String READY = "READY";
    /** The database's folders under a DBMS home, each swapped as a whole. */
    private static final List<Path> DATABASE_DIRS = List.of(Path.of("data", "databases", GraphStore.DEFAULT_DATABASE),
            Path.of("data", "transactions", GraphStore.DEFAULT_DATABASE));

    private final Path home;
    private final Path staging;
    private final Path csv;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, CSVPrinter> open = new LinkedHashMap<>();

    private StagedImport(Path home) {
        this.home = home;
        this.staging = stagingOf(home);
        this.csv = staging.resolve("csv");
    }

    /** Starts a staged import for the store in {@code dataDir}, clearing what an interrupted one left. */
    public static StagedImport begin(Path dataDir) {
        var staged = new StagedImport(dataDir.toAbsolutePath());
        try {
            deleteTree(staged.staging);
            Files.createDirectories(staged.csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + staged.staging + ": " + e.getMessage(), e);
        }
        return staged;
    }

    /**
     * Opens a node file. {@code columns} maps property names to importer types ({@code string},
     * {@code long}, {@code double}, {@code boolean}, {@code string[]}); each row is then
     * {@code id, labels joined by ';', one value per column}.
     */
    public void nodeFile(String name, Map<String, String> columns) {
        var header = new ArrayList<String>(List.of("id:ID", ":LABEL"));
        columns.forEach((column, type) -> header.add(column + ":" + type));
        openFile(name, header, "--nodes=");
    }

    /** Opens a relationship file: rows are {@code start id, end id, type, one value per column}. */
    public void relationshipFile(String name, Map<String, String> columns) {
        var header = new ArrayList<String>(List.of(":START_ID", ":END_ID", ":TYPE"));
        columns.forEach((column, type) -> header.add(column + ":" + type));
        openFile(name, header, "--relationships=");
    }

    /** One row of an open file; a list value is written as the importer's array (elements joined by ';'). */
    public void row(String name, List<Object> values) {
        try {
            var printer = open.get(name);
            for (Object v : values) {
                printer.print(v instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : v);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private void openFile(String name, List<String> header, String option) {
        Path file = csv.resolve(name + ".csv");
        try {
            Writer out = Files.newBufferedWriter(file);
            var printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
            open.put(name, printer);
            arguments.add(option + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs Neo4j's importer on the files written so far, then opens the new store on its own, creates
     * {@code schema} (constraints and indexes), waits for the indexes and closes it. The staged
     * database is then complete, and marked ready to be swapped in. The importer's own report goes to
     * {@code log}.
     */
    public void build(List<String> schema, PrintStream log) {
        closeFiles();
        var args = new ArrayList<String>(List.of(GraphStore.DEFAULT_DATABASE, "--overwrite-destination=true",
                "--multiline-fields=true", "--threads=" + Math.max(2, Runtime.getRuntime().availableProcessors())));
        args.addAll(arguments);
        try (var fs = new DefaultFileSystemAbstraction()) {
            var command = new ImportCommand.Full(new ExecutionContext(staging, staging.resolve("conf"), log, log, fs));
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
            command.call();
        } catch (Exception e) {
            throw new IllegalStateException("Neo4j's importer failed: " + firstLine(e.getMessage()), e);
        }
        var dbms = new DatabaseManagementServiceBuilder(staging)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
        try {
            var db = dbms.database(GraphStore.DEFAULT_DATABASE);
            for (String statement : schema) {
                db.executeTransactionally(statement);
            }
            try (var tx = db.beginTx()) {
                tx.schema().awaitIndexesOnline(30, TimeUnit.MINUTES);
                tx.commit();
            }
        } finally {
            dbms.shutdown();
        }
        try {
            deleteTree(csv);
            Files.writeString(staging.resolve(READY), "staged database complete; swap it in\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + staging + " ready: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the live database with the staged one. The live store must be closed; its lock file
     * is held for the swap, so that no other process opens a half-swapped store.
     */
    void swapIn() {
        if (!finishPending(home)) {
            throw new StoreUnavailableException("the store in " + home
                    + " was opened by another process during the load; the new database is left staged in " + staging
                    + " and will be swapped in by the next open", null);
        }
    }

    /**
     * Finishes a swap that a crash interrupted (the staged database is complete: roll forward), or
     * clears an unfinished staging (roll back: the live database was never touched). Returns false if
     * another process holds the store and nothing could be done.
     */
    static boolean finishPending(Path home) {
        Path staging = stagingOf(home);
        if (!Files.exists(staging)) {
            return true;
        }
        Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        try {
            Files.createDirectories(lockFile.getParent());
            try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    return false;
                }
                try {
                    if (Files.exists(staging.resolve(READY))) {
                        for (Path dir : DATABASE_DIRS) {
                            Path staged = staging.resolve(dir);
                            if (Files.exists(staged)) { // not yet moved: this part of the swap is still to do
                                deleteTree(home.resolve(dir));
                                Files.createDirectories(home.resolve(dir).getParent());
                                Files.move(staged, home.resolve(dir), StandardCopyOption.ATOMIC_MOVE);
                            }
                        }
                    }
                    deleteTree(staging);
                } finally {
                    lock.release();
                }
            }
            return true;
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot finish replacing the database in " + home + ": " + e.getMessage(), e);
        }
    }

    private static Path stagingOf(Path home) {
        return home.resolve("staging");
    }

    private void closeFiles() {
        for (var printer : open.values()) {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish the files in " + csv + ": " + e.getMessage(), e);
            }
        }
        open.clear();
    }

    /** Discards whatever was staged, unless it is complete and waiting to be swapped in. */
    @Override
    public void close() {
        try {
            closeFiles();
        } finally {
            if (!Files.exists(staging.resolve(READY))) {
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    // a later begin() clears it
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
