package org.tariffgraph.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.IntConsumer;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.internal.ingest.Draft;
import org.tariffgraph.internal.ingest.GraphRows;
import org.tariffgraph.internal.ingest.Ingest;
import org.tariffgraph.internal.ingest.ReportText;
import org.tariffgraph.internal.load.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Read raw news reports into a draft of new, sourced facts: what the graph already holds gains the "
        + "report as a source, a disagreement is kept as a second claim. Writes the draft folder (import/'s format) and lists every "
        + "proposal with its sentence and rule; with --apply, also loads it, all or nothing.")
final class IngestCommand extends GraphCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Report files (plain text), or folders of them. "
            + "A document's id is its file name without the extension.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date of the reports, where their text gives none "
            + "(it wins over the text).")
    LocalDate published;

    @Option(names = "--year", paramLabel = "YYYY", description = "The year of a wire dateline that gives none (\"WASHINGTON, May 9 --\"). "
            + "Default: the year of the newest report in the graph.")
    Year year;

    @Option(names = "--apply", description = "Load the draft into the graph after writing it (validated first; all or nothing).")
    boolean apply;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the draft folder. Default: drafts/<id of the first report>.")
    Path out;

    private List<Path> files;

    /** Every file is found and checked before the graph is opened: one bad file stops the run with nothing written. */
    @Override
    void prepare() {
        files = Ingest.files(paths);
        if (files.isEmpty()) {
            throw new org.tariffgraph.InvalidRequestException("no report files in " + paths);
        }
        reports = Ingest.read(files, published, year);
    }

    private List<ReportText> reports;

    @Override
    int run(GraphStore store) {
        var err = spec.commandLine().getErr();
        var known = GraphRows.read(store);
        if (year == null) {
            reports = Ingest.withYear(reports, published, newestYear(known)); // a dateline without a year takes the graph's newest
        }
        var result = Ingest.run(known, reports, progress(err, reports.size()));
        Path dir = out != null ? out : Locations.home().resolve("drafts").resolve(reports.get(0).id());
        if (!result.skipped().isEmpty()) {
            err.println("tariffgraph: already in the graph with the same text, skipped: " + String.join(", ", result.skipped()));
        }
        if (result.extractions().isEmpty()) {
            err.println("tariffgraph: nothing new to draft");
            return ExitCodes.OK;
        }
        Ingest.write(result.draft(), dir);
        review(spec.commandLine().getOut(), result.draft());
        err.println("tariffgraph: draft of " + result.extractions().size() + " report(s) written to " + dir + " (" + counts(result.draft())
                + "); check it with: tariffgraph load --dry-run " + dir);
        if (apply) {
            var loaded = new Loader(store).write(result.plan(), false);
            err.println("tariffgraph: applied: " + loaded.nodes() + " node rows and " + loaded.relationships() + " relationship rows written");
        }
        return ExitCodes.OK;
    }

    private static Year newestYear(org.tariffgraph.internal.ingest.KnownGraph known) {
        return known.rows("documents.csv").stream().map(r -> r.get("published")).filter(p -> p != null && p.length() >= 4)
                .map(p -> p.substring(0, 4)).max(String::compareTo).map(Year::parse).orElse(null);
    }

    /**
     * The review: on a terminal (table format) a block per proposal, its decision, the fact, the node
     * it became or joined, the rule and the sentence with the words the rule read between » and «;
     * in JSON or CSV one row per proposal with the same fields, whole.
     */
    private void review(PrintWriter out, Draft draft) {
        if (options().format == GlobalOptions.Format.table) {
            String document = null;
            for (var r : draft.review()) {
                if (!r.document().equals(document)) {
                    document = r.document();
                    out.println("== " + document);
                }
                out.println(String.format("%-12s %s", r.decision().name().toLowerCase(java.util.Locale.ROOT), r.fact()));
                out.println(String.format("%-12s -> %s  [rule %s]", "", r.id(), r.rule()));
                out.println(String.format("%-12s \"%s\"", "", excerpt(r.passage())));
            }
            out.flush();
            return;
        }
        var rows = draft.review().stream()
                .map(r -> List.<Object>of(r.document(), r.decision().name().toLowerCase(java.util.Locale.ROOT), r.fact(), r.id(), r.rule(), r.passage()))
                .toList();
        output().table(List.of("document", "decision", "fact", "id", "rule", "passage"), rows);
    }

    /** Up to 100 characters either side of the marked words. */
    static String excerpt(String passage) {
        int from = passage.indexOf('\u00BB');
        int to = passage.indexOf('\u00AB');
        if (from < 0 || to < 0) {
            return passage;
        }
        int start = Math.max(0, from - 100);
        int end = Math.min(passage.length(), to + 101);
        return (start > 0 ? "\u2026" : "") + passage.substring(start, end) + (end < passage.length() ? "\u2026" : "");
    }

    private static String counts(Draft draft) {
        var c = draft.counts();
        return c.get(Draft.Decision.NEW) + " new, " + c.get(Draft.Decision.CORROBORATES) + " known facts with one more source, "
                + c.get(Draft.Decision.CONFLICTS) + " conflicting claims; " + draft.size() + " rows";
    }

    /** One rewritten line on a terminal; nothing in a pipe. */
    private static IntConsumer progress(PrintWriter err, int total) {
        if (System.console() == null || total < 2) {
            return done -> { };
        }
        return done -> {
            int width = 30;
            int filled = done * width / total;
            err.print("\rtariffgraph: ingest [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            if (done == total) {
                err.println();
            }
            err.flush();
        };
    }
}
