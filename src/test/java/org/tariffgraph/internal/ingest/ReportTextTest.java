package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.internal.load.InvalidImportException;
import org.tariffgraph.internal.load.Problem;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportTextTest {

    /** Two paragraphs of made-up prose, each long enough and ending like a sentence. */
    private static final String FIRST = "Negotiators from the two governments talked for three hours in a hotel near the harbour.";
    private static final String SECOND = "Neither side gave details afterwards, and a further round is planned before the autumn.";
    private static final String ARTICLE = FIRST + "\n" + SECOND;

    private static ReportText of(String text) {
        return ReportText.of("report.txt", text, null);
    }

    private static Problem refused(Supplier<ReportText> reading) {
        var e = assertThrows(InvalidImportException.class, reading::get);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static Problem refused(String text) {
        return refused(() -> of(text));
    }

    @Nested
    class The_five_seed_reports {

        private Path seeds() {
            String env = System.getenv("TARIFFGRAPH_DOCUMENTS");
            Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared/seeds");
            Assumptions.assumeTrue(Files.isDirectory(dir), "the seed reports are not at " + dir.toAbsolutePath());
            return dir;
        }

        private ReportText seed(String id) {
            Path file = seeds().resolve(id + ".txt");
            Assumptions.assumeTrue(Files.isRegularFile(file), "seed " + file + " is missing");
            return ReportText.read(file, null);
        }

        @Test
        void stop_before_the_list_of_other_headlines() {
            var ends = List.of("last-minute breakthrough.", "U.S.-Asia trade landscape.", "the global automotive market.");
            var headlines = List.of("Wall Street Futures", "Russian Drone Strike", "China and Uruguay");
            var ids = List.of("000_17abbd0a8cabfd1f", "001_0d99ea31585ef7ba", "003_2fc20aa8a024164e");
            for (int i = 0; i < ids.size(); i++) {
                ReportText r = seed(ids.get(i));
                String body = r.body();
                assertTrue(body.endsWith(ends.get(i)), ids.get(i) + " ends " + tail(body));
                assertFalse(body.contains(headlines.get(i)), ids.get(i));
                assertFalse(body.contains("Japan Finance Minister Defends") || body.contains("Jimmy Lai"), ids.get(i));
                assertTrue(body.startsWith("Japan"), ids.get(i));
                assertNull(r.title(), ids.get(i));
                assertEquals(ids.get(i), r.id());
            }
        }

        @Test
        void seed_002_ends_before_the_kyodo_sign_off_and_the_comments_and_is_dated_by_its_first_line() {
            ReportText r = seed("002_4eaeae4dd2adb612");
            String body = r.body();
            assertTrue(body.startsWith("Japan's top tariff negotiator"), body.substring(0, 40));
            assertTrue(body.endsWith("U.S. capital."), tail(body));
            assertFalse(body.contains("sakurasuki") || body.contains("KYODO") || body.contains("https://"));
            assertEquals(new Dated(LocalDate.of(2025, 6, 28), DatePrecision.DAY, DateBasis.STATED, "date 2025-06-28", "Saturday", false),
                    r.published());
        }

        @Test
        void seed_002_without_its_copyright_sign_still_stops_at_the_first_commenter() {
            ReportText seed = seed("002_4eaeae4dd2adb612");
            ReportText r = ReportText.of("002.txt", seed.text().replace("© KYODO", ""), null);
            assertTrue(r.body().endsWith("U.S. capital."), tail(r.body()));
            assertFalse(r.body().contains("sakurasuki"));
        }

        @Test
        void seed_004_has_its_first_line_as_title_and_no_byline_in_the_body() throws IOException {
            ReportText r = seed("004_151e93711cde5b1c");
            String first = Files.readAllLines(seeds().resolve("004_151e93711cde5b1c.txt")).get(0);
            assertEquals(first.strip(), r.title());
            assertFalse(r.body().contains(first));
            assertTrue(r.body().startsWith("Japan’s chief tariff negotiator"));
            assertTrue(r.body().endsWith("familiar with the matter."), tail(r.body()));
            assertFalse(r.body().contains("By Vafa"));
            assertEquals(Dated.unknown("", null), r.published());
        }

        @Test
        void keep_the_text_exactly_as_the_file_has_it() throws IOException {
            try (var files = Files.list(seeds())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    ReportText r = ReportText.read(file, null);
                    assertEquals(Files.readString(file), r.text(), file.toString());
                    assertFalse(Character.isWhitespace(r.body().charAt(r.body().length() - 1)), file.toString());
                }
            }
        }

        private String tail(String body) {
            return "…" + body.substring(Math.max(0, body.length() - 60));
        }
    }

    @Nested
    class The_publication_date {

        private Dated published(String text) {
            return of(text).published();
        }

        private void assertDay(String expected, Dated dated, String words) {
            assertAll(words,
                    () -> assertEquals(LocalDate.parse(expected), dated.date()),
                    () -> assertEquals(DatePrecision.DAY, dated.precision()),
                    () -> assertEquals(DateBasis.STATED, dated.basis()),
                    () -> assertEquals(words, dated.text()),
                    () -> assertFalse(dated.yearAssumed()));
        }

        @Test
        void is_read_from_a_date_prefix_before_the_first_sentence() {
            ReportText r = of(" date 2025-06-28 " + ARTICLE);
            assertDay("2025-06-28", r.published(), "date 2025-06-28");
            assertTrue(r.body().startsWith("Negotiators"), r.body());
        }

        @Test
        void is_read_from_a_published_line_with_or_without_a_time() {
            assertDay("2025-07-20", published("Published 2025-07-20\n" + ARTICLE), "Published 2025-07-20");
            assertDay("2025-07-20", published("Published 2025-07-20 09:15\n" + ARTICLE), "Published 2025-07-20 09:15");
        }

        @Test
        void is_read_from_a_posted_line_with_its_weekday() {
            Dated d = published("Posted Monday, June 30, 2025\n" + ARTICLE);
            assertDay("2025-06-30", d, "Posted Monday, June 30, 2025");
            assertEquals("Monday", d.weekday());
        }

        @Test
        void is_read_from_a_month_name_in_any_case_and_abbreviation() {
            assertDay("2025-07-02", published("July 2, 2025\n" + ARTICLE), "July 2, 2025");
            assertDay("2025-07-02", published("Jul. 2, 2025\n" + ARTICLE), "Jul. 2, 2025");
            assertDay("2025-07-02", published("JUL. 2, 2025\n" + ARTICLE), "JUL. 2, 2025");
            assertDay("2025-09-12", published("sept 12, 2025\n" + ARTICLE), "sept 12, 2025");
        }

        @Test
        void is_read_from_a_day_before_the_month() {
            Dated d = published("Thursday 17 April 2025\n" + ARTICLE);
            assertDay("2025-04-17", d, "Thursday 17 April 2025");
            assertEquals("Thursday", d.weekday());
            assertDay("2025-04-17", published("17 April 2025\n" + ARTICLE), "17 April 2025");
        }

        @Test
        void is_read_from_a_date_with_a_time_and_zone_that_stay_out_of_the_body() {
            ReportText r = of("23 July 2025 — 11:40 JST\n" + ARTICLE);
            assertDay("2025-07-23", r.published(), "23 July 2025");
            assertEquals(ARTICLE, r.body());
            ReportText slash = of("2025/05/21 18:40 JST\n" + ARTICLE);
            assertDay("2025-05-21", slash.published(), "2025/05/21");
            assertEquals(ARTICLE, slash.body());
        }

        @Test
        void is_read_from_a_bare_iso_date_line() {
            assertDay("2025-05-21", published("2025-05-21\n" + ARTICLE), "2025-05-21");
        }

        @Test
        void names_the_weekday_of_a_known_day_in_title_case() {
            assertEquals("Saturday", published("2025-06-28\n" + ARTICLE).weekday());
        }

        @Test
        void of_a_wire_dateline_without_a_year_takes_the_assumed_year_and_says_so() {
            String text = "TOKYO, June 4 (Kyodo) -- " + ARTICLE;
            ReportText r = ReportText.of("wire.txt", text, null, Year.of(2025));
            assertEquals(new Dated(LocalDate.of(2025, 6, 4), DatePrecision.DAY, DateBasis.STATED,
                    "TOKYO, June 4 (Kyodo) --", "Wednesday", true), r.published());
            assertEquals(text, r.body(), "the dateline stays in the body");
        }

        @Test
        void of_a_wire_dateline_without_a_year_or_an_assumed_one_is_unknown_but_keeps_the_words() {
            ReportText r = ReportText.of("wire.txt", "WASHINGTON, May 9 -- " + ARTICLE, null);
            assertEquals(Dated.unknown("WASHINGTON, May 9 --", null), r.published());
        }

        @Test
        void of_a_wire_dateline_with_a_year_is_stated() {
            ReportText r = ReportText.of("wire.txt", "WASHINGTON, May 9, 2025 (Reuters) - " + ARTICLE, null, Year.of(2024));
            assertDay("2025-05-09", r.published(), "WASHINGTON, May 9, 2025 (Reuters) -");
        }

        @Test
        void is_unknown_for_an_agency_dateline_without_a_date() {
            ReportText r = of("WASHINGTON (AP) — " + ARTICLE);
            assertEquals(Dated.unknown("", null), r.published());
            assertTrue(r.body().startsWith("WASHINGTON (AP) — Negotiators"));
        }

        @Test
        void prefers_a_published_line_to_the_dateline() {
            ReportText r = ReportText.of("r.txt", "Published 2025-07-20\nTOKYO, July 19 (Kyodo) -- " + ARTICLE, null, Year.of(2025));
            assertDay("2025-07-20", r.published(), "Published 2025-07-20");
        }

        @Test
        void prefers_the_published_line_to_an_updated_one() {
            Dated d = published("Updated July 2, 2025 3:45 PM EDT\nPublished July 1, 2025\n" + ARTICLE);
            assertEquals(LocalDate.of(2025, 7, 1), d.date());
        }

        @Test
        void is_read_from_a_byline_after_the_body() {
            ReportText r = of(ARTICLE + "\nBy Jane Doe, June 3, 2025\nAnother Story Entirely Here\nAnd One More Headline\nA Third Headline Line");
            assertDay("2025-06-03", r.published(), "June 3, 2025");
            assertEquals(ARTICLE, r.body());
        }

        @Test
        void is_not_read_from_dates_inside_the_article() {
            assertEquals(Dated.unknown("", null), published("Officials said the deadline of July 9, 2025 would not move at all now.\n" + SECOND));
        }

        @Test
        void given_by_the_user_wins_over_the_text() {
            ReportText r = ReportText.of("r.txt", "date 2025-06-28 " + ARTICLE, LocalDate.of(2025, 7, 1));
            assertEquals(new Dated(LocalDate.of(2025, 7, 1), DatePrecision.DAY, DateBasis.STATED, "--published 2025-07-01", "Tuesday", false),
                    r.published());
            assertTrue(r.body().startsWith("Negotiators"));
        }

        @Test
        void given_by_the_user_excuses_a_broken_date_line() {
            ReportText r = ReportText.of("r.txt", "date 2025-13-45\n" + ARTICLE, LocalDate.of(2025, 7, 1));
            assertEquals(LocalDate.of(2025, 7, 1), r.published().date());
        }

        @Test
        void is_unknown_when_the_text_states_none() {
            assertEquals(Dated.unknown("", null), published(ARTICLE));
        }
    }

    @Nested
    class The_start_of_the_body {

        @Test
        void follows_a_title_line() {
            ReportText r = of("Talks resume in the harbour city\n" + ARTICLE);
            assertEquals("Talks resume in the harbour city", r.title());
            assertEquals(ARTICLE, r.body());
        }

        @Test
        void follows_a_title_a_byline_and_a_date_line() {
            ReportText r = of("Talks resume in the harbour city\nBy Jane Doe and John Roe, Reuters\nUpdated 3 hours ago\n" + ARTICLE);
            assertEquals("Talks resume in the harbour city", r.title());
            assertEquals(ARTICLE, r.body());
        }

        @Test
        void is_the_first_line_when_that_is_prose() {
            ReportText r = of(ARTICLE);
            assertNull(r.title());
            assertEquals(0, r.bodyStart());
        }

        @Test
        void has_no_title_when_no_prose_follows_the_first_line() {
            ReportText r = of("Talks resume in the harbour city\nShort line one\nShort line two\nShort line three\n" + ARTICLE);
            assertNull(r.title());
        }

        @Test
        void skips_a_byte_order_mark_and_leading_space() {
            ReportText r = of("\uFEFF\n  " + ARTICLE);
            assertEquals("\n  " + ARTICLE, r.text());
            assertEquals(ARTICLE, r.body());
        }

        @Test
        void is_an_index_into_text_with_windows_line_breaks() {
            ReportText r = of("A title for the report\r\n" + FIRST + "\r\n" + SECOND + "\r\nMost read\r\nSomething else\r\n");
            assertEquals(FIRST + "\r\n" + SECOND, r.body());
            assertEquals("A title for the report", r.title());
        }

        @Test
        void gives_the_id_without_folder_or_extension() {
            assertEquals("002_4eaeae4dd2adb612", ReportText.of("docs/002_4eaeae4dd2adb612.txt", ARTICLE, null).id());
        }
    }

    @Nested
    class The_end_of_the_body {

        private void assertEndsBody(String trailer) {
            assertEquals(ARTICLE, of(ARTICLE + "\n" + trailer).body(), trailer);
        }

        @Test
        void is_a_most_read_list_even_of_full_sentences() {
            assertEndsBody("Most read\n1. A ferry ran aground near the port.\n2. Prices of rice rose again.\n3. A storm is expected.");
        }

        @Test
        void is_a_run_of_three_short_lines_without_final_punctuation() {
            assertEndsBody("\n\nFerry Runs Aground Near Port\nRice Prices Rise Again in May\nStorm Expected Over the Weekend");
        }

        @Test
        void drops_one_or_two_stray_short_lines_at_the_very_end() {
            assertEndsBody("\nTrade talks");
            assertEndsBody("Tags\nTrade talks");
        }

        @Test
        void keeps_a_short_subheading_between_paragraphs() {
            String text = FIRST + "\nWhat comes next\n" + SECOND;
            assertEquals(text, of(text).body());
        }

        @Test
        void is_a_comment_section() {
            assertEndsBody("harbourwatcher\nI doubt anything will come of this.\nhttps://example.org/some/page\nken_77\n"
                    + "Another long comment from a reader who has many opinions about these talks.");
        }

        @Test
        void is_a_link_on_its_own_line() {
            assertEndsBody("https://example.org/read-this-too\n" + "A further paragraph of text from somewhere else on the page.");
        }

        @Test
        void keeps_a_bullet_list_inside_the_body() {
            String text = FIRST + "\nThe proposals include:\n- lower duties on cars\n• more imports of rice\n* joint work on chips\n" + SECOND;
            assertEquals(text, of(text + "\nMost popular\nSomething else").body());
        }

        @Test
        void keeps_a_bullet_list_at_the_end_of_the_body() {
            String text = ARTICLE + "\nThe proposals include:\n- lower duties on cars\n- more imports of rice";
            assertEquals(text, of(text).body());
        }

        @Test
        void is_right_before_a_copyright_sign_glued_to_the_last_sentence() {
            assertEquals(ARTICLE, of(ARTICLE + "© 2025 Example News").body());
        }

        @Test
        void is_a_byline_or_credit_after_the_article() {
            assertEndsBody("By Jane Doe");
            assertEndsBody("By Jane Doe and John Roe, Reuters");
            assertEndsBody("Reporting by Jane Doe; Editing by John Roe");
            assertEndsBody("(Reporting by Jane Doe in Tokyo; Editing by John Roe)");
            assertEndsBody("==Kyodo");
        }

        @Test
        void is_a_trailer_cue_line() {
            for (String cue : List.of("Related: Ferry runs aground", "Related stories", "Read more", "Recommended", "Comments",
                    "12 comments", "Leave a comment", "Sign up for our daily newsletter.", "Share this article",
                    "Copyright 2025 Example News.", "All rights reserved.", "More from Example News")) {
                assertEndsBody(cue + "\nA further paragraph of text that follows the cue and is long enough.");
            }
        }

        @Test
        void is_not_a_sentence_that_merely_starts_like_a_cue_or_a_byline() {
            String text = FIRST + "\nBy the end of the week, both sides hope to have a draft text ready to sign.\n"
                    + "Recommended changes to the rules of origin were also discussed at some length.\n" + SECOND;
            assertEquals(text, of(text).body());
        }

        @Test
        void is_not_an_advertisement_marker_inside_the_article() {
            String text = FIRST + "\nAdvertisement\n" + SECOND;
            assertEquals(text, of(text).body());
        }

        @Test
        void excludes_trailing_whitespace() {
            ReportText r = of(ARTICLE + "  \n\n\t\n");
            assertEquals(ARTICLE.length(), r.bodyEnd());
        }

        /** Every cue of the resource file ends a body as its mode says: the file cannot hold a dead cue. */
        @Test
        void is_found_by_every_cue_of_the_resource_file() throws IOException {
            for (String[] cue : cues()) {
                String after = "\nA further paragraph of text that follows the cue and is long enough.";
                switch (cue[0]) {
                    case "line", "start" -> assertEndsBody(cue[1] + after);
                    case "inside" -> assertEquals(ARTICLE, of(ARTICLE + cue[1] + " Example" + after).body(), cue[1]);
                    case "keep" -> {
                        String text = FIRST + "\n" + cue[1] + "\n" + SECOND;
                        assertEquals(text, of(text).body(), cue[1]);
                    }
                    case "regex" -> { } // a pattern has no one example; the cue lines above test the regexes in use
                    default -> throw new AssertionError("unknown mode " + cue[0]);
                }
            }
        }

        private List<String[]> cues() throws IOException {
            try (InputStream in = ReportText.class.getResourceAsStream("/ingest/body-end.txt")) {
                assertTrue(in != null, "ingest/body-end.txt is on the class path");
                var cues = new ArrayList<String[]>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        int colon = line.indexOf(':');
                        cues.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
                    }
                }
                assertTrue(cues.size() > 20, "cues read: " + cues.size());
                return cues;
            }
        }
    }

    @Nested
    class Refusals {

        @TempDir
        Path dir;

        private Path write(String name, byte[] bytes) throws IOException {
            return Files.write(dir.resolve(name), bytes);
        }

        private void assertProblem(Problem p, String file, String field, String words) {
            assertEquals(file, p.file());
            assertEquals(field, p.field());
            assertTrue(p.message().contains(words), p.message());
        }

        @Test
        void a_missing_file() {
            Path file = dir.resolve("nothing-here.txt");
            assertProblem(refused(() -> ReportText.read(file, null)), file.toString(), "(file)", "does not exist");
        }

        @Test
        void a_folder() {
            assertProblem(refused(() -> ReportText.read(dir, null)), dir.toString(), "(file)", "is a folder");
        }

        @Test
        void a_file_larger_than_five_megabytes() throws IOException {
            byte[] bytes = (ARTICLE + "\n").repeat(6 * 1024 * 1024 / (ARTICLE.length() + 1) + 1).getBytes(StandardCharsets.UTF_8);
            Path file = write("big.txt", bytes);
            Problem p = refused(() -> ReportText.read(file, null));
            assertProblem(p, file.toString(), "(file)", "a report may be at most 5 MB");
            assertTrue(p.message().startsWith("is 6.0 MB"), p.message());
            assertProblem(refused(() -> of(new String(bytes, StandardCharsets.UTF_8))), "report.txt", "(file)", "is 6.0 MB");
        }

        @Test
        void an_empty_file_or_one_of_whitespace() throws IOException {
            Path empty = write("empty.txt", new byte[0]);
            assertProblem(refused(() -> ReportText.read(empty, null)), empty.toString(), "(file)", "is empty");
            assertProblem(refused(" \n\t\u00A0\n"), "report.txt", "(file)", "only whitespace");
        }

        @Test
        void a_binary_file_with_nul_bytes() throws IOException {
            byte[] bytes = (ARTICLE + "\u0000\u0000").getBytes(StandardCharsets.UTF_8);
            Path file = write("nul.bin", bytes);
            assertProblem(refused(() -> ReportText.read(file, null)), file.toString(), "(file)", "NUL");
        }

        @Test
        void a_utf16_file() throws IOException {
            Path file = write("utf16.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE));
            assertProblem(refused(() -> ReportText.read(file, null)), file.toString(), "(file)", "UTF-16");
        }

        @Test
        void a_file_of_control_characters() {
            assertProblem(refused("\u0001\u0002\u0003\u0004" + FIRST), "report.txt", "(file)", "control characters");
        }

        @Test
        void invalid_utf8_with_the_line_of_the_first_bad_byte() throws IOException {
            byte[] head = (FIRST + "\n" + SECOND + "\nThe minister said ").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + 3];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) 0xC3;
            bytes[head.length + 1] = (byte) 0x28;
            bytes[head.length + 2] = (byte) '.';
            Path file = write("latin.txt", bytes);
            Problem p = refused(() -> ReportText.read(file, null));
            assertProblem(p, file.toString(), "(file)", "not valid UTF-8");
            assertEquals(3, p.line());
        }

        @Test
        void an_html_page() {
            assertProblem(refused("<!DOCTYPE html>\n<html><body>" + ARTICLE + "</body></html>"), "report.txt", "(file)", "HTML");
            assertProblem(refused("  <html lang=\"en\">" + ARTICLE), "report.txt", "(file)", "HTML");
            String tags = "<div class=\"story\"><p>" + FIRST + "</p>\n<p>" + SECOND + "</p><span>x</span></div>";
            assertProblem(refused(tags), "report.txt", "(file)", "HTML");
        }

        @Test
        void a_text_with_no_article_body() {
            String message = "has no article body (only headlines, comments or short lines)";
            assertProblem(refused("Ferry Runs Aground Near Port\nRice Prices Rise Again\nStorm Expected Over the Weekend\n"),
                    "report.txt", "body", message);
            assertProblem(refused("Short note.\nAnother short one.\n"), "report.txt", "body", message);
            assertProblem(refused("date 2025-06-28\nBy Jane Doe\n"), "report.txt", "body", message);
        }

        @Test
        void a_date_line_that_names_no_real_day() {
            Problem month = refused("date 2025-13-45\n" + ARTICLE);
            assertProblem(month, "report.txt", "published", "2025-13-45");
            assertEquals(1, month.line());
            Problem february = refused("A title for the report\nPublished 2025-02-30\n" + ARTICLE);
            assertProblem(february, "report.txt", "published", "Published 2025-02-30");
            assertEquals(2, february.line());
            assertProblem(refused("June 31, 2025\n" + ARTICLE), "report.txt", "published", "June 31, 2025");
            assertProblem(refused("date 2025-02-29 " + ARTICLE), "report.txt", "published", "2025-02-29");
        }

        @Test
        void names_the_file_as_given() throws IOException {
            Path file = write("nul.txt", new byte[] {'a', 0, 'b'});
            Path relative = Path.of("").toAbsolutePath().relativize(file);
            assertEquals(relative.toString(), refused(() -> ReportText.read(relative, null)).file());
        }
    }
}
