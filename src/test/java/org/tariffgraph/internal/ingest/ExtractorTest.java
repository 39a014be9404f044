package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.Vocabulary.TariffKind;
import org.tariffgraph.model.Vocabulary.TariffStatus;

/**
 * One rule at a time, on sentences written for the test: clause scope, modality, dates and lengths
 * that stay with their own event, stacking of rates, lists of proposals and new people.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtractorTest {

    private static Extractor extractor;
    private static final LocalDate SATURDAY = LocalDate.of(2025, 6, 28);

    @BeforeAll
    static void knownGraph() {
        extractor = new Extractor(KnownGraph.fromFolder(Path.of("import")));
    }

    private static Extraction read(String text) {
        return extractor.extract(ReportText.of("test.txt", text, SATURDAY));
    }

    private static List<Extraction.Event> events(Extraction x, EventKind kind) {
        return x.events().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void a_deadline_in_another_clause_does_not_make_a_finished_call_planned() {
        var x = read("Akazawa held a long phone call with Lutnick on Thursday, as a pause of the higher duty is set to expire next week.");
        var call = events(x, EventKind.PHONE_CALL).get(0);
        assertEquals(EventStatus.HELD, call.status());
        assertEquals(LocalDate.of(2025, 6, 26), call.date().date());
    }

    @Test
    void two_events_in_one_sentence_keep_their_own_length_and_date() {
        var x = read("Akazawa spoke with Lutnick by phone on Saturday. The call came one day after the two held a meeting lasting "
                + "about 90 minutes in Washington.");
        var call = events(x, EventKind.PHONE_CALL).get(0);
        var meeting = events(x, EventKind.MEETING).get(0);
        assertNull(call.minutes());
        assertEquals(90, meeting.minutes());
        assertEquals(LocalDate.of(2025, 6, 27), meeting.date().date(), "a day before the call");
        assertEquals("Washington", meeting.place());
    }

    @Test
    void a_meeting_that_never_took_place_is_sought_not_held_and_a_possible_one_is_potential() {
        var x = read("Akazawa sought a meeting with Bessent in Washington, but the meeting never took place.\n"
                + "A potential summit between Ishiba and Trump could follow in July.");
        assertEquals(EventStatus.SOUGHT, events(x, EventKind.MEETING).get(0).status());
        assertEquals(EventStatus.POTENTIAL, events(x, EventKind.SUMMIT).get(0).status());
    }

    @Test
    void a_call_needs_two_sides() {
        var x = read("The upcoming phone call may include talks on rice, beef and the timing of any cut in the car duty.");
        assertTrue(events(x, EventKind.PHONE_CALL).isEmpty(), x.events().toString());
    }

    @Test
    void a_numbered_round_and_a_trip_with_its_place_and_date() {
        var x = read("Akazawa arrived in Washington on Thursday for the eighth round of ministerial talks.");
        var round = events(x, EventKind.NEGOTIATION_ROUND).get(0);
        assertEquals(8, round.round());
        var trip = events(x, EventKind.TRIP).get(0);
        assertEquals("Washington", trip.place());
        assertEquals(List.of("person-ryosei-akazawa"), trip.participants());
    }

    @Test
    void a_rate_pair_is_a_new_rate_that_replaces_the_old_one() {
        var x = read("Washington raised the duty on imported cars to 27.5 percent from 2.5 percent in April.");
        var rates = x.tariffs().stream().map(Extraction.Tariff::rate).toList();
        assertEquals(List.of(27.5, 2.5), rates);
        assertEquals(1, x.tariffs().get(0).replaces());
        assertEquals(TariffStatus.SUPERSEDED, x.tariffs().get(1).status());
        assertEquals(List.of("sector-automobiles"), x.tariffs().get(0).sectors());
    }

    @Test
    void layers_that_add_up_are_parts_of_the_total() {
        var x = read("Japan pays a baseline 10 per cent duty and an additional 14 per cent country-specific tariff, "
                + "24 per cent in total.");
        var total = x.tariffs().stream().filter(t -> t.kind() == TariffKind.COMBINED).findFirst().orElseThrow();
        int index = x.tariffs().indexOf(total);
        assertEquals(2, x.tariffs().stream().filter(t -> Integer.valueOf(index).equals(t.partOf())).count());
    }

    @Test
    void sectors_a_rate_could_strain_are_affected_not_covered() {
        var x = read("A 24% duty on Japanese goods could strain electronics makers.");
        var t = x.tariffs().get(0);
        assertEquals(List.of(), t.sectors());
        assertEquals(List.of("sector-electronics"), t.affects());
    }

    @Test
    void each_item_of_a_list_of_proposals_is_a_chip_and_the_attribution_is_not_an_item() {
        var x = read("Tokyo's proposals include more purchases of American farm products, joint work on shipbuilding, "
                + "and easier rules for imported cars, according to people close to the talks.");
        assertEquals(3, x.chips().size(), x.chips().toString());
        assertEquals(List.of("sector-shipbuilding"), x.chips().get(1).sectors());
        assertEquals("according to people close to the talks", x.chips().get(0).attribution());
        assertEquals("gov-japan", x.chips().get(0).offeredBy());
    }

    @Test
    void a_title_before_an_unknown_name_is_a_new_person_and_the_surname_then_names_them() {
        var x = read("U.S. Trade Representative Jamieson Greer joined the talks on Friday. Greer said \"we are close\" to reporters.");
        var greer = x.people().get(0);
        assertEquals("person-jamieson-greer", greer.id());
        assertEquals("United States Trade Representative", greer.officeName());
        var statement = events(x, EventKind.STATEMENT).get(0);
        assertEquals(List.of("person-jamieson-greer"), statement.speakers());
        assertEquals(List.of("we are close"), statement.quotes());
    }

    @Test
    void an_unnamed_official_with_a_quote_is_kept_as_the_attribution() {
        var x = read("\"Nothing is settled,\" a senior Japanese official said on Saturday.");
        var statement = events(x, EventKind.STATEMENT).get(0);
        assertTrue(statement.speakers().isEmpty());
        assertTrue(statement.attribution().contains("official"), statement.attribution());
        assertEquals(SATURDAY, statement.date().date());
    }

    @Test
    void without_a_publication_date_a_weekday_is_kept_but_no_day_is_guessed() {
        var x = extractor.extract(ReportText.of("undated.txt", "Akazawa met Lutnick on Tuesday to discuss car tariffs and the order of the next steps.", null));
        var meeting = events(x, EventKind.MEETING).get(0);
        assertNull(meeting.date().date());
        assertEquals("Tuesday", meeting.date().weekday());
    }

    @Test
    void a_participle_and_a_second_verb_share_the_subject_and_each_event_takes_the_date_beside_it() {
        var x = read("Akazawa spoke to Lutnick by phone on Tuesday and will fly to Washington on Thursday for a fourth round of talks "
                + "on Friday, sitting down with Bessent before the session.");
        var trip = events(x, EventKind.TRIP).get(0);
        assertEquals(List.of("person-ryosei-akazawa"), trip.participants());
        assertEquals(LocalDate.of(2025, 7, 3), trip.date().date(), "the Thursday after the report's Saturday");
        assertEquals(LocalDate.of(2025, 7, 4), events(x, EventKind.NEGOTIATION_ROUND).get(0).date().date());
        var meeting = events(x, EventKind.MEETING).get(0);
        assertTrue(meeting.participants().containsAll(List.of("person-ryosei-akazawa", "person-scott-bessent")), meeting.participants().toString());
    }

    @Test
    void one_event_on_two_days_is_two_events_and_a_week_after_counts_from_the_named_event() {
        var x = read("Akazawa held telephone talks with Lutnick on Thursday and again on Saturday as the talks went on.\n"
                + "The trip to Washington came a week after the calls, officials in Tokyo said on Saturday.");
        var calls = events(x, EventKind.PHONE_CALL);
        assertEquals(2, calls.size(), calls.toString());
        assertEquals(LocalDate.of(2025, 6, 26), calls.get(0).date().date());
        assertEquals(LocalDate.of(2025, 6, 28), calls.get(1).date().date());
    }

    @Test
    void bullet_lines_under_a_sentence_of_offers_are_chips() {
        var x = read("Japan has put forward these offers to Washington:\n- more purchases of American farm goods\n"
                + "- joint investment in shipbuilding\nOfficials expect a reply from the US side within the month, they said.");
        assertEquals(2, x.chips().size(), x.chips().toString());
        assertEquals(List.of("sector-shipbuilding"), x.chips().get(1).sectors());
    }

    @Test
    void a_transcript_speaker_label_names_the_speaker_and_is_not_part_of_the_words() {
        var x = read("ANCHOR (JANE DOE): We turn now to the trade talks in Washington this evening.\n"
                + "RYOSEI AKAZAWA (through interpreter): We explained our position clearly and we will keep talking.");
        var statements = events(x, EventKind.STATEMENT);
        assertEquals(1, statements.size(), statements.toString());
        assertEquals(List.of("person-ryosei-akazawa"), statements.get(0).speakers());
        assertTrue(statements.get(0).quotes().get(0).startsWith("We explained"));
    }
}
