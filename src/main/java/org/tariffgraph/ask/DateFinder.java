package org.tariffgraph.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of a question: ISO dates, "June 28, 2025", "28 June", "in June 2025", "late June",
 * "mid-April", "in April", a weekday, a time of day. A date without a year takes {@code defaultYear}
 * (the year of the talks, read from the graph). Words it used are reported so that nothing else
 * reads them again.
 */
final class DateFinder {

    /** A range of ISO dates (each possibly partial), inclusive; {@code text} is how the question said it. */
    record Range(String from, String to, String text) {}

    /** Everything date-like found in one question. */
    record Found(List<Range> ranges, String weekday, String timeOfDay, Set<String> usedWords) {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String PART = "(early|beginning of|start of|mid|middle of|late|end of|the end of)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?\\b");
    private static final Pattern SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s*(\\d{4}))?");
    private static final Pattern PART_MONTH = Pattern.compile("\\b" + PART + "[- ]?" + MONTH + "\\b(?:,?\\s*(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\b(?:,?\\s*(\\d{4}))?");
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter)\\b(?:\\s*(?:of\\s*)?(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\b(morning|evening|afternoon|night)\\b");

    private final int defaultYear;

    DateFinder(int defaultYear) {
        this.defaultYear = defaultYear;
    }

    Found find(String question) {
        String text = question.toLowerCase(Locale.ROOT).replace('’', '\'');
        var ranges = new ArrayList<Range>();
        var used = new HashSet<String>();
        var taken = new boolean[text.length() + 1];

        scan(ISO, text, taken, m -> {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return null;
            }
            if (m.group(3) == null) {
                String ym = String.format("%04d-%02d", y, mo);
                return new Range(ym, ym, m.group());
            }
            String d = day(y, mo, Integer.parseInt(m.group(3)));
            return d == null ? null : new Range(d, d, m.group());
        }, ranges);
        scan(PART_MONTH, text, taken, m -> part(m.group(1), MONTHS.get(m.group(2)), year(m.group(3)), m.group()), ranges);
        scan(MONTH_DAY, text, taken, m -> single(year(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)), m.group()), ranges);
        scan(DAY_MONTH, text, taken, m -> single(year(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)), m.group()), ranges);
        scan(SLASH, text, taken, m -> single(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group()), ranges);
        scan(MONTH_YEAR, text, taken, m -> {
            if (m.group(1).equals("may") && m.group(2) == null && !monthContext(text, m.start())) {
                return null; // "may" the verb
            }
            if (m.group(1).equals("mar") || m.group(1).equals("jun") && m.group(2) == null) {
                return null;
            }
            String ym = String.format("%04d-%02d", year(m.group(2)), MONTHS.get(m.group(1)));
            return new Range(ym, ym, m.group());
        }, ranges);
        scan(SEASON, text, taken, m -> {
            int y = year(m.group(2));
            return switch (m.group(1)) {
                case "spring" -> new Range(y + "-03-01", y + "-05-31", m.group());
                case "summer" -> new Range(y + "-06-01", y + "-08-31", m.group());
                case "autumn", "fall" -> m.group(1).equals("fall") && m.group(2) == null && !monthContext(text, m.start())
                        ? null : new Range(y + "-09-01", y + "-11-30", m.group());
                default -> new Range(y + "-12-01", (y + 1) + "-02-28", m.group());
            };
        }, ranges);
        scan(YEAR, text, taken, m -> new Range(m.group(1), m.group(1), m.group()), ranges);

        ranges.removeIf(r -> r.from() == null);
        String weekday = null;
        var w = WEEKDAY.matcher(text);
        if (w.find()) {
            weekday = w.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + w.group(1).substring(1);
            used.add(w.group(1));
        }
        String timeOfDay = null;
        var t = TIME_OF_DAY.matcher(text);
        if (t.find()) {
            timeOfDay = t.group(1).equals("night") ? "evening" : t.group(1);
            used.add(t.group(1));
        }
        for (Range r : ranges) {
            for (String word : r.text().split("[^a-z0-9]+")) {
                if (!word.isEmpty()) {
                    used.add(word);
                }
            }
        }
        return new Found(ranges, weekday, timeOfDay, used);
    }

    private static boolean monthContext(String text, int at) {
        String before = text.substring(Math.max(0, at - 8), at);
        return before.matches(".*\\b(in|of|since|until|by|during|late|early|mid|end)\\s*$");
    }

    private int year(String y) {
        return y == null ? defaultYear : Integer.parseInt(y);
    }

    private static Range single(int year, Integer month, int day, String text) {
        if (month == null) {
            return null;
        }
        String d = day(year, month, day);
        return d == null ? new Range(null, null, text) : new Range(d, d, text); // an impossible day consumes its words
    }

    private static String day(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Range part(String part, Integer month, int year, String text) {
        if (month == null) {
            return null;
        }
        var ym = YearMonth.of(year, month);
        int last = ym.lengthOfMonth();
        int from;
        int to;
        if (part.startsWith("early") || part.contains("beginning") || part.contains("start")) {
            from = 1;
            to = 10;
        } else if (part.startsWith("mid") || part.contains("middle")) {
            from = 11;
            to = 20;
        } else {
            from = 21;
            to = last;
        }
        return new Range(ym.atDay(from).toString(), ym.atDay(to).toString(), text);
    }

    private static void scan(Pattern p, String text, boolean[] taken, java.util.function.Function<Matcher, Range> f, List<Range> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) {
                if (taken[i]) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                continue;
            }
            Range r = f.apply(m);
            if (r != null) {
                out.add(r);
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            }
        }
    }
}
