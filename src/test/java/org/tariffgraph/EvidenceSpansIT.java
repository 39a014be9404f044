package org.tariffgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.internal.load.Loader;

/**
 * Checks every evidence span of the loaded graph against the article texts. The project ships no copy
 * of them: the folder is given with TARIFFGRAPH_DOCUMENTS (or -Dtariffgraph.documents); .ci/run gives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvidenceSpansIT {

    private TestGraph graph;
    private Path documents;

    @BeforeAll
    void start() {
        String dir = System.getProperty("tariffgraph.documents");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            dir = System.getenv("TARIFFGRAPH_DOCUMENTS");
        }
        if (dir == null || dir.isBlank()) {
            return; // each test reports itself skipped, with the reason
        }
        documents = Path.of(dir);
        graph = TestGraph.start();
        new Loader(graph.store()).load(TestGraph.SEEDS, false);
    }

    @BeforeEach
    void needsTheArticleTexts() {
        Assumptions.assumeTrue(documents != null, "TARIFFGRAPH_DOCUMENTS is not set: the article texts are not here (.ci/run sets it)");
    }

    @AfterAll
    void stop() {
        if (graph != null) {
            graph.close();
        }
    }

    private List<Map<String, Object>> rows(String cypher) {
        return graph.store().driver().executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
    }

    @Test
    void every_document_is_the_text_it_was_annotated_on() throws Exception {
        for (var d : rows("MATCH (d:Document) RETURN d.id AS id, d.textSha256 AS sha, d.bodyEnd AS bodyEnd")) {
            byte[] bytes = Files.readAllBytes(documents.resolve(d.get("id") + ".txt"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(d.get("sha"), sha, "the text of " + d.get("id") + " changed since it was annotated");
            long bodyEnd = (Long) d.get("bodyEnd");
            assertTrue(bodyEnd <= new String(bytes, StandardCharsets.UTF_8).length(), d.get("id") + " bodyEnd past the end");
        }
    }

    @Test
    void every_span_is_inside_its_article_body_and_cuts_no_word_in_half() throws Exception {
        var spans = new ArrayList<Map<String, Object>>();
        spans.addAll(rows("MATCH (n)-[r:REPORTED_IN]->(d:Document) RETURN n.id AS fact, d.id AS doc, r.evidence AS span, d.bodyEnd AS bodyEnd"));
        spans.addAll(rows("""
                MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
                UNWIND range(0, size(r.sources) - 1) AS i
                MATCH (d:Document {id: r.sources[i]})
                RETURN a.id + ' ' + type(r) + ' ' + b.id AS fact, d.id AS doc, r.evidence[i] AS span, d.bodyEnd AS bodyEnd"""));
        assertTrue(spans.size() > 100, "expected the seed graph's spans, found " + spans.size());
        var problems = new ArrayList<String>();
        for (var s : spans) {
            String text = Files.readString(documents.resolve(s.get("doc") + ".txt"), StandardCharsets.UTF_8);
            String[] se = ((String) s.get("span")).split("-");
            int start = Integer.parseInt(se[0]);
            int end = Integer.parseInt(se[1]);
            String where = s.get("fact") + " in " + s.get("doc") + " at " + s.get("span");
            if (start >= end || end > (Long) s.get("bodyEnd")) {
                problems.add(where + ": outside the article body");
                continue;
            }
            boolean cutStart = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start));
            boolean cutEnd = end < text.length() && Character.isLetterOrDigit(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end));
            if (cutStart || cutEnd) {
                problems.add(where + ": cuts a word: '" + text.substring(start, end) + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void a_person_is_named_in_every_passage_that_reports_them() throws Exception {
        var problems = new ArrayList<String>();
        for (var s : rows("MATCH (p:Person)-[r:REPORTED_IN]->(d:Document) RETURN p.name AS name, d.id AS doc, r.evidence AS span")) {
            String text = Files.readString(documents.resolve(s.get("doc") + ".txt"), StandardCharsets.UTF_8);
            String[] se = ((String) s.get("span")).split("-");
            String passage = text.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
            String name = (String) s.get("name");
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (!passage.contains(surname)) {
                problems.add(name + " in " + s.get("doc") + ": '" + passage + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_quoted_remark_in_the_bodies_is_a_statement_whose_passage_holds_it() throws Exception {
        var statements = rows("MATCH (s:Statement)-[r:REPORTED_IN]->(d:Document) RETURN d.id AS doc, r.evidence AS span");
        var problems = new ArrayList<String>();
        int quotes = 0;
        for (var d : rows("MATCH (d:Document) RETURN d.id AS id, d.bodyEnd AS bodyEnd")) {
            String body = Files.readString(documents.resolve(d.get("id") + ".txt"), StandardCharsets.UTF_8)
                    .substring(0, ((Long) d.get("bodyEnd")).intValue());
            var m = java.util.regex.Pattern.compile("“[^”]+”|\"[^\"]+\"").matcher(body);
            while (m.find()) {
                quotes++;
                int start = m.start();
                int end = m.end();
                boolean covered = statements.stream().filter(s -> s.get("doc").equals(d.get("id"))).anyMatch(s -> {
                    String[] se = ((String) s.get("span")).split("-");
                    return Integer.parseInt(se[0]) <= start && end <= Integer.parseInt(se[1]);
                });
                if (!covered) {
                    problems.add(d.get("id") + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), problems, "quoted remarks that no statement reports");
        assertTrue(quotes >= 9, "the bodies hold at least nine quoted remarks, found " + quotes);
    }

    @Test
    void the_quoted_words_of_a_statement_stand_verbatim_in_its_passage() {
        var passages = new org.tariffgraph.query.Queries(graph.store()).passages(documents);
        var problems = new ArrayList<String>();
        for (var s : rows("MATCH (s:Statement)-[r:REPORTED_IN]->(d:Document) WHERE s.quotes IS NOT NULL "
                + "RETURN s.id AS id, s.quotes AS quotes, d.id AS doc, r.evidence AS span")) {
            String passage = passages.passage((String) s.get("doc"), (String) s.get("span")).orElseThrow();
            for (Object quote : (List<?>) s.get("quotes")) {
                if (!passage.contains(quote.toString())) {
                    problems.add(s.get("id") + ": '" + quote + "' not in '" + passage + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void coverage_is_never_read_from_an_expected_effect() {
        var passages = new org.tariffgraph.query.Queries(graph.store()).passages(documents);
        var problems = new ArrayList<String>();
        for (var r : rows("""
                MATCH (t:Tariff)-[c:COVERS]->(s:Sector) UNWIND range(0, size(c.sources) - 1) AS i
                RETURN t.id + ' COVERS ' + s.id AS fact, c.sources[i] AS doc, c.evidence[i] AS span""")) {
            String passage = passages.passage((String) r.get("doc"), (String) r.get("span")).orElseThrow();
            if (passage.matches("(?s).*\\b(expected to impact|could strain|could hit|may affect)\\b.*")) {
                problems.add(r.get("fact") + ": " + passage);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sources_show_the_passage_itself_and_only_from_an_unchanged_text() throws Exception {
        var queries = new org.tariffgraph.query.Queries(graph.store());
        var refs = queries.passages(documents).fill(queries.sources("event-2025-06-28-call-akazawa-lutnick-morning"));
        var own = refs.stream().filter(r -> r.fact().equals("the node itself")).findFirst().orElseThrow();
        String article = Files.readString(documents.resolve("002_4eaeae4dd2adb612.txt"), StandardCharsets.UTF_8);
        assertEquals(article.substring(332, 384), own.passage(), "the words at the span of the morning call");
        assertTrue(own.passage().contains("15 minutes"), own.passage());
        assertEquals("an official said, and the Japanese government gave the length", own.attribution());
        var changed = java.nio.file.Files.createTempDirectory("texts");
        Files.writeString(changed.resolve("002_4eaeae4dd2adb612.txt"), Files.readString(documents.resolve("002_4eaeae4dd2adb612.txt")) + " ");
        assertTrue(queries.passages(changed).passage("002_4eaeae4dd2adb612", "332-384").isEmpty(), "a text that changed shows no passage");
    }
}
