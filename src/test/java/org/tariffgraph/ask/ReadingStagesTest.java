package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The stages of reading that need no graph (dates, numbers, cues), each on a question of its own, without Neo4j. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadingStagesTest {

    private static Parse read(String question) {
        var p = new Parse(question);
        new DateStage(2025).read(p);
        NumberStage.read(p);
        CueStage.read(p);
        return p;
    }

    @Test
    void a_round_named_by_its_neighbour_is_the_next_or_the_one_before() {
        assertEquals(6L, read("What round came right after the fifth one?").round);
        assertEquals(6L, read("Which round came before round 7?").round);
        assertEquals(5L, read("What happened in the fifth round?").round);
    }

    @Test
    void an_hour_long_meeting_lasted_sixty_minutes_and_every_rate_is_kept() {
        assertEquals(60L, read("Which round held the hour-long meeting?").minutes);
        assertEquals(45L, read("When was the 45-minute call?").minutes);
        assertEquals(List.of(27.5, 24.0), read("Is the 27.5% car tariff higher than the 24% reciprocal rate?").rates);
    }

    @Test
    void a_comparison_asks_higher_or_lower() {
        assertEquals("higher", read("Is the 27.5% car tariff higher than the 24% rate?").qualifiers.comparative());
        assertEquals("lower", read("Was the 10% rate lower than 25%?").qualifiers.comparative());
        assertNull(read("What is the tariff on cars?").qualifiers.comparative());
    }

    @Test
    void two_events_set_against_each_other_narrow_by_neither() {
        var p = read("Which call was longer, the morning call or the evening call on 28 June?");
        assertNull(p.timeOfDay, "the morning and the evening name the two calls, not a filter");
        assertEquals(Order.LONGEST, p.qualifiers.order());
    }

    @Test
    void a_status_verb_names_a_chips_status_and_never_negates_it() {
        assertEquals("submitted", read("How many bargaining chips did Japan submit?").qualifiers.chipStatus());
        assertFalse(read("How many bargaining chips did Japan submit?").qualifiers.negated());
        var never = read("Which chips were never formally submitted?").qualifiers;
        assertEquals("submitted", never.chipStatus());
        assertTrue(never.negated());
        assertEquals("floated", read("Which ideas did Tokyo float?").qualifiers.chipStatus());
    }

    @Test
    void a_date_inside_a_topic_phrase_is_the_topics_date() {
        var p = read("Which call was about the tariff due to start on August 1?");
        assertEquals("2025-08-01", p.topicDate);
        assertNull(p.from);
        assertEquals("2025-08-01", read("Which statements concerned the 25% tariff set for August 1?").topicDate);
    }

    @Test
    void after_his_dated_call_opens_the_period_and_the_call_is_the_landmarks() {
        var p = read("What trip was Akazawa planning after his July 8 call with Lutnick?");
        assertEquals("2025-07-09", p.from);
        assertNull(p.to);
        assertTrue(p.kinds.contains("Trip"));
        assertFalse(p.kinds.contains("PhoneCall"), "the call is the landmark, not what is asked for");
    }

    @Test
    void which_came_first_sets_two_events_against_each_other() {
        assertEquals(List.of("fifth round", "g7 summit"), read("Which came first, the fifth round or the G7 summit?").qualifiers.alternatives());
        assertEquals(List.of(), read("What came first in June?").qualifiers.alternatives());
    }

    @Test
    void a_landmark_round_is_no_round_asked_about() {
        var p = new Parse("Whom did Akazawa brief after the fifth round?");
        new DateStage(2025).read(p);
        new LandmarkStage(words -> words.contains("fifth") ? "2025-06-05" : null).read(p);
        NumberStage.read(p);
        assertEquals("2025-06-06", p.from);
        assertNull(p.round);
    }

    @Test
    void a_government_something_was_submitted_to_is_no_actor_and_a_country_before_goods_is_their_origin() {
        var us = new org.tariffgraph.model.Entity("gov-us", "United States Government", "Government", List.of("Washington", "US"), List.of());
        var defense = new org.tariffgraph.model.Entity("sector-defense-equipment", "Defense equipment", "Sector", List.of(), List.of());
        var names = new NameStage(new Lexicon(List.of(us, defense)), person -> null);
        var p = new Parse("Which bargaining chips were never formally submitted to Washington?");
        names.read(p);
        assertTrue(p.actors.isEmpty(), p.seen.toString());
        var q = new Parse("Was buying US defense equipment part of the package?");
        names.read(q);
        assertTrue(q.actors.isEmpty(), q.seen.toString());
        assertEquals(List.of(defense), q.sectors);
    }

    @Test
    void a_date_followed_by_tariff_names_the_tariff_and_a_debriefing_is_a_meeting() {
        assertEquals("2025-08-01", read("What did Tokyo say after the call on the August 1 tariff?").topicDate);
        assertTrue(read("When did Akazawa debrief the prime minister?").kinds.contains("Meeting"));
        assertTrue(read("When was Akazawa due to leave for the US?").kinds.contains("Trip"));
    }

    @Test
    void a_period_contains_dates_of_any_precision() {
        var june = new Period("2025-06", "2025-06");
        assertTrue(june.contains("2025-06-13"));
        assertFalse(june.contains("2025-07-01"));
        assertTrue(new Period(null, "2025-06-14").contains("2025-06"));
        assertTrue(new Period("2025-06-06", null).overlaps("2025-06-01", "2025-06-08"));
        assertFalse(new Period("2025-06-06", null).overlaps("2025-05-01", "2025-06-05"));
    }
}
