package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Negotiation;

/** The standing stage on questions of its own, and the events it keeps, without Neo4j. */
class StandingTest {

    private static Negotiation event(String id, String status) {
        return new Negotiation(id, null, "unknown", "unknown", null, null, "Meeting", id, status, List.of(), null, null, null, null,
                List.of(), List.of());
    }

    private static final List<Negotiation> EVENTS = List.of(event("held", "held"), event("planned", "planned"),
            event("sought", "sought"), event("off", "cancelled"));

    @Test
    void plans_hopes_and_preparations_keep_what_had_not_taken_place() {
        assertEquals(Standing.NOT_HELD, Standing.of("Whom was Akazawa hoping to see in Washington?"));
        assertEquals(Standing.NOT_HELD, Standing.of("Who was Ishiba preparing to meet?"));
        assertEquals(Standing.NOT_HELD, Standing.of("What meetings were in the pipeline for Bessent?"));
        assertEquals(List.of("planned", "sought", "off"), Standing.NOT_HELD.keep(EVENTS).stream().map(Negotiation::id).toList());
    }

    @Test
    void called_off_and_never_held_keep_only_those() {
        assertEquals(Standing.NEVER_HELD, Standing.of("Which meetings were called off or never happened?"));
        assertEquals(List.of("sought", "off"), Standing.NEVER_HELD.keep(EVENTS).stream().map(Negotiation::id).toList());
    }

    @Test
    void only_proposed_keeps_what_one_side_put_forward() {
        assertEquals(Standing.ONLY_PROPOSED, Standing.of("Which meetings were only proposed and never held?"));
        assertEquals(Standing.ONLY_PROPOSED, Standing.of("which talks were floated but never confirmed"));
        assertEquals(Standing.NEVER_HELD, Standing.of("Which meetings were never held?"));
        var events = new java.util.ArrayList<>(EVENTS);
        events.add(event("proposed", "proposed"));
        assertEquals(List.of("sought", "proposed"), Standing.ONLY_PROPOSED.keep(events).stream().map(Negotiation::id).toList());
    }

    @Test
    void an_ordinary_question_keeps_everything() {
        assertEquals(Standing.ANY, Standing.of("Who did Akazawa meet on June 27?"));
        assertEquals(EVENTS, Standing.ANY.keep(EVENTS));
    }
}
