package org.tariffgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * All or nothing at the destination: an export is written beside it under a temporary name and moved
 * into place only once it is complete, so a failure leaves what was there before.
 */
final class Destinations {

    /** Writes one file. */
    interface FileWriter {
        Counts write(Writer out) throws IOException;
    }

    /** Writes a folder of files. */
    interface FolderWriter {
        Counts write(Path dir) throws IOException;
    }

    private Destinations() {}

    static Counts file(Path target, FileWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
            Counts counts;
            try (var out = Files.newBufferedWriter(temporary, java.nio.charset.StandardCharsets.UTF_8)) {
                counts = writer.write(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Writes a folder; files of the same names already in {@code target} are replaced, others kept. */
    static Counts folder(Path target, FolderWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-");
            Counts counts = writer.write(temporary);
            if (!Files.exists(absolute)) {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
                return counts;
            }
            if (!Files.isDirectory(absolute)) {
                throw new ExportException(target + " is a file; a CSV export needs a folder");
            }
            try (Stream<Path> files = Files.list(temporary)) {
                for (Path file : files.toList()) {
                    Files.move(file, absolute.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return counts;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file is harmless; the destination is what matters
        }
    }
}
