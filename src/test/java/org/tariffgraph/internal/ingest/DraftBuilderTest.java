package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.internal.load.ImportReader;

/** What a draft holds against the curated graph, read from import/ (no Neo4j needed): new rows, added sources, second claims. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DraftBuilderTest {

    private static KnownGraph known;

    @BeforeAll
    static void curated() {
        known = KnownGraph.fromFolder(Path.of("import"));
    }

    private static Draft draft(String id, String text) {
        var builder = new DraftBuilder(known);
        builder.add(new Extractor(known).extract(ReportText.of(id + ".txt", text, LocalDate.of(2025, 6, 28))));
        return builder.build();
    }

    private static List<Map<String, String>> rows(Draft d, String file) {
        return d.rows().get(file);
    }

    @Test
    void a_chip_offered_for_relief_from_a_named_tariff_seeks_relief_from_it() {
        var d = draft("offer", "Japan offers more purchases of American farm goods and joint shipbuilding projects in exchange for "
                + "relief from the 25% tariff on cars, officials said on Friday.");
        var relief = rows(d, "seeks_relief_from.csv");
        assertFalse(relief.isEmpty(), d.review().toString());
        assertTrue(relief.stream().allMatch(r -> r.get("end").equals("tariff-us-auto-sectoral-25")), relief.toString());
    }

    @Test
    void a_new_tariff_keeps_the_legal_basis_its_sentence_gives() {
        var d = draft("basis", "Washington imposed a 40 percent duty on Japanese shipbuilding steel plates on national security grounds "
                + "on Friday, the commerce department said.");
        var tariff = rows(d, "tariffs.csv").stream().filter(r -> r.get("ratePercent").equals("40")).findFirst().orElseThrow();
        assertEquals("national security grounds", tariff.get("legalBasis"));
    }

    @Test
    void a_known_relationship_keeps_its_sources_and_gains_the_report_and_the_draft_validates() {
        var d = draft("again", "Akazawa and Commerce Secretary Howard Lutnick talked by phone twice on Saturday, for roughly 15 minutes "
                + "in the morning and for roughly 20 minutes in the evening.");
        var side = rows(d, "participated_in.csv").stream()
                .filter(r -> r.get("end").equals("event-2025-06-28-call-akazawa-lutnick-evening") && r.get("start").equals("person-howard-lutnick"))
                .findFirst().orElseThrow();
        assertEquals(List.of("002_4eaeae4dd2adb612", "again"), KnownGraph.list(side.get("sources")));
        assertEquals("-;by-phone", side.get("rules"));
        assertTrue(rows(d, "documents.csv").stream().anyMatch(r -> r.get("id").equals("002_4eaeae4dd2adb612")), "the cited document is drafted too");
        var plan = ImportReader.read("draft", d.rows());
        assertTrue(plan.nodeCount() > 0);
    }

    @Test
    void the_same_meeting_with_another_length_is_a_second_claim() {
        var d = draft("longer", "Akazawa held a meeting with Howard Lutnick on Friday that lasted about 90 minutes, people briefed on it said.");
        var conflict = rows(d, "conflicts_with.csv");
        assertEquals(1, conflict.size(), d.review().toString());
        assertEquals("duration", conflict.get(0).get("aspect"));
        assertEquals("event-2025-06-27-meeting-akazawa-lutnick", conflict.get(0).get("end"));
    }

    @Test
    void an_apposition_names_a_new_person_and_an_office_the_graph_knows_by_other_words() {
        var x = new Extractor(known).extract(ReportText.of("appositions.txt", "Ryosei Akazawa, the minister in charge of economic "
                + "revitalization, met Kenji Mori, a senior adviser on trade, in Tokyo on Friday.", LocalDate.of(2025, 6, 28)));
        var akazawa = x.people().stream().filter(p -> p.id().equals("person-ryosei-akazawa")).findFirst().orElseThrow();
        assertEquals("office-japan-minister-economic-revitalization", akazawa.officeId());
        var mori = x.people().stream().filter(p -> p.id().equals("person-kenji-mori")).findFirst().orElseThrow();
        assertFalse(mori.known());
        assertEquals("Senior Adviser on Trade", mori.officeName());
    }
}
