package org.tariffgraph.internal.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.model.Vocabulary.DatePrecision;
import org.tariffgraph.model.Vocabulary.EventKind;

/**
 * How well the extractor reads reports, against expected facts: precision and recall per kind of fact.
 * An event counts when kind, sides and date are right (a date compared at the coarser precision of
 * the two, unknown only with unknown); a tariff when rate, target and covered sectors are; a
 * statement when its speaker and its passage (or a quote) are; a chip when its sectors (or, with none,
 * a word of its name) are; a person when name and office are. Expected facts marked optional count
 * against neither precision nor recall.
 */
public final class Score {

    /** One fact in comparable form: names, not ids, in lower case. */
    public record Fact(String kind, String eventKind, Set<String> sides, LocalDate date, DatePrecision precision, Double rate,
            String target, Set<String> sectors, String speaker, Set<String> quotes, int start, int end, String name, String office,
            boolean optional) {}

    /** Counts for one kind. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
    }

    public static final List<String> KINDS = List.of("event", "tariff", "statement", "chip", "person");

    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public Score() {
        KINDS.forEach(k -> counts.put(k, new Counts(0, 0, 0)));
    }

    /** Adds one report: its expected facts against what was extracted. */
    public void add(String report, List<Fact> expected, List<Fact> extracted) {
        for (String kind : KINDS) {
            var want = expected.stream().filter(f -> f.kind().equals(kind)).toList();
            var got = new ArrayList<>(extracted.stream().filter(f -> f.kind().equals(kind)).toList());
            int tp = 0;
            int fn = 0;
            for (Fact w : want) {
                Fact hit = got.stream().filter(g -> same(w, g)).findFirst().orElse(null);
                if (hit != null) {
                    got.remove(hit);
                    tp += w.optional() ? 0 : 1;
                } else if (!w.optional()) {
                    fn++;
                    misses.add(report + " missed " + kind + ": " + describe(w));
                }
            }
            got.forEach(g -> misses.add(report + " extra " + kind + ": " + describe(g)));
            counts.merge(kind, new Counts(tp, got.size(), fn), Counts::plus);
        }
    }

    public Map<String, Counts> counts() {
        return counts;
    }

    public Counts total() {
        return counts.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** What was missed or extracted wrongly, one line each: for reading, not for tuning on held-out reports. */
    public List<String> misses() {
        return misses;
    }

    /** One line per kind and a total: "event P 92% R 81% (tp 13, fp 1, fn 3)". */
    public List<String> lines() {
        var out = new ArrayList<String>();
        counts.forEach((k, c) -> out.add(line(k, c)));
        out.add(line("all", total()));
        return out;
    }

    private static String line(String kind, Counts c) {
        return String.format(Locale.ROOT, "%-9s precision %3.0f%%  recall %3.0f%%  (right %d, wrong %d, missed %d)", kind,
                100 * c.precision(), 100 * c.recall(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    static boolean same(Fact w, Fact g) {
        return switch (w.kind()) {
            case "event" -> w.eventKind().equals(g.eventKind()) && w.sides().equals(g.sides()) && sameDate(w, g);
            case "tariff" -> java.util.Objects.equals(w.rate(), g.rate()) && java.util.Objects.equals(w.target(), g.target()) && w.sectors().equals(g.sectors());
            case "statement" -> sameSpeaker(w.speaker(), g.speaker()) && (overlap(w, g) || sharesQuote(w, g));
            case "chip" -> w.sectors().isEmpty() || g.sectors().isEmpty() ? sharedWord(w.name(), g.name()) : intersects(w.sectors(), g.sectors());
            case "person" -> w.name().equals(g.name()) && sameOffice(w.office(), g.office());
            default -> false;
        };
    }

    private static boolean sameDate(Fact w, Fact g) {
        if (w.date() == null || g.date() == null) {
            return w.date() == null && g.date() == null;
        }
        return Merging.compatible(w.date(), w.precision(), g.date(), g.precision());
    }

    private static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    private static boolean overlap(Fact w, Fact g) {
        return w.end() > 0 && g.end() > 0 && w.start() < g.end() && g.start() < w.end();
    }

    private static boolean sharesQuote(Fact w, Fact g) {
        for (String q : w.quotes()) {
            for (String h : g.quotes()) {
                if (q.contains(h) || h.contains(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        var both = new HashSet<>(a);
        both.retainAll(b);
        return !both.isEmpty();
    }

    private static boolean sharedWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        var words = new HashSet<>(List.of(a.split("\\W+")));
        return java.util.Arrays.stream(b.split("\\W+")).anyMatch(w -> w.length() > 3 && words.contains(w));
    }

    /** Offices compare without "U.S."/"US"/"Japan's"/"Japanese" and "of Japan"/"of the United States". */
    static boolean sameOffice(String a, String b) {
        for (String one : (b == null ? "" : b).split(" / ")) {
            String x = office(a);
            String y = office(one);
            if (!x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x))) {
                return true;
            }
        }
        return false;
    }

    static String office(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").replaceAll("\\b(u\\.s\\.|us|japan's|japan\u2019s|japanese|the)\\b", "")
                .replaceAll("\\bof (japan|the united states)\\b", "").replaceAll("\\s+", " ").strip();
    }

    private static String describe(Fact f) {
        return switch (f.kind()) {
            case "event" -> f.eventKind() + " " + f.sides() + " " + (f.date() == null ? "undated" : f.date() + "/" + f.precision().word());
            case "tariff" -> f.rate() + "% on " + f.target() + " " + f.sectors();
            case "statement" -> f.speaker() + " " + f.quotes() + (f.end() > 0 ? " @" + f.start() + "-" + f.end() : "");
            case "chip" -> f.name() + " " + f.sectors();
            default -> f.name() + " / " + f.office();
        };
    }

    /**
     * The facts of an extraction, with ids turned into names through {@code names} (id → name). The
     * held-out sets list only people as sides ({@code peopleOnly}) and count a statement also as an
     * dated event of kind statement (its speaker, its day), as the curated seeds do not.
     */
    public static List<Fact> of(Extraction x, Map<String, String> names, boolean peopleOnly) {
        var out = new ArrayList<Fact>();
        for (var e : x.events()) {
            var sides = sides(e.participants(), names, peopleOnly);
            if (e.kind() == EventKind.STATEMENT && peopleOnly && e.date().known()) {
                out.add(new Fact("event", e.kind().word(), sides, e.date().date(), e.date().precision(), null, null, Set.of(), null, Set.of(),
                        e.evidence().start(), e.evidence().end(), null, null, false));
            }
            if (e.kind() == EventKind.STATEMENT) {
                String speaker = e.speakers().isEmpty() ? lower(e.attribution()) : lower(names.getOrDefault(e.speakers().get(0), e.speakers().get(0)));
                out.add(new Fact("statement", null, sides, null, null, null, null, Set.of(), speaker, lowerAll(e.quotes()),
                        e.evidence().start(), e.evidence().end(), null, null, false));
            } else {
                out.add(new Fact("event", e.kind().word(), sides, e.date().date(), e.date().precision(), null, null, Set.of(), null, Set.of(),
                        e.evidence().start(), e.evidence().end(), null, null, false));
            }
        }
        for (var t : x.tariffs()) {
            out.add(new Fact("tariff", null, Set.of(), null, null, t.rate(), lower(names.get(t.target())), namesOf(t.sectors(), names),
                    null, Set.of(), t.evidence().start(), t.evidence().end(), null, null, false));
        }
        for (var c : x.chips()) {
            out.add(new Fact("chip", null, Set.of(), null, null, null, null, namesOf(c.sectors(), names), null, Set.of(), 0, 0, lower(c.name()),
                    null, false));
        }
        for (var p : x.people()) {
            out.add(new Fact("person", null, Set.of(), null, null, null, null, Set.of(), null, Set.of(), 0, 0, lower(p.name()),
                    lower(p.officeName() + " / " + p.title()), false));
        }
        return out;
    }

    static Set<String> sides(List<String> ids, Map<String, String> names, boolean peopleOnly) {
        var out = new HashSet<String>();
        for (String id : ids) {
            if (!peopleOnly || id.startsWith("person-")) {
                out.add(lower(names.getOrDefault(id, id)));
            }
        }
        return out;
    }

    static Set<String> namesOf(List<String> ids, Map<String, String> names) {
        var out = new HashSet<String>();
        ids.forEach(id -> out.add(lower(names.getOrDefault(id, id))));
        return out;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
    }

    static Set<String> lowerAll(List<String> values) {
        var out = new HashSet<String>();
        values.forEach(v -> out.add(lower(v)));
        return out;
    }
}
