package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DateFinderTest {

    private final DateFinder finder = new DateFinder(2025);

    private List<String> range(String text) {
        var r = finder.find(text).ranges();
        assertEquals(1, r.size(), text + " → " + r);
        return List.of(r.get(0).from(), r.get(0).to());
    }

    @Test
    void reads_every_common_way_of_writing_a_day() {
        for (String text : List.of("on 2025-06-28", "June 28, 2025", "june 28th", "28 June", "the 28th of June", "on Saturday June 28")) {
            assertEquals(List.of("2025-06-28", "2025-06-28"), range(text), text);
        }
    }

    @Test
    void months_and_parts_of_months_become_ranges() {
        assertEquals(List.of("2025-06", "2025-06"), range("in June 2025"));
        assertEquals(List.of("2025-04", "2025-04"), range("what happened in April"));
        assertEquals(List.of("2025-06-21", "2025-06-30"), range("late June"));
        assertEquals(List.of("2025-04-11", "2025-04-20"), range("in mid-April"));
        assertEquals(List.of("2025-07-01", "2025-07-10"), range("early July"));
    }

    @Test
    void the_verb_may_is_not_the_month() {
        assertTrue(finder.find("Who may have met Lutnick?").ranges().isEmpty());
        assertEquals(List.of("2025-05", "2025-05"), range("talks in May"));
    }

    @Test
    void an_impossible_day_is_not_a_date() {
        assertTrue(finder.find("on February 30").ranges().isEmpty());
    }

    @Test
    void weekday_and_time_of_day_are_kept_apart() {
        var found = finder.find("the evening of Saturday June 28");
        assertEquals("Saturday", found.weekday());
        assertEquals("evening", found.timeOfDay());
        assertNull(finder.find("no time here").timeOfDay());
    }
}
