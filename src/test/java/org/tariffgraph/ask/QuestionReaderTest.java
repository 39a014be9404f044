package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Entity;

/** The whole reader over a small lexicon written by hand, without Neo4j. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuestionReaderTest {

    private static final Lexicon LEXICON = new Lexicon(List.of(
            new Entity("country-japan", "Japan", "Country", List.of("Japanese"), List.of()),
            new Entity("gov-japan", "Government of Japan", "Government", List.of("Tokyo", "Japan"), List.of()),
            new Entity("gov-us", "United States Government", "Government", List.of("Washington", "US"), List.of()),
            new Entity("person-shigeru-ishiba", "Shigeru Ishiba", "Person", List.of(), List.of("Prime Minister")),
            new Entity("person-scott-bessent", "Scott Bessent", "Person", List.of(), List.of("Treasury Secretary")),
            new Entity("person-howard-lutnick", "Howard Lutnick", "Person", List.of(), List.of("Commerce Secretary")),
            new Entity("sector-steel", "Steel", "Sector", List.of(), List.of()),
            new Entity("sector-agriculture", "Agriculture", "Sector", List.of("farm products"), List.of())));

    private static final Entity JAPAN = new Entity("gov-japan", "Government of Japan", "Government", List.of("Tokyo", "Japan"), List.of());

    /** Only Ishiba's government is known: a leader of no recorded government stays a person. */
    private static Entity governmentOf(Entity person) {
        return person.id().equals("person-shigeru-ishiba") ? JAPAN : null;
    }

    private static QuestionReader reader(java.util.function.Function<List<String>, String> anchorDate) {
        return new QuestionReader(LEXICON, 2025, anchorDate, QuestionReaderTest::governmentOf);
    }

    private static Reading read(String question) {
        return reader(words -> null).read(question);
    }

    @Test
    void a_leaders_government_is_that_government_not_the_leader() {
        for (String q : List.of("What pressure is the Ishiba government under?", "What did Ishiba's cabinet want most?")) {
            var r = read(q);
            assertEquals("gov-japan", r.actor().id(), q);
        }
        assertEquals("person-shigeru-ishiba", read("What did Ishiba say about the tariffs?").actor().id());
        assertEquals("gov-japan", read("Who is on the Ishiba government's side?").names().side().id());
        assertEquals("person-scott-bessent", read("What did the Bessent government say?").actor().id());
    }

    @Test
    void an_unknown_name_keeps_the_known_words_that_belong_to_it() {
        assertEquals(List.of("Nippon Steel"), read("Did Nippon Steel come up in the negotiations?").unknown());
        assertEquals(List.of("World Trade Organization"), read("Has Japan taken the dispute to the World Trade Organization?").unknown());
    }

    @Test
    void a_known_actor_beside_an_unknown_name_stays_a_name_of_its_own() {
        assertEquals(List.of("Greer"), read("Did Bessent and Greer meet Akazawa?").unknown().stream().filter(u -> !u.equals("Akazawa")).toList());
    }

    @Test
    void unknown_goods_said_to_be_part_of_an_offer_are_unknown_even_behind_a_country() {
        var r = read("are us soybeans part of japans offer");
        assertEquals(Intent.UNKNOWN, r.intent());
        assertEquals(List.of("soybeans"), r.unknown());
    }

    @Test
    void getting_ready_to_receive_someone_is_a_planned_meeting_not_an_offer() {
        assertEquals(Intent.NEGOTIATIONS, read("Whom was Ishiba getting ready to receive in Tokyo in July?").intent());
        assertEquals(Intent.NEGOTIATIONS, read("Any idea when Bessent was due to meet Ishiba?").intent());
        assertEquals(Intent.CHIPS, read("Is Japan ready to buy more US farm products?").intent());
    }

    @Test
    void teaming_up_with_someone_asks_for_ones_own_side() {
        var r = read("Which US cabinet member teamed up with Bessent in the Japan negotiations?");
        assertEquals(Intent.COUNTERPARTS, r.intent());
        assertEquals(IntentRules.OWN_SIDE, r.rule());
        assertFalse(r.unknown().contains("US"));
    }

    @Test
    void a_period_a_landmark_gives_is_told_with_the_landmarks_words_and_date() {
        var r = reader(words -> words.contains("summit") ? "2025-06-15" : null)
                .read("Was the fifth round held before the G7 summit?");
        assertEquals("2025-06-14", r.to());
        assertEquals("before the G7 summit (2025-06-15)", r.when().landmark());
        assertEquals(" before the G7 summit (2025-06-15)", Phrasing.period(r));
    }

    @Test
    void when_a_pause_was_to_end_is_asked_of_the_timeline_of_tariff_actions() {
        for (String q : List.of("When was the suspension of the 24% tariff due to lapse?", "when does the tariff pause run out")) {
            var r = read(q);
            assertEquals(Intent.TIMELINE, r.intent(), q);
            assertEquals(IntentRules.PAUSE_ENDS, r.rule(), q);
        }
        assertEquals(Intent.NEGOTIATIONS, read("When did Bessent and Ishiba meet?").intent());
    }

    @Test
    void a_sign_of_willingness_asks_for_a_stance_while_being_willing_to_offer_stays_an_offer() {
        assertEquals(Intent.STATEMENTS, read("Has Washington shown any sign of lowering the steel duties?").intent());
        assertEquals(Intent.STATEMENTS, read("What does Bessent reckon Japan will do?").intent());
        assertEquals(Intent.CHIPS, read("What was Japan willing to offer?").intent());
    }

    @Test
    void the_day_before_a_landmark_is_that_one_day_and_the_landmarks_length_is_no_filter() {
        var reader = reader(words -> words.contains("call") ? "2025-07-17" : null);
        var r = reader.read("What did Bessent say the day before that 45-minute call?");
        assertEquals("2025-07-16", r.from());
        assertEquals("2025-07-16", r.to());
        assertEquals(null, r.numbers().minutes());
    }

    @Test
    void three_rates_in_a_yes_no_question_ask_whether_the_first_is_made_of_the_others() {
        var r = read("Does the 24% rate equal the 10% baseline plus the 14% levy?");
        assertEquals(Intent.TARIFFS, r.intent());
        assertEquals(Reading.Ask.WHETHER, r.ask());
        assertEquals(List.of(24.0, 10.0, 14.0), r.numbers().rates());
    }
}
