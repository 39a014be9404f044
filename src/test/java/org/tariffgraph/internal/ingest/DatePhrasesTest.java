package org.tariffgraph.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tariffgraph.internal.ingest.DatePhrases.Found;
import org.tariffgraph.internal.ingest.DatePhrases.Tense;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatePhrasesTest {

    /** A Saturday. */
    private static final Dated SAT_JUNE_28 = published("2025-06-28");
    /** A Friday. */
    private static final Dated FRI_JUNE_6 = published("2025-06-06");
    private static final Dated UNKNOWN = Dated.unknown("", null);

    private static Dated published(String day) {
        return new Dated(LocalDate.parse(day), DatePrecision.DAY, DateBasis.STATED, day, null, false);
    }

    /** The one phrase of {@code text}, checked to cover exactly {@code words}. */
    private static Dated only(String text, String words, Dated published, Tense tense) {
        List<Found> found = DatePhrases.find(text, published, tense);
        assertEquals(1, found.size(), text + " → " + found);
        Found f = found.get(0);
        assertEquals(words, text.substring(f.start(), f.end()), text);
        assertEquals(words, f.date().text(), text);
        return f.date();
    }

    private static Dated only(String text, String words, Dated published, Tense tense, String iso, DatePrecision precision) {
        Dated d = only(text, words, published, tense);
        assertEquals(iso, d.iso(), text);
        assertEquals(precision, d.precision(), text);
        return d;
    }

    // explicit dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ministers spoke on June 15 by phone.   | on June 15           | 2025-06-15 | true",
        "A deal was signed June 15, 2024.           | June 15, 2024        | 2024-06-15 | false",
        "Talks opened 15 June in Washington.        | 15 June              | 2025-06-15 | true",
        "Tariffs rose on 15 June 2024.              | on 15 June 2024      | 2024-06-15 | false",
        "the April 2 announcement                   | April 2              | 2025-04-02 | true",
        "a deadline of August 1 for all partners    | August 1             | 2025-08-01 | true",
        "The call took place on 2025-06-28.         | on 2025-06-28        | 2025-06-28 | false",
        "They met the 3rd of March in Tokyo.        | the 3rd of March     | 2025-03-03 | true",
        "a visit around Aug. 4                      | Aug. 4               | 2025-08-04 | true"})
    void a_written_day_is_stated_and_takes_the_publication_year_when_it_gives_none(String text, String words, String iso, boolean yearAssumed) {
        for (Tense tense : Tense.values()) {
            Dated d = only(text, words, SAT_JUNE_28, tense, iso, DatePrecision.DAY);
            assertEquals(DateBasis.STATED, d.basis());
            assertEquals(yearAssumed, d.yearAssumed(), text);
            assertNull(d.weekday());
        }
    }

    @Test
    void a_weekday_written_with_the_day_is_kept_with_the_stated_day() {
        Dated d = only("Negotiators met on Saturday, June 28 in Washington.", "on Saturday, June 28", FRI_JUNE_6, Tense.PAST,
                "2025-06-28", DatePrecision.DAY);
        assertEquals("Saturday", d.weekday());
        assertEquals(DateBasis.STATED, d.basis());
    }

    @Test
    void a_written_day_without_a_year_and_without_a_publication_date_is_only_words() {
        Dated d = only("Akazawa arrived on June 15.", "on June 15", UNKNOWN, Tense.PAST);
        assertNull(d.date());
        assertEquals(DatePrecision.UNKNOWN, d.precision());
        Dated full = only("Akazawa arrived on June 15, 2025.", "on June 15, 2025", UNKNOWN, Tense.PAST, "2025-06-15", DatePrecision.DAY);
        assertFalse(full.yearAssumed());
    }

    @Test
    void a_past_day_far_ahead_of_a_january_report_is_last_years() {
        Dated january = published("2026-01-03");
        only("They last spoke on December 30.", "on December 30", january, Tense.PAST, "2025-12-30", DatePrecision.DAY);
        only("They will speak on December 30.", "on December 30", january, Tense.FUTURE, "2026-12-30", DatePrecision.DAY);
        only("Tariffs take effect January 5.", "January 5", published("2025-12-20"), Tense.FUTURE, "2026-01-05", DatePrecision.DAY);
    }

    @Test
    void a_deadline_a_few_weeks_ahead_stays_in_the_publication_year_even_in_the_past_tense() {
        only("Tariffs were set to take effect August 1.", "August 1", published("2025-07-10"), Tense.PAST, "2025-08-01", DatePrecision.DAY);
    }

    // months

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Talks began in April.              | in April       | PAST    | 2025-04",
        "Talks began in April.              | in April       | UNKNOWN | 2025-04",
        "Talks will resume in April.        | in April       | FUTURE  | 2026-04",
        "Prices have risen since April.     | since April    | PAST    | 2025-04",
        "A visit was made in July.          | in July        | PAST    | 2024-07",
        "A visit is planned in July.        | in July        | FUTURE  | 2025-07",
        "Results arrive in June.            | in June        | FUTURE  | 2025-06",
        "Results arrived in June.           | in June        | PAST    | 2025-06",
        "A summit in mid-June.              | in mid-June    | PAST    | 2025-06",
        "A summit came mid-June.            | mid-June       | PAST    | 2025-06",
        "More talks are due early July.     | early July     | FUTURE  | 2025-07",
        "Talks stalled late June.           | late June      | PAST    | 2025-06",
        "by the end of March, talks stalled | by the end of March | PAST | 2025-03"})
    void a_month_without_a_year_is_the_nearest_one_in_the_direction_of_the_tense(String text, String words, Tense tense, String iso) {
        Dated d = only(text, words, SAT_JUNE_28, tense, iso, DatePrecision.MONTH);
        assertTrue(d.yearAssumed(), text);
        assertEquals(DateBasis.STATED, d.basis());
    }

    @Test
    void a_month_with_its_year_is_that_month_whatever_the_tense() {
        for (Tense tense : Tense.values()) {
            Dated d = only("The framework was first floated in April 2024.", "in April 2024", SAT_JUNE_28, tense, "2024-04", DatePrecision.MONTH);
            assertFalse(d.yearAssumed());
        }
        only("Exports fell in 2024.", "in 2024", SAT_JUNE_28, Tense.PAST, "2024", DatePrecision.YEAR);
    }

    @Test
    void a_month_without_a_year_or_a_publication_date_is_only_words() {
        Dated d = only("They first met in April.", "in April", UNKNOWN, Tense.PAST);
        assertNull(d.date());
        assertEquals(DatePrecision.UNKNOWN, d.precision());
    }

    // weekdays

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ishiba spoke with Trump on Thursday.   | on Thursday   | PAST    | 2025-06-26",
        "Ishiba spoke with Trump on Thursday.   | on Thursday   | UNKNOWN | 2025-06-26",
        "Ishiba will speak to Trump on Thursday.| on Thursday   | FUTURE  | 2025-07-03",
        "The envoy landed Saturday.             | Saturday      | PAST    | 2025-06-28",
        "The envoy lands Saturday.              | Saturday      | FUTURE  | 2025-06-28",
        "The envoy leaves Monday.               | Monday        | FUTURE  | 2025-06-30",
        "They spoke last Friday.                | last Friday   | PAST    | 2025-06-27",
        "They speak next Friday.                | next Friday   | PAST    | 2025-07-04"})
    void a_weekday_is_the_nearest_such_day_the_way_the_tense_points_from_a_saturday(String text, String words, Tense tense, String iso) {
        Dated d = only(text, words, SAT_JUNE_28, tense, iso, DatePrecision.DAY);
        assertEquals(DateBasis.RESOLVED, d.basis());
        assertEquals(words.substring(words.lastIndexOf(' ') + 1), d.weekday());
    }

    @Test
    void a_weekday_that_is_the_publication_weekday_is_that_day_in_either_tense_and_next_friday_is_a_week_on() {
        only("They met on Friday.", "on Friday", FRI_JUNE_6, Tense.PAST, "2025-06-06", DatePrecision.DAY);
        only("They meet on Friday.", "on Friday", FRI_JUNE_6, Tense.FUTURE, "2025-06-06", DatePrecision.DAY);
        only("They meet next Friday.", "next Friday", FRI_JUNE_6, Tense.FUTURE, "2025-06-13", DatePrecision.DAY);
        only("They met on Tuesday.", "on Tuesday", FRI_JUNE_6, Tense.PAST, "2025-06-03", DatePrecision.DAY);
    }

    @Test
    void a_time_of_day_and_a_time_zone_belong_to_the_weekday_phrase() {
        Dated morning = only("Akazawa met Lutnick on Saturday morning.", "on Saturday morning", FRI_JUNE_6, Tense.PAST,
                "2025-05-31", DatePrecision.DAY);
        assertEquals("Saturday", morning.weekday());
        Dated zoned = only("The call came Tuesday, U.S. time, officials said.", "Tuesday, U.S. time", FRI_JUNE_6, Tense.PAST,
                "2025-06-03", DatePrecision.DAY);
        assertEquals("Tuesday", zoned.weekday());
    }

    @Test
    void a_weekday_without_a_publication_date_keeps_only_its_name() {
        for (Dated published : new Dated[] {UNKNOWN, null}) {
            Dated d = only("They talked on Thursday.", "on Thursday", published, Tense.PAST);
            assertNull(d.date());
            assertEquals(DatePrecision.UNKNOWN, d.precision());
            assertEquals("Thursday", d.weekday());
        }
    }

    @Test
    void a_report_dated_only_by_its_week_gives_a_weekday_no_more_than_a_week() {
        Dated weekOfJune23 = new Dated(LocalDate.parse("2025-06-23"), DatePrecision.WEEK, DateBasis.INFERRED, "", null, false);
        Dated past = only("They met on Thursday.", "on Thursday", weekOfJune23, Tense.PAST, "2025-06-16", DatePrecision.WEEK);
        assertEquals("Thursday", past.weekday());
        only("They meet on Thursday.", "on Thursday", weekOfJune23, Tense.FUTURE, "2025-06-23", DatePrecision.WEEK);
        only("They met yesterday.", "yesterday", weekOfJune23, Tense.PAST, "2025-06-16", DatePrecision.WEEK);
        only("They meet next week.", "next week", weekOfJune23, Tense.FUTURE, "2025-06-30", DatePrecision.WEEK);
    }

    // relative words

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister said today that...      | today              | 2025-06-28 | DAY",
        "Officials met yesterday.             | yesterday          | 2025-06-27 | DAY",
        "Officials meet tomorrow morning.     | tomorrow morning   | 2025-06-29 | DAY",
        "He flew in the day before yesterday. | the day before yesterday | 2025-06-26 | DAY",
        "Talks resumed last week.             | last week          | 2025-06-16 | WEEK",
        "Talks resumed this week.             | this week          | 2025-06-23 | WEEK",
        "He travels later this week.          | later this week    | 2025-06-23 | WEEK",
        "He travelled earlier this week.      | earlier this week  | 2025-06-23 | WEEK",
        "A round is set for next week.        | next week          | 2025-06-30 | WEEK",
        "A round is set for early next week.  | early next week    | 2025-06-30 | WEEK",
        "Exports fell last month.             | last month         | 2025-05    | MONTH",
        "Exports fell this month.             | this month         | 2025-06    | MONTH",
        "A deal may come later this month.    | later this month   | 2025-06    | MONTH",
        "A deal may come next month.          | next month         | 2025-07    | MONTH",
        "Growth slowed this year.             | this year          | 2025       | YEAR"})
    void relative_words_are_resolved_from_the_publication_date(String text, String words, String iso, DatePrecision precision) {
        for (Tense tense : Tense.values()) {
            Dated d = only(text, words, SAT_JUNE_28, tense, iso, precision);
            assertEquals(DateBasis.RESOLVED, d.basis());
            assertFalse(d.yearAssumed());
        }
    }

    @Test
    void last_month_in_january_is_december_of_the_year_before_and_next_month_in_december_is_january() {
        only("Exports fell last month.", "last month", published("2026-01-15"), Tense.PAST, "2025-12", DatePrecision.MONTH);
        only("Talks resume next month.", "next month", published("2025-12-10"), Tense.FUTURE, "2026-01", DatePrecision.MONTH);
        only("Talks resume next week.", "next week", published("2025-12-31"), Tense.FUTURE, "2026-01-05", DatePrecision.WEEK);
    }

    @Test
    void relative_words_without_a_publication_date_are_only_words() {
        Dated d = only("Talks resumed last week.", "last week", UNKNOWN, Tense.PAST);
        assertNull(d.date());
        assertEquals(DatePrecision.UNKNOWN, d.precision());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Akazawa called a day after the vote.   | a day after",
        "The day before the summit, he left.    | The day before",
        "He flew home the following day.        | the following day"})
    void words_relative_to_another_event_are_left_unresolved_for_the_caller(String text, String words) {
        Dated d = only(text, words, SAT_JUNE_28, Tense.PAST);
        assertNull(d.date());
        assertEquals(DatePrecision.UNKNOWN, d.precision());
        assertNull(d.weekday());
    }

    // several phrases, offsets

    @Test
    void several_phrases_come_in_order_with_their_offsets() {
        String text = "On Thursday, a day after the call, officials said talks would resume next week.";
        List<Found> found = DatePhrases.find(text, SAT_JUNE_28, Tense.PAST);
        assertEquals(List.of("On Thursday", "a day after", "next week"),
                found.stream().map(f -> text.substring(f.start(), f.end())).toList());
        assertEquals(0, found.get(0).start());
        assertEquals("2025-06-26", found.get(0).date().iso());
        assertNull(found.get(1).date().date());
        assertEquals("2025-06-30", found.get(2).date().iso());
    }

    // nothing

    @ParameterizedTest
    @ValueSource(strings = {
        "Talks will continue in the coming days.",
        "A deal could come soon.",
        "The two sides recently met.",
        "A visit is expected later this summer.",
        "Officials may meet again.",
        "Protesters joined a march in Tokyo.",
        "The 90 days pause ends.",
        "A 24% tariff applies to cars.",
        "Japan Today reported the figures.",
        "The shops close on Mondays.",
        "They met on February 30.",
        "June is a name too, said June Smith.",
        "Section 232 duties of 25 percent."})
    void words_that_are_not_a_date_give_nothing(String text) {
        assertEquals(List.of(), DatePhrases.find(text, SAT_JUNE_28, Tense.PAST), text);
    }

    @Test
    void odd_input_gives_nothing_and_never_throws() {
        assertEquals(List.of(), DatePhrases.find(null, SAT_JUNE_28, Tense.PAST));
        assertEquals(List.of(), DatePhrases.find("", null, null));
        assertEquals(List.of(), DatePhrases.find("2025-13-45 and June 99", SAT_JUNE_28, Tense.PAST));
        Dated d = only("They met on Thursday", "on Thursday", SAT_JUNE_28, null, "2025-06-26", DatePrecision.DAY);
        assertEquals("Thursday", d.weekday());
    }
}
