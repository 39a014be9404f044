package org.tariffgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tariffgraph.TestGraph;
import org.tariffgraph.internal.load.Loader;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.query.Queries.NegotiationFilter;

/** Every file of cypher/queries/ run against the seed graph, each with the answer the reports support. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueriesIT {

    private static final String AKAZAWA = "person-ryosei-akazawa";
    private static final String LUTNICK = "person-howard-lutnick";
    private static final String BESSENT = "person-scott-bessent";

    private TestGraph graph;
    private Queries queries;
    private final Set<String> exercised = new HashSet<>();

    @BeforeAll
    void start() {
        graph = TestGraph.start();
        new Loader(graph.store()).load(TestGraph.SEEDS, false);
        queries = new Queries(graph.store());
    }

    @AfterAll
    void stop() throws Exception {
        graph.close();
        try (var files = Files.list(Path.of("cypher", "queries"))) {
            var all = files.map(p -> p.getFileName().toString().replace(".cypher", "")).collect(Collectors.toSet());
            all.removeAll(exercised);
            assertEquals(Set.of(), all, "query files without a test in QueriesIT");
        }
    }

    private void ran(String name) {
        exercised.add(name);
    }

    private static <T> Map<String, T> by(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a));
    }

    @Test
    void actors_lists_people_and_governments_with_their_offices() {
        ran("actors");
        var people = by(queries.actors("person"), a -> a.id());
        assertTrue(people.keySet().containsAll(Set.of(AKAZAWA, LUTNICK, BESSENT, "person-donald-trump", "person-shigeru-ishiba")));
        assertTrue(people.get(LUTNICK).offices().stream().anyMatch(o -> o.contains("Commerce")), people.get(LUTNICK).toString());
        assertTrue(people.values().stream().allMatch(a -> a.type().equals("person")));
        var governments = queries.actors("government").stream().map(a -> a.id()).toList();
        assertEquals(List.of("gov-japan", "gov-us"), governments.stream().sorted().toList());
        assertTrue(queries.actors(null).size() > people.size() + governments.size());
    }

    @Test
    void office_finds_the_commerce_secretary_by_title_and_akazawa_holds_two_offices() {
        ran("office");
        var commerce = queries.office("Commerce", null, null);
        assertEquals(List.of(LUTNICK), commerce.stream().map(o -> o.personId()).distinct().toList());
        var akazawa = queries.office(null, AKAZAWA, null);
        assertEquals(2, akazawa.size(), akazawa.toString());
        assertTrue(akazawa.stream().allMatch(o -> o.government().contains("Japan")));
        var december2024 = queries.office(null, null, "2024-12").stream().map(o -> o.personId()).collect(Collectors.toSet());
        assertTrue(december2024.contains("person-shigeru-ishiba"), december2024.toString());
        assertFalse(december2024.contains(LUTNICK), "Lutnick took office in 2025");
    }

    @Test
    void counterparts_of_akazawa_are_the_americans_he_dealt_with_and_not_his_own_prime_minister() {
        ran("counterparts");
        var rows = by(queries.counterparts(AKAZAWA), c -> c.counterpartId());
        assertTrue(rows.keySet().containsAll(Set.of(LUTNICK, BESSENT)), rows.keySet().toString());
        assertFalse(rows.containsKey("person-shigeru-ishiba"), "his own prime minister is not a counterpart");
        var lutnick = rows.get(LUTNICK);
        assertTrue(lutnick.interactions() >= 6, lutnick.toString());
        assertTrue(lutnick.kinds().containsAll(List.of("PhoneCall", "Meeting")), lutnick.toString());
        assertEquals("2025-06-05", lutnick.firstDate(), "the fifth round, 5-6 June 2025, is his first dated meeting with Akazawa");
        assertTrue(lutnick.sources().containsAll(List.of("000_17abbd0a8cabfd1f", "001_0d99ea31585ef7ba", "002_4eaeae4dd2adb612")));
        assertEquals(lutnick, queries.counterparts(AKAZAWA).get(0), "the most frequent counterpart comes first");
    }

    @Test
    void contacts_of_akazawa_are_his_own_prime_minister_and_counterparts_met_only_in_plans_are_named_with_their_status() {
        ran("contacts");
        var contacts = by(queries.contacts(AKAZAWA), c -> c.counterpartId());
        assertTrue(contacts.containsKey("person-shigeru-ishiba"), contacts.keySet().toString());
        assertFalse(contacts.containsKey(LUTNICK), "Lutnick is of the other side");
        var ishiba = by(queries.counterparts("person-shigeru-ishiba"), c -> c.counterpartId());
        var bessent = ishiba.get(BESSENT);
        assertTrue(bessent != null && bessent.held() == 0 && bessent.statuses().contains("planned"), ishiba.toString());
    }

    @Test
    void search_finds_facts_by_their_own_words_and_index_syntax_in_a_word_is_only_letters() {
        ran("search");
        var hits = queries.search(List.of("strenuously"), 5);
        assertEquals("event-2025-06-28-statement-japan-strenuous-work", hits.get(0).id(), hits.toString());
        assertTrue(hits.get(0).sources().contains("002_4eaeae4dd2adb612"));
        assertEquals(queries.search(List.of("strenuously"), 5), queries.search(List.of("strenuously)*~\"", "of"), 5),
                "syntax characters are dropped and short words ignored");
        assertEquals(hits.get(0).id(), queries.search(List.of("AND", "strenuously"), 5).get(0).id(), "an operator word is only a word");
        assertTrue(queries.search(List.of("of", "a"), 5).isEmpty());
    }

    @Test
    void negotiations_on_june_28_are_the_two_calls_of_15_and_20_minutes() {
        ran("negotiations");
        var day = queries.negotiations(new NegotiationFilter(AKAZAWA, LUTNICK, "2025-06-28", "2025-06-28", null));
        assertEquals(List.of(15L, 20L), day.stream().map(Negotiation::durationMinutes).toList());
        assertTrue(day.stream().allMatch(n -> n.kind().equals("PhoneCall") && n.dateBasis().equals("resolved")));
        assertTrue(day.stream().allMatch(n -> n.round() == 7L), day.toString());
    }

    @Test
    void negotiations_of_round_7_include_the_meeting_a_day_before_the_calls() {
        var round7 = queries.negotiations(new NegotiationFilter(null, null, null, null, 7L));
        var meeting = round7.stream().filter(n -> n.kind().equals("Meeting") && "held".equals(n.status())).findFirst().orElseThrow();
        assertEquals("2025-06-27", meeting.date());
        assertEquals("Friday", meeting.weekday());
        assertEquals(60L, meeting.durationMinutes());
    }

    @Test
    void a_month_range_keeps_events_known_only_to_the_month() {
        var june = queries.negotiations(new NegotiationFilter(null, null, "2025-06", "2025-06", null));
        assertFalse(june.isEmpty());
        assertTrue(june.stream().allMatch(n -> n.date().startsWith("2025-06")), june.toString());
        var april = queries.timeline(null, "2025-04-15", "2025-04-20");
        assertTrue(april.stream().anyMatch(t -> "2025-04".equals(t.date())), "a month-precision event overlaps a range inside that month");
        assertTrue(april.stream().anyMatch(t -> "2025-04-16".equals(t.date())), "the first round of 16 April is in the range");
        assertTrue(april.stream().noneMatch(t -> "2025-04-02".equals(t.date())), "a day before the range is not");
    }

    @Test
    void rounds_are_numbered_five_six_and_seven_with_their_places() {
        ran("rounds");
        var rounds = queries.rounds(null).stream().filter(r -> r.round() != null).toList();
        assertEquals(List.of(5L, 6L, 7L), rounds.stream().map(r -> r.round()).filter(n -> n >= 5).toList());
        var seventh = rounds.stream().filter(r -> r.round() == 7L).findFirst().orElseThrow();
        assertEquals("Washington", seventh.place());
        assertTrue(seventh.participants().containsAll(List.of("Ryosei Akazawa", "Howard Lutnick")));
        assertTrue(seventh.events().size() >= 3, seventh.events().toString());
    }

    @Test
    void the_timeline_is_in_date_order_with_undated_events_last() {
        ran("timeline");
        var all = queries.timeline(null, null, null);
        var dates = all.stream().map(t -> t.date()).toList();
        int firstNull = dates.indexOf(null);
        var dated = firstNull < 0 ? dates : dates.subList(0, firstNull);
        assertEquals(dated.stream().sorted().toList(), dated);
        if (firstNull >= 0) {
            assertTrue(dates.subList(firstNull, dates.size()).stream().allMatch(d -> d == null));
        }
        assertTrue(all.stream().anyMatch(t -> t.kind().equals("TariffAction")));
        var bessent = queries.timeline(BESSENT, null, null);
        assertTrue(bessent.size() < all.size() && bessent.stream().allMatch(t -> t.participants().contains("Scott Bessent")));
    }

    @Test
    void tariffs_on_japanese_cars_stack_2_5_and_25_to_27_5_percent() {
        ran("tariffs");
        var cars = queries.tariffs("country-japan", "sector-automobiles", null);
        TariffInfo combined = cars.stream().filter(t -> Double.valueOf(27.5).equals(t.ratePercent())).findFirst().orElseThrow();
        assertEquals(2, combined.components().size(), combined.toString());
        assertEquals(List.of(2.5, 25.0), combined.componentRates());
    }

    @Test
    void the_24_percent_is_both_baseline_plus_country_rate_and_a_disputed_auto_tariff() {
        var all = queries.tariffs(null, null, null);
        var reciprocal = all.stream().filter(t -> Double.valueOf(24.0).equals(t.ratePercent()) && t.components().size() == 2)
                .findFirst().orElseThrow();
        assertEquals(List.of(10.0, 14.0), reciprocal.componentRates());
        assertFalse(reciprocal.conflicts().isEmpty(), "the other account of the 24% is kept and linked");
        var asOfMay = queries.tariffs(null, null, "2025-05");
        assertTrue(asOfMay.stream().noneMatch(t -> "2025-08-01".equals(t.effectiveFrom())), "August's rate is not in force in May");
        assertTrue(all.stream().anyMatch(t -> "2025-08-01".equals(t.effectiveFrom())));
    }

    @Test
    void chips_on_agriculture_are_offered_by_japan_and_seek_relief_from_us_tariffs() {
        ran("chips");
        var farm = queries.chips("gov-japan", "sector-agriculture");
        assertEquals(1, farm.size(), farm.toString());
        var chip = farm.get(0);
        assertEquals(Set.of("003_2fc20aa8a024164e", "004_151e93711cde5b1c"), Set.copyOf(chip.sources()));
        assertEquals(List.of("under consideration (003_2fc20aa8a024164e)", "submitted (004_151e93711cde5b1c)"), chip.status(),
                "each report's status, not one flattened value");
        assertFalse(chip.reliefFrom().isEmpty());
        assertEquals(List.of("chip-auto-contribution-linkage"),
                queries.chips(null, null, "floated", null).stream().map(c -> c.id()).toList());
        assertTrue(queries.chips(null, null, null, "tariff-us-auto-sectoral-25").stream()
                .noneMatch(c -> c.id().equals("chip-us-defense-purchases")), "003 ties its chips to no particular tariff");
        assertTrue(queries.chips(null, null).size() >= 6);
        assertTrue(queries.chips(LUTNICK, null).isEmpty(), "the US side offered no chip");
    }

    @Test
    void sources_of_lutnick_give_each_report_and_passage() {
        ran("sources");
        var refs = queries.sources(LUTNICK);
        var docs = refs.stream().map(r -> r.document()).collect(Collectors.toSet());
        assertEquals(5, docs.size(), docs.toString());
        assertTrue(refs.stream().allMatch(r -> r.evidence().matches("\\d+-\\d+")));
        assertTrue(refs.stream().anyMatch(r -> r.fact().equals("the node itself")));
        assertTrue(refs.stream().anyMatch(r -> r.fact().startsWith("PARTICIPATED_IN -> ")));
        assertEquals("Kyodo News", refs.stream().filter(r -> r.document().startsWith("002_")).findFirst().orElseThrow().publisher());
        assertTrue(queries.sources("no-such-node").isEmpty());
    }

    @Test
    void entities_carry_office_titles_for_people() {
        ran("entities");
        var lutnick = queries.entities(List.of("Person")).stream().filter(e -> e.id().equals(LUTNICK)).findFirst().orElseThrow();
        assertTrue(lutnick.titles().stream().anyMatch(t -> t.toLowerCase().contains("commerce")), lutnick.toString());
        assertEquals("Person", lutnick.type());
        assertTrue(queries.entities(List.of("Sector")).stream().allMatch(e -> e.type().equals("Sector")));
    }

    @Test
    void documents_name_their_publishers_authors_and_citations() {
        ran("documents");
        var docs = by(queries.documents(null), d -> d.id());
        assertEquals(5, docs.size());
        assertEquals(List.of("Kyodo News"), docs.get("002_4eaeae4dd2adb612").publishers());
        assertEquals(List.of("Vafa Guliyeva"), docs.get("004_151e93711cde5b1c").authors());
        assertTrue(docs.get("003_2fc20aa8a024164e").cites().contains("Asahi Shimbun"));
        assertTrue(docs.values().stream().allMatch(d -> d.facts() > 0));
        assertEquals(List.of("002_4eaeae4dd2adb612"), queries.documents("002_4eaeae4dd2adb612").stream().map(d -> d.id()).toList());
    }

    @Test
    void find_nodes_uses_the_full_text_index_and_keeps_only_the_asked_labels() {
        ran("find-nodes");
        var g7 = queries.findNodes(List.of("G7", "summit"), List.of("Event"), 3);
        assertEquals("event-2025-06-g7-summit-canada", g7.get(0).id(), g7.toString());
        assertTrue(g7.stream().allMatch(m -> m.score() > 0));
        var hostile = queries.findNodes(List.of("x\"}) DETACH DELETE n //", "AND:*"), List.of("Event"), 3);
        assertTrue(hostile.stream().allMatch(m -> m.id().startsWith("event-")), "special characters never reach Lucene");
        assertTrue(queries.findNodes(List.of("steel"), List.of("Tariff"), 5).stream().anyMatch(m -> m.id().equals("tariff-us-steel")));
    }

    @Test
    void negotiations_by_kind_weekday_and_time_of_day() {
        var calls = queries.negotiations(new NegotiationFilter(AKAZAWA, null, null, null, null, List.of("PhoneCall"), null, null, null, null));
        assertTrue(calls.size() >= 5 && calls.stream().allMatch(n -> n.kind().equals("PhoneCall")), calls.toString());
        var saturdays = queries.negotiations(new NegotiationFilter(null, null, null, null, null, null, "Saturday", null, null, null));
        assertTrue(saturdays.stream().allMatch(n -> "Saturday".equals(n.weekday())), saturdays.toString());
        assertTrue(saturdays.size() >= 3, "two calls on 2025-06-28 and one on 2025-07-05");
        var evening = queries.negotiations(new NegotiationFilter(null, null, "2025-06-28", "2025-06-28", null, null, null, "evening", null, null));
        assertEquals(List.of(20L), evening.stream().map(Negotiation::durationMinutes).toList());
    }

    @Test
    void the_network_of_akazawa_is_a_graph_of_people_and_events() {
        ran("network");
        var table = new CypherRunner(graph.store()).run(Queries.text("network"), Map.of("actorId", AKAZAWA), false);
        assertEquals(List.of("a", "r", "e", "r2", "other"), table.columns());
        var others = table.rows().stream().map(r -> ((Map<?, ?>) r.get(4)).get("name")).collect(Collectors.toSet());
        assertTrue(others.contains("Howard Lutnick"), others.toString());
    }

    @Test
    void the_latest_year_is_that_of_the_newest_dated_report() {
        ran("latest-year");
        assertEquals(2025, queries.latestYear(1999));
    }

    @Test
    void the_digest_queries_see_every_node_and_relationship() {
        ran("digest-nodes");
        ran("digest-relationships");
        var d = new Digest(graph.store()).compute();
        long nodes = graph.store().driver().executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().get(0).get("c").asLong();
        long rels = graph.store().driver().executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().get(0).get("c").asLong();
        assertEquals(nodes, d.nodes());
        assertEquals(rels, d.relationships());
        assertTrue(d.sha256().matches("[0-9a-f]{64}"), d.sha256());
    }

    @Test
    void statements_give_speaker_quoted_words_date_attribution_and_sources() {
        ran("statements");
        var all = queries.statements(Queries.StatementFilter.all());
        var byAkazawa = queries.statements(new Queries.StatementFilter(AKAZAWA, null, null, null));
        assertTrue(byAkazawa.stream().allMatch(s -> s.speakers().contains("Ryosei Akazawa")), byAkazawa.toString());
        assertTrue(byAkazawa.stream().anyMatch(s -> s.quotes().contains("unacceptable")), "003's quoted word");
        var reporters = byAkazawa.stream().filter(s -> "reporters".equals(s.audience())).findFirst().orElseThrow();
        assertEquals("2025-06-08", reporters.date(), "after his return from the fifth round of 5-6 June");
        assertEquals(List.of("004_151e93711cde5b1c"), reporters.sources());
        var strenuous = queries.statements(new Queries.StatementFilter(null, "STRENUOUSLY", null, null));
        assertEquals(1, strenuous.size(), strenuous.toString());
        assertEquals(List.of("Government of Japan"), strenuous.get(0).speakers());
        assertEquals(List.of("002_4eaeae4dd2adb612: the Japanese government said"), strenuous.get(0).attributions());
        var june = queries.statements(new Queries.StatementFilter(null, null, "2025-06", "2025-06"));
        assertTrue(june.stream().allMatch(s -> s.date() != null && s.date().startsWith("2025-06")), june.toString());
        assertTrue(june.size() < all.size(), "a date range leaves out other months and the undated stances");
        assertTrue(all.stream().anyMatch(s -> s.kind().equals("stance: priority") && s.speakers().contains("Government of Japan")));
    }

    @Test
    void conflicts_list_each_claim_with_its_own_reports() {
        ran("conflicts");
        var rows = queries.conflicts();
        var tokyo = rows.stream().filter(c -> c.conflict().contains("event-tokyo-ministerial-talks-with-trump")).toList();
        assertEquals(2, tokyo.size(), tokyo.toString());
        assertEquals("place", tokyo.get(0).aspect());
        assertEquals(List.of("000_17abbd0a8cabfd1f"), tokyo.get(0).sources());
        assertEquals(List.of("004_151e93711cde5b1c"), tokyo.get(1).sources());
        var rate = rows.stream().filter(c -> c.conflict().contains("tariff-us-japan-auto-24-july")).toList();
        assertEquals(2, rate.size(), rate.toString());
        var farm = rows.stream().filter(c -> c.conflict().endsWith("chip-us-farm-imports")).toList();
        assertEquals(List.of("under consideration", "submitted"), farm.stream().map(c -> c.claim()).toList());
        assertEquals(List.of(List.of("003_2fc20aa8a024164e"), List.of("004_151e93711cde5b1c")), farm.stream().map(c -> c.sources()).toList());
        assertTrue(rows.stream().noneMatch(c -> c.conflict().endsWith("chip-semiconductor-minerals-supply-chain")),
                "a chip only one report gives a status to is no conflict");
    }

    @Test
    void document_texts_give_a_fingerprint_per_report() {
        ran("document-texts");
        var passages = queries.passages(Path.of("no-such-folder"));
        assertTrue(passages.passage("002_4eaeae4dd2adb612", "0-10").isEmpty(), "no text, no passage");
        var rows = queries.run("document-texts", Map.of(), Map.class);
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("sha256").toString().matches("[0-9a-f]{64}")));
    }
}
