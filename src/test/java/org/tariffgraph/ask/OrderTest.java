package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Negotiation;

/** The order stage on questions of its own, and the event it picks, without Neo4j. */
class OrderTest {

    private static Negotiation call(String id, String date, Long minutes) {
        return new Negotiation(id, date, "day", "stated", null, null, "PhoneCall", id, "held", List.of(), minutes, null, null, null,
                List.of(), List.of());
    }

    private static final List<Negotiation> CALLS = List.of(call("a", "2025-06-28", 15L), call("b", "2025-06-28", 20L),
            call("c", "2025-07-17", 45L), call("d", null, null));

    @Test
    void superlatives_and_comparisons_pick_one_event() {
        assertEquals("c", Order.of("Which call was the longest?").pick(CALLS).id());
        assertEquals("b", Order.of("which of the two Saturday calls was longer").pick(CALLS.subList(0, 2)).id());
        assertEquals("a", Order.of("the shortest call").pick(CALLS).id());
        assertEquals("a", Order.of("When was their first call?").pick(CALLS).id());
        assertEquals("c", Order.of("What was the most recent call?").pick(CALLS).id());
    }

    @Test
    void a_date_or_a_verb_is_not_an_order() {
        assertEquals(Order.NONE, Order.of("Which calls took place last week, and how long did they last?"));
        assertEquals(Order.NONE, Order.of("Who did Akazawa call on June 28?"));
    }
}
