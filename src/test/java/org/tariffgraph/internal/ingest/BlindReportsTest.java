package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tariffgraph.internal.ingest.Score.Fact;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * The extractor on reports written by someone who never saw its rules, against the facts they expect
 * (a folder under src/test/resources/ingest/ with its README). Never tuned on: the score is printed,
 * and the test only guards against falling below what the extractor scored at first contact. The
 * second set ({@link SecondBlindReportsTest}) was written after the rules had been tuned on the seeds.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class BlindReportsTest {

    /** The first set: twelve reports, written before any rule existed. */
    static Path dir() {
        return Path.of("src/test/resources/ingest/blind");
    }

    /** The score at first contact (docs/ingest.md): a floor against regressions, not a target. */
    double firstContactPrecision() {
        return 0.53;
    }

    double firstContactRecall() {
        return 0.39;
    }

    int reportCount() {
        return 12;
    }

    Path folder() {
        return dir();
    }

    private final Score score = new Score();
    private final List<String> leaks = new ArrayList<>();
    private int reports;
    private int expectedLines;

    @org.junit.jupiter.api.BeforeAll
    void extractEveryReport() throws IOException {
        var known = KnownGraph.fromFolder(Path.of("import"));
        var extractor = new Extractor(known);
        var names = new Gold(known).names();
        var expected = expected();
        for (var entry : expected.entrySet()) {
            var report = ReportText.read(folder().resolve(entry.getKey() + ".txt"), null, Year.of(2025));
            var x = extractor.extract(report);
            var all = new HashMap<>(names);
            x.people().forEach(p -> all.putIfAbsent(p.id(), p.name()));
            score.add(entry.getKey(), entry.getValue().facts(), Score.of(x, all, true));
            leaks(x, entry.getValue().forbidden());
            reports++;
        }
        System.out.println("Reports never tuned on (" + folder().getFileName() + "), " + reports + " reports:");
        score.lines().forEach(l -> System.out.println("  " + l));
        System.out.println("  facts from text that must yield none: " + leaks.size() + " " + leaks);
    }

    @Test
    void every_report_and_every_expected_line_is_read() {
        assertEquals(reportCount(), reports);
        assertTrue(expectedLines >= 100, "expected.jsonl has " + expectedLines + " lines");
    }

    @Test
    void the_score_does_not_fall_below_first_contact() {
        var total = score.total();
        assertTrue(total.precision() >= firstContactPrecision(), "precision " + total.precision());
        assertTrue(total.recall() >= firstContactRecall(), "recall " + total.recall());
    }

    private record Expected(List<Fact> facts, List<String> forbidden) {}

    private Map<String, Expected> expected() throws IOException {
        var mapper = new ObjectMapper();
        var out = new LinkedHashMap<String, Expected>();
        for (String line : Files.readAllLines(folder().resolve("expected.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            expectedLines++;
            JsonNode n = mapper.readTree(line);
            var e = out.computeIfAbsent(n.get("report").asText(), k -> new Expected(new ArrayList<>(), new ArrayList<>()));
            if (n.get("kind").asText().equals("none")) {
                if (n.path("verbatim").asBoolean()) {
                    e.forbidden().add(n.get("text").asText());
                }
            } else {
                e.facts().add(fact(n));
            }
        }
        return out;
    }

    private static Fact fact(JsonNode n) {
        boolean optional = n.path("optional").asBoolean(false);
        return switch (n.get("kind").asText()) {
            case "event" -> new Fact("event", n.get("eventKind").asText(), lower(n.get("participants")), date(n), precision(n), null, null,
                    Set.of(), null, Set.of(), 0, 0, null, null, optional);
            case "tariff" -> new Fact("tariff", null, Set.of(), null, null, n.get("ratePercent").asDouble(), text(n, "target"),
                    lower(n.get("sectors")), null, Set.of(), 0, 0, null, null, optional);
            case "statement" -> new Fact("statement", null, Set.of(), null, null, null, null, Set.of(), text(n, "speaker"),
                    Set.of(text(n, "quote")), 0, 0, null, null, optional);
            case "chip" -> new Fact("chip", null, Set.of(), null, null, null, null, lower(n.get("sectors")), null, Set.of(), 0, 0,
                    text(n, "name"), null, optional);
            default -> new Fact("person", null, Set.of(), null, null, null, null, Set.of(), null, Set.of(), 0, 0, text(n, "name"),
                    text(n, "office"), optional);
        };
    }

    private static LocalDate date(JsonNode n) {
        String d = n.path("date").isNull() || n.path("date").isMissingNode() ? null : n.get("date").asText();
        if (d == null) {
            return null;
        }
        return LocalDate.parse(d.length() == 7 ? d + "-01" : d.length() == 4 ? d + "-01-01" : d);
    }

    private static DatePrecision precision(JsonNode n) {
        return DatePrecision.valueOf(n.path("datePrecision").asText("unknown").toUpperCase(Locale.ROOT));
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isMissingNode() || n.get(field).isNull() ? null : n.get(field).asText().toLowerCase(Locale.ROOT).strip();
    }

    private static Set<String> lower(JsonNode list) {
        var out = new HashSet<String>();
        if (list != null) {
            list.forEach(v -> out.add(v.asText().toLowerCase(Locale.ROOT).strip()));
        }
        return out;
    }

    /** A fact whose passage holds words that must yield nothing (a headline, a comment, a byline). */
    private void leaks(Extraction x, List<String> forbidden) {
        var spans = new ArrayList<int[]>();
        x.events().forEach(e -> spans.add(new int[] {e.evidence().start(), e.evidence().end()}));
        x.tariffs().forEach(t -> spans.add(new int[] {t.evidence().start(), t.evidence().end()}));
        x.chips().forEach(c -> spans.add(new int[] {c.evidence().start(), c.evidence().end()}));
        x.people().forEach(p -> spans.add(new int[] {p.evidence().start(), p.evidence().end()}));
        String text = x.report().text();
        for (String words : forbidden) {
            for (int[] s : spans) {
                if (text.substring(s[0], s[1]).contains(words)) {
                    leaks.add(x.report().id() + ": " + words);
                    break;
                }
            }
        }
    }
}
