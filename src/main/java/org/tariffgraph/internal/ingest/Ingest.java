package org.tariffgraph.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.tariffgraph.internal.load.ImportReader;
import org.tariffgraph.internal.load.ImportWriter;
import org.tariffgraph.internal.load.InvalidImportException;
import org.tariffgraph.internal.load.LoadPlan;
import org.tariffgraph.internal.load.Problem;

/**
 * The ingest of raw reports, shared by the command line, the benchmark and the tests: read and check
 * every file first (a bad one stops the run before anything is written), extract each, draft the
 * result against what the graph knows, and validate the draft with the import reader itself.
 */
public final class Ingest {

    /** What a run produced: the draft, what each report gave, and the draft validated as a load plan. */
    public record Result(Draft draft, List<Extraction> extractions, LoadPlan plan, List<String> skipped) {}

    private Ingest() {}

    /** The report files named: files as given, folders' regular files in name order. */
    public static List<Path> files(List<Path> paths) {
        var out = new ArrayList<Path>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new InvalidImportException(List.of(new Problem(p.toString(), 0, "(folder)", "cannot be read: " + e.getMessage())));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads every file, collecting every problem before giving up; a document id named twice is a problem too. */
    public static List<ReportText> read(List<Path> files, LocalDate published, Year assumedYear) {
        var reports = new ArrayList<ReportText>();
        var problems = new ArrayList<Problem>();
        var ids = new java.util.HashSet<String>();
        for (Path f : files) {
            try {
                var r = ReportText.read(f, published, assumedYear);
                if (!ids.add(r.id())) {
                    problems.add(new Problem(f.toString(), 0, "(file)", "another file of this run has the same document id '" + r.id() + "'"));
                }
                reports.add(r);
            } catch (InvalidImportException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        return reports;
    }

    /**
     * The reports again, those whose dateline gives no year read once more with {@code year} (a report
     * read without one keeps the dateline's words and no date); the others as they are.
     */
    public static List<ReportText> withYear(List<ReportText> reports, LocalDate published, Year year) {
        if (year == null) {
            return reports;
        }
        var yearless = reports.stream().filter(r -> !r.published().known() && !r.published().text().isBlank()).map(ReportText::file).toList();
        if (yearless.isEmpty()) {
            return reports;
        }
        var again = new java.util.HashMap<Path, ReportText>();
        read(yearless, published, year).forEach(r -> again.put(r.file(), r));
        return reports.stream().map(r -> again.getOrDefault(r.file(), r)).toList();
    }

    /**
     * Extracts and drafts {@code reports} against {@code known}; {@code progress} hears of each report
     * done. A report whose document the graph already holds with the same text is skipped (nothing is
     * new); with another text it is a problem.
     */
    public static Result run(KnownGraph known, List<ReportText> reports, IntConsumer progress) {
        var extractor = new Extractor(known);
        var builder = new DraftBuilder(known);
        var extractions = new ArrayList<Extraction>();
        var skipped = new ArrayList<String>();
        for (var r : reports) {
            if (alreadyKnown(known, r)) {
                skipped.add(r.id());
            } else {
                var x = extractor.extract(r);
                extractions.add(x);
                builder.add(x);
            }
            progress.accept(extractions.size() + skipped.size());
        }
        Draft draft = builder.build();
        LoadPlan plan = ImportReader.read("draft", draft.rows());
        return new Result(draft, List.copyOf(extractions), plan, List.copyOf(skipped));
    }

    private static boolean alreadyKnown(KnownGraph known, ReportText r) {
        var row = known.node(r.id());
        if (row == null || !"documents.csv".equals(known.fileOf(r.id()))) {
            return false;
        }
        if (DraftBuilder.sha256(r.text()).equals(row.get("textSha256"))) {
            return true;
        }
        throw new InvalidImportException(List.of(new Problem(r.file().toString(), 0, "(file)", "the graph already holds a document '"
                + r.id() + "' with another text; rename the file to ingest it as a new report")));
    }

    /** Writes the draft as an import folder at {@code dir}, whole or not at all (written beside it, then moved into place). */
    public static void write(Draft draft, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            ImportWriter.write(staging, draft.rows());
            if (Files.exists(target)) {
                deleteFolder(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the draft folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().endsWith(".csv") || Files.isDirectory(f)) {
                    throw new IOException(dir + " is not a draft folder (it holds " + f.getFileName() + "); choose another --out");
                }
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
