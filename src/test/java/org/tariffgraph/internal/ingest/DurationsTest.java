package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tariffgraph.internal.ingest.Durations.Found;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trump and Ishiba held a 45-minute call.        | 45-minute                | 45  | false",
        "The leaders talked for 45 minutes.            | for 45 minutes           | 45  | false",
        "They met for about 15 minutes on the sidelines.| for about 15 minutes    | 15  | true",
        "The meeting lasted about an hour.              | about an hour            | 60  | true",
        "The meeting lasted an hour.                    | an hour                  | 60  | false",
        "Talks ran roughly two hours.                   | roughly two hours        | 120 | true",
        "The session lasted 1 hour and 50 minutes.      | 1 hour and 50 minutes    | 110 | false",
        "The session lasted one hour and 50 minutes.    | one hour and 50 minutes  | 110 | false",
        "The session lasted 2 hours 10 minutes.         | 2 hours 10 minutes       | 130 | false",
        "They spoke for an hour and a half.             | for an hour and a half   | 90  | false",
        "They spoke for one and a half hours.           | for one and a half hours | 90  | false",
        "A 90-minute meeting at the White House.        | 90-minute                | 90  | false",
        "It took half an hour.                          | half an hour             | 30  | false",
        "A half-hour call followed.                     | A half-hour              | 30  | false",
        "The call lasted nearly 40 minutes.             | nearly 40 minutes        | 40  | true",
        "The call lasted forty-five minutes.            | forty-five minutes       | 45  | false",
        "The call lasted twenty minutes or so.          | twenty minutes or so     | 20  | true",
        "The talks lasted more than an hour.            | more than an hour        | 60  | true",
        "Some 40 minutes later they emerged.            | Some 40 minutes          | 40  | true",
        "They talked for approximately 30 minutes.      | for approximately 30 minutes | 30 | true",
        "They talked for almost two hours.              | for almost two hours     | 120 | true",
        "A 1.5-hour meeting.                            | 1.5-hour                 | 90  | false",
        "A 13-hour flight to Washington.                | 13-hour                  | 780 | false"})
    void reads_how_long_something_lasted(String text, String words, int minutes, boolean approximate) {
        List<Found> found = Durations.find(text);
        assertEquals(1, found.size(), text + " → " + found);
        Found f = found.get(0);
        assertEquals(words, text.substring(f.start(), f.end()), text);
        assertEquals(minutes, f.minutes(), text);
        assertEquals(approximate, f.approximate(), text);
    }

    @Test
    void several_durations_come_in_order_and_a_list_is_not_one_duration() {
        String text = "A 90-minute meeting, then an hour, forty-five minutes of questions.";
        List<Found> found = Durations.find(text);
        assertEquals(List.of("90-minute", "an hour", "forty-five minutes"),
                found.stream().map(f -> text.substring(f.start(), f.end())).toList());
        assertEquals(List.of(90, 60, 45), found.stream().map(Found::minutes).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A 90 days pause on tariffs.",
        "Tariffs of 90 days' notice.",
        "A 24% tariff on imports.",
        "Talks resume in two weeks.",
        "The embassy is 10 minutes' walk away.",
        "A 10-minute drive from the ministry.",
        "They talked for hours.",
        "Negotiations took several minutes.",
        "A last-minute change.",
        "The twenty-one-member delegation."})
    void lengths_that_are_not_hours_or_minutes_give_nothing(String text) {
        assertEquals(List.of(), Durations.find(text), text);
    }

    @Test
    void odd_input_gives_nothing() {
        assertEquals(List.of(), Durations.find(null));
        assertEquals(List.of(), Durations.find(""));
        assertEquals(List.of(), Durations.find("hours, minutes -- 0 minutes"));
        assertEquals(List.of(12), Durations.find("twenty twelve minutes").stream().map(Found::minutes).toList(), "twenty twelve is no number");
    }
}
