package org.tariffgraph.ask;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.ask.DateFinder.Range;
import org.tariffgraph.ask.Tokens.Token;

/**
 * The first stage of reading: the dates a question gives, as a period. "Before", "until", "after"
 * and "since" open one end; a date inside a topic phrase ("the call about the tariff due on August
 * 1") is the topic's date, not the event's. The words of a date are taken: they are never names.
 */
final class DateStage {

    private static final Pattern WEEKDAY_THE_DAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: the)? (\\d{1,2})(?:st|nd|rd|th)\\b");

    /** Words before a date that make it the date of a tariff the question is about, not of the event it asks for. */
    static final Pattern TOPIC_DATE = Pattern.compile("\\b(due|effective|takes? effect|taking effect|to take effect|deadline|expires?|expiring|"
            + "kicks? in|kicking in|set to start|starting|imposed from|from|set for|slated for|scheduled for|planned for|"
            + "(due|set|slated|scheduled) to (start|begin|take effect|kick in|apply|come into force))( on| from)?( the)?\\s*$");

    private static final String EVENT_WORDS = ".*\\b(call|calls|meeting|meetings|talks|round|conversation|discussion|statements?|remarks?|comments?|said|say)\\b.*";

    private final DateFinder dates;
    private final int defaultYear;

    DateStage(int defaultYear) {
        this.dates = new DateFinder(defaultYear);
        this.defaultYear = defaultYear;
    }

    void read(Parse p) {
        var found = dates.find(p.question);
        for (Token t : p.tokens) {
            if (found.usedWords().contains(t.word()) && dateWord(t.word())) {
                p.taken.add(t.index());
            }
        }
        p.weekday = found.weekday();
        p.timeOfDay = found.timeOfDay();
        var ranges = new ArrayList<>(found.ranges());
        takeTopicDates(p, ranges);
        Matcher wd = WEEKDAY_THE_DAY.matcher(p.lower);
        if (ranges.isEmpty() && wd.find()) {
            String day = dayOfMonthOn(wd.group(1), Integer.parseInt(wd.group(2)));
            if (day != null) {
                ranges.add(new Range(day, day, wd.group()));
            }
        }
        if (!ranges.isEmpty()) {
            period(p, ranges);
        }
        if (p.weekday != null) {
            p.dateNotes.add("weekday " + p.weekday);
        }
        if (p.timeOfDay != null) {
            p.dateNotes.add("time of day " + p.timeOfDay);
        }
    }

    private static boolean dateWord(String w) {
        return DateFinder.MONTHS.containsKey(w) || w.matches("\\d+(st|nd|rd|th)?") || DateFinder.WEEKDAYS.contains(w)
                || w.matches("morning|evening|afternoon|night");
    }

    /** "The call about the tariff due on August 1": a date inside the topic names the tariff, not the call. */
    private static void takeTopicDates(Parse p, List<Range> ranges) {
        if (!p.lower.matches(EVENT_WORDS)) {
            return;
        }
        for (var r : List.copyOf(ranges)) {
            if (TOPIC_DATE.matcher(p.textBefore(r.text())).find() || p.textAfter(r.text()).matches("^\\s*(tariffs?|duty|duties|levy|levies|deadline)\\b.*")) {
                ranges.remove(r);
                p.dateNotes.add("'" + r.text().strip() + "' → the date of the topic, not of the event: " + r.from());
                p.topicDate = r.from();
                p.keywords.add("topic date: " + r.from());
            }
        }
    }

    /** The period the ranges give, one end opened by the word before the first ("before", "until", "after", "since"). */
    private static void period(Parse p, List<Range> ranges) {
        p.from = ranges.get(0).from();
        p.to = ranges.get(ranges.size() - 1).to();
        for (Range r : ranges) {
            p.dateNotes.add("'" + r.text().strip() + "' → " + (r.from().equals(r.to()) ? r.from() : r.from() + " … " + r.to()));
        }
        String before = p.textBefore(ranges.get(0).text()).replaceAll("\\b(his|her|their|its) \\s*$", "the ");
        if (before.matches(".*\\b(before|prior to|ahead of|after|following|since)( the)?\\s*$")) {
            takeEventNounAfter(p);
        }
        if (before.matches(".*\\b(before|prior to|ahead of)( the)?\\s*$")) {
            p.to = dayBefore(ranges.get(0).from());
            p.from = null;
        } else if (before.matches(".*\\b(until|till|up to|by)( the)?\\s*$")) {
            p.to = ranges.get(0).to();
            p.from = null;
        } else if (before.matches(".*\\b(after|following)( the)?\\s*$") && ranges.size() == 1) {
            p.from = dayAfter(ranges.get(0).to());
            p.to = null;
        } else if (before.matches(".*\\b(since|from|starting from|starting)( the)?\\s*$") && ranges.size() == 1) {
            p.to = null;
        }
    }

    /** "After his July 8 call": the event word after a landmark's date belongs to the landmark, not to what is asked. */
    private static void takeEventNounAfter(Parse p) {
        int last = -1;
        for (Token t : p.tokens) {
            if (p.taken.contains(t.index())) {
                last = t.index();
            }
        }
        if (last >= 0 && LandmarkStage.EVENT_NOUNS.contains(p.word(last + 1))) {
            p.taken.add(last + 1);
            int with = last + 2;
            if (p.word(with).equals("with")) {
                p.taken.add(with);
                for (int i = with + 1; i < p.tokens.size() && i <= with + 2 && p.tokens.get(i).capitalized(); i++) {
                    p.taken.add(i);
                }
            }
        }
    }

    /** The one day of the talks' year with this day of month that falls on this weekday ("Saturday the 28th"). */
    private String dayOfMonthOn(String weekday, int day) {
        String match = null;
        for (int month = 1; month <= 12; month++) {
            try {
                var d = LocalDate.of(defaultYear, month, day);
                if (d.getDayOfWeek() == DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))) {
                    if (match != null) {
                        return null;
                    }
                    match = d.toString();
                }
            } catch (java.time.DateTimeException e) {
                // no such day in this month
            }
        }
        return match;
    }

    static String dayBefore(String iso) {
        return shift(iso, -1);
    }

    static String dayAfter(String iso) {
        return shift(iso, 1);
    }

    /** The day, month or year next to an ISO date of that precision ("2025-06" after is "2025-07"). */
    private static String shift(String iso, int by) {
        return switch (iso.length()) {
            case 10 -> LocalDate.parse(iso).plusDays(by).toString();
            case 7 -> java.time.YearMonth.parse(iso).plusMonths(by).toString();
            default -> String.valueOf(Integer.parseInt(iso) + by);
        };
    }
}
