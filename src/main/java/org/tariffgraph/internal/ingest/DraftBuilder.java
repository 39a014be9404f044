package org.tariffgraph.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tariffgraph.internal.ingest.Cells.Source;
import org.tariffgraph.internal.ingest.Draft.Decision;
import org.tariffgraph.internal.ingest.Extraction.Evidence;

/**
 * Turns extractions into a {@link Draft}: each proposal is compared with the graph (and with what
 * earlier reports of the same run drafted) and becomes a new row, one more source on a known row, or
 * a second claim joined to the known one by {@code CONFLICTS_WITH}. Events and statements are drafted
 * by {@link EventDrafts}, tariffs and chips by {@link TariffDrafts}; the rows themselves are kept here.
 */
public final class DraftBuilder {

    final KnownGraph known;
    final FactIndex index;
    final Draft draft = new Draft();
    private final Map<String, String> draftedFileOf = new LinkedHashMap<>();

    public DraftBuilder(KnownGraph known) {
        this.known = known;
        this.index = new FactIndex(known);
    }

    /** Drafts one report's facts. */
    public void add(Extraction x) {
        String doc = document(x);
        for (var m : x.mentions()) {
            node(m.id(), new Source(doc, m.evidence(), Map.of()));
        }
        new PeopleDrafts(this).add(x, doc);
        var tariffIds = new TariffDrafts(this).add(x, doc);
        new EventDrafts(this).add(x, doc, tariffIds);
    }

    /** The draft, with a row for every document its rows cite. */
    public Draft build() {
        for (var rows : draft.rows().values()) {
            for (var row : rows) {
                for (String doc : KnownGraph.list(row.get("sources"))) {
                    if (draft.row("documents.csv", doc) == null && known.node(doc) != null) {
                        draft.put("documents.csv", doc, new LinkedHashMap<>(known.node(doc)));
                    }
                }
            }
        }
        return draft;
    }

    private String document(Extraction x) {
        var r = x.report();
        var row = new LinkedHashMap<String, String>();
        row.put("id", r.id());
        row.put("name", r.title() != null ? r.title() : "Report " + r.id());
        row.put("title", r.title() == null ? "" : r.title());
        var p = r.published();
        row.put("published", p.iso());
        row.put("publishedPrecision", p.precision().word());
        row.put("publishedBasis", !p.known() ? "unknown" : p.yearAssumed() ? "inferred" : "stated");
        row.put("publishedNote", publishedNote(p));
        row.put("bodyEnd", String.valueOf(r.bodyEnd()));
        row.put("textSha256", sha256(r.text()));
        draft.put("documents.csv", r.id(), row);
        draftedFileOf.put(r.id(), "documents.csv");
        return r.id();
    }

    private static String publishedNote(Dated p) {
        if (p.text() == null || p.text().isBlank()) {
            return "The report gives no date of its own.";
        }
        String note = "Read by ingest from '" + p.text().strip() + "'.";
        return p.yearAssumed() ? note + " The text gives no year; the year of the newest report in the graph is assumed." : note;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A known or drafted node gains {@code source}. */
    void node(String id, Source source) {
        String file = fileOf(id);
        if (file == null) {
            return;
        }
        var drafted = draft.row(file, id);
        if (drafted != null) {
            draft.put(file, id, Cells.plus(file, drafted, source));
        } else {
            draft.put(file, id, Cells.only(file, known.node(id), source));
        }
    }

    /** A new node. */
    void newNode(String file, String id, Map<String, String> props, Source source) {
        draftedFileOf.put(id, file);
        draft.put(file, id, Cells.only(file, props, source));
    }

    /** A relationship, new or known, with {@code source}; both ends gain the source too. */
    void relationship(String file, String start, String end, Map<String, String> props, Source source) {
        if (fileOf(start) == null || fileOf(end) == null || start.equals(end)) {
            return;
        }
        node(start, source);
        node(end, source);
        String key = start + "|" + end;
        var drafted = draft.row(file, key);
        var knownRow = known.relationship(file, start, end);
        var base = new LinkedHashMap<String, String>(props);
        base.put("start", start);
        base.put("end", end);
        if (drafted != null) {
            draft.put(file, key, Cells.plus(file, drafted, source));
        } else if (knownRow != null) {
            draft.put(file, key, Cells.plus(file, knownRow, source));
        } else {
            draft.put(file, key, Cells.only(file, base, source));
        }
    }

    String fileOf(String id) {
        String file = draftedFileOf.get(id);
        return file != null ? file : known.fileOf(id);
    }

    /** The display name of a known or drafted node, or its id. */
    String nameOf(String id) {
        String file = fileOf(id);
        var row = known.node(id) != null ? known.node(id) : file == null ? null : draft.row(file, id);
        return row != null && row.get("name") != null ? row.get("name") : id;
    }

    boolean exists(String id) {
        return fileOf(id) != null;
    }

    void review(Extraction x, Decision decision, String fact, String id, Evidence e) {
        draft.review(new Draft.Review(x.report().id(), decision, fact, id, e.rule(), passage(x.report().text(), e)));
    }

    /** The sentence of the evidence with the words the rule read between » and «. */
    static String passage(String text, Evidence e) {
        String marked = text.substring(e.start(), e.markStart()) + "\u00BB" + text.substring(e.markStart(), e.markEnd()) + "\u00AB"
                + text.substring(e.markEnd(), e.end());
        return marked.replaceAll("\\s+", " ").strip();
    }
}
