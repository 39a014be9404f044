package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Negotiation;

/** Lengths read from a question and two events compared by them, without Neo4j. */
class LengthComparisonTest {

    private static Negotiation event(String name, long minutes) {
        return new Negotiation(name, "2025-07-17", "day", "inferred", null, null, "PhoneCall", name, "held", List.of(), minutes, null, null,
                null, List.of(), List.of());
    }

    private static final Negotiation CALL = event("the call", 45);
    private static final Negotiation MEETING = event("the meeting", 60);

    @Test
    void every_length_is_read_in_the_order_written() {
        assertEquals(List.of(45L, 60L), NumberStage.lengths("was the 45 minute call longer than the one hour meeting?"));
        assertEquals(List.of(60L, 20L), NumberStage.lengths("was the hour long meeting shorter than the 20 min call?"));
        assertEquals(List.of(), NumberStage.lengths("which call was longer?"));
    }

    @Test
    void a_yes_or_no_says_which_way_it_goes_with_both_lengths() {
        String no = LengthComparison.sentence(true, true, CALL, MEETING);
        assertTrue(no.startsWith("No: "), no);
        assertTrue(no.contains("about 45 minutes") && no.contains("about 60 minutes"), no);
        assertTrue(LengthComparison.sentence(true, false, CALL, MEETING).startsWith("Yes: "));
    }

    @Test
    void which_of_the_two_names_the_one_asked_for() {
        assertTrue(LengthComparison.sentence(false, true, CALL, MEETING).startsWith("The longer was the meeting"));
        assertTrue(LengthComparison.sentence(false, false, CALL, MEETING).startsWith("The shorter was the call"));
    }
}
