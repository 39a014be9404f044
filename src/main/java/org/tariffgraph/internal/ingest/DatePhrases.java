package org.tariffgraph.internal.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * Finds the date phrases of a news report and dates them against the report's publication date.
 *
 * <p>A report rarely writes a full date: it says "on Thursday", "last week" or "June 15", and only
 * the publication date and the tense of the clause tell which Thursday or which year. The rules are
 * an ordered list, most specific first ("Saturday, June 28" before "Saturday"); the words one rule
 * takes are not read again. Relative words ("last week", "a day after") are data, in
 * {@code ingest/relative-dates.txt}; month and weekday names come from {@code java.time}.
 *
 * <p>Nothing here guesses a day the words do not give: a weekday without a publication date keeps
 * only its name, and words relative to another event ("the day before") are left for the caller.
 */
public final class DatePhrases {

    /** The tense of the clause a phrase is in: which way a bare weekday or month points. */
    public enum Tense { PAST, FUTURE, UNKNOWN }

    /** A date phrase found in a piece of text: [start,end) char offsets relative to the text given. */
    public record Found(int start, int end, Dated date) {}

    /** What relative words mean: a shift by {@code offset} units, or (unit UNKNOWN) relative to another event. */
    private record Shift(DatePrecision unit, int offset) {}

    /** One named rule: a pattern and how to read what it matched (null: not a date after all). */
    private record Rule(String name, Pattern pattern, BiFunction<Reader, Matcher, Dated> read) {}

    /** A day year-assumed this far past the publication date is read as last year's in the past tense (and vice versa). */
    private static final int HALF_YEAR = 183;

    /** Month words that are also common English words; they count as months only when capitalised. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar");

    /** A capitalised word and spaces at the end of the text before a phrase ("USA " before "Today"). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L}.]*\\s+$");

    private static final Map<String, Shift> RELATIVE = loadRelative("relative-dates.txt");

    private static final String ON = "(?:\\bon\\s+)?";
    private static final String WEEKDAY = "\\b(?<weekday>" + alternation(Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList()) + ")\\b";
    private static final String WEEKDAY_BEFORE = "(?:" + WEEKDAY + ",?\\s+)?";
    private static final String MONTH = "\\b(?<month>(?:" + monthNames(TextStyle.FULL) + ")\\b|(?:"
            + monthNames(TextStyle.SHORT) + "|sept)(?:\\.|\\b))";
    private static final String DAY = "(?<![\\w.,$-])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b";
    private static final String YEAR = "(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b(?![.,]?\\d))?";
    private static final String PREPOSITION = "(?:\\b(?<prep>in|since|by|until|during|from|through)\\s+)?";
    private static final String PART = "(?:the\\s+)?(?<part>early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of)(?:-|\\s+)";
    private static final String TIME_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final String ZONE = "(?:,?\\s+(?:U\\.S\\.|US|Washington|Eastern|Japan|Tokyo|local)\\s+time\\b)?";
    private static final String MODIFIER = "(?:\\b(?<modifier>this\\s+past|this\\s+coming|last|past|this|next|coming)\\s+)?";

    private static final List<Rule> RULES = List.of(
            rule("iso-day", ON + "\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b", Reader::isoDay),
            rule("month-day", ON + WEEKDAY_BEFORE + MONTH + "\\s+" + DAY + YEAR + TIME_OF_DAY + ZONE, Reader::monthDay),
            rule("day-month", ON + WEEKDAY_BEFORE + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR + TIME_OF_DAY + ZONE,
                    Reader::monthDay),
            rule("part-of-month", PREPOSITION + PART + MONTH + YEAR, Reader::partOfMonth),
            rule("month", PREPOSITION + MONTH + YEAR, Reader::month),
            rule("year", "\\b(?:in|since|during|by|until)\\s+(?<year>(?:19|20)\\d\\d)\\b(?![.,]?\\d)", Reader::year),
            rule("relative", "\\b(?<rel>" + alternation(RELATIVE.keySet()) + ")\\b" + TIME_OF_DAY, Reader::relative),
            rule("weekday", ON + MODIFIER + WEEKDAY + TIME_OF_DAY + ZONE, Reader::weekday));

    private DatePhrases() {}

    /**
     * Every date phrase in {@code text}, in order, not overlapping, resolved against {@code published}
     * (a Dated, possibly unknown) in the direction {@code tense} gives. Null arguments are read as
     * no text, an unknown publication date and an unknown tense.
     */
    public static List<Found> find(String text, Dated published, Tense tense) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var reader = new Reader(text, published, tense == null ? Tense.UNKNOWN : tense);
        var taken = new boolean[text.length()];
        var found = new ArrayList<Found>();
        for (Rule rule : RULES) {
            scan(rule, text, reader, taken, found);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return List.copyOf(found);
    }

    /** Applies one rule wherever it matches words no earlier rule took; a rejected match is retried one character on. */
    private static void scan(Rule rule, String text, Reader reader, boolean[] taken, List<Found> out) {
        Matcher m = rule.pattern().matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Dated date = RuleFiles.free(taken, m.start(), m.end()) ? rule.read().apply(reader, m) : null;
            if (date == null) {
                from = m.start() + 1;
                continue;
            }
            out.add(new Found(m.start(), m.end(), date));
            Arrays.fill(taken, m.start(), m.end(), true);
            from = m.end();
        }
    }


    /**
     * Reads the matches of the rules against one publication date and tense. A publication date
     * coarser than a day (a week) caps what relative words can say: "on Thursday" in a report known
     * only by its week is that week's, or the one before, never a day.
     */
    private static final class Reader {
        private final LocalDate base;
        private final DatePrecision cap;
        private final Tense tense;
        private final String text;

        Reader(String text, Dated published, Tense tense) {
            this.text = text;
            boolean known = published != null && published.known() && published.precision() != DatePrecision.UNKNOWN;
            this.base = known ? published.date() : null;
            this.cap = known ? published.precision() : DatePrecision.UNKNOWN;
            this.tense = tense;
        }

        Dated isoDay(Matcher m) {
            LocalDate day = day(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
            return day == null ? null : new Dated(day, DatePrecision.DAY, DateBasis.STATED, m.group(), null, false);
        }

        /** "June 15", "15 June 2025", "Saturday, June 28": the year from the words, else from the publication date. */
        Dated monthDay(Matcher m) {
            Month month = monthNamed(m.group("month"));
            int dayOfMonth = Integer.parseInt(m.group("day"));
            String weekday = weekdayName(m.group("weekday"));
            if (month == null || day(2024, month.getValue(), dayOfMonth) == null) {
                return null; // not a month, or a day no year has
            }
            if (m.group("year") != null) {
                LocalDate day = day(Integer.parseInt(m.group("year")), month.getValue(), dayOfMonth);
                return day == null ? null : new Dated(day, DatePrecision.DAY, DateBasis.STATED, m.group(), weekday, false);
            }
            LocalDate day = base == null ? null : day(yearOf(month, dayOfMonth), month.getValue(), dayOfMonth);
            return day == null ? Dated.unknown(m.group(), weekday)
                    : new Dated(day, DatePrecision.DAY, DateBasis.STATED, m.group(), weekday, true);
        }

        /**
         * The publication year, except across the turn of a year: a past-tense day more than half a
         * year ahead of publication is last year's ("December 30" in a January report), a future one
         * as far behind is next year's.
         */
        private int yearOf(Month month, int dayOfMonth) {
            int year = base.getYear();
            long ahead = ChronoUnit.DAYS.between(base, LocalDate.of(year, month, Math.min(dayOfMonth, 28)));
            if (tense == Tense.PAST && ahead > HALF_YEAR) {
                return year - 1;
            }
            return tense == Tense.FUTURE && ahead < -HALF_YEAR ? year + 1 : year;
        }

        /** "mid-June", "late June 2025": a month, whatever the part of it. */
        Dated partOfMonth(Matcher m) {
            return monthOnly(m, true);
        }

        /** "in April", "since April", "April 2025": a bare "April" (or "June", a name too) is not taken as a date. */
        Dated month(Matcher m) {
            return monthOnly(m, m.group("prep") != null || m.group("year") != null);
        }

        private Dated monthOnly(Matcher m, boolean cued) {
            Month month = monthNamed(m.group("month"));
            if (month == null || !cued) {
                return null;
            }
            if (m.group("year") != null) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group("year")), month, 1);
                return new Dated(first, DatePrecision.MONTH, DateBasis.STATED, m.group(), null, false);
            }
            return base == null ? Dated.unknown(m.group(), null)
                    : new Dated(nearest(month), DatePrecision.MONTH, DateBasis.STATED, m.group(), null, true);
        }

        /** "in 2024": a year the report states. */
        Dated year(Matcher m) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
            return new Dated(first, DatePrecision.YEAR, DateBasis.STATED, m.group(), null, false);
        }

        /** The most recent such month not after publication, or in the future tense the next not before it. */
        private LocalDate nearest(Month month) {
            YearMonth published = YearMonth.from(base);
            YearMonth candidate = published.withMonth(month.getValue());
            if (tense == Tense.FUTURE && candidate.isBefore(published)) {
                candidate = candidate.plusYears(1);
            } else if (tense != Tense.FUTURE && candidate.isAfter(published)) {
                candidate = candidate.minusYears(1);
            }
            return candidate.atDay(1);
        }

        /** "yesterday", "last week", "this year" from the table; "the day before" is left unresolved for the caller. */
        Dated relative(Matcher m) {
            Shift shift = RELATIVE.get(normal(m.group("rel")));
            if (shift == null || partOfName(m)) {
                return null;
            }
            if (shift.unit() == DatePrecision.UNKNOWN || base == null) {
                return Dated.unknown(m.group(), null);
            }
            LocalDate date = switch (shift.unit()) {
                case DAY -> base.plusDays(shift.offset());
                case WEEK -> base.with(DayOfWeek.MONDAY).plusWeeks(shift.offset());
                case MONTH -> base.withDayOfMonth(1).plusMonths(shift.offset());
                default -> base.withDayOfYear(1).plusYears(shift.offset());
            };
            return resolved(date, shift.unit(), m.group(), null);
        }

        /** "USA Today" is a newspaper: a capitalised word right after a capitalised word is part of a name. */
        private boolean partOfName(Matcher m) {
            if (!Character.isUpperCase(text.charAt(m.start()))) {
                return false;
            }
            return NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
        }

        /** "on Thursday": in the past (or an unknown) tense the latest such day up to publication, in the future the next after it. */
        Dated weekday(Matcher m) {
            String name = weekdayName(m.group("weekday"));
            if (base == null) {
                return Dated.unknown(m.group(), name);
            }
            DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            return resolved(base.with(direction(m.group("modifier"), day)), DatePrecision.DAY, m.group(), name);
        }

        /** "last Friday" is before publication, "next Friday" after it; a bare "Friday" goes the way the tense does. */
        private java.time.temporal.TemporalAdjuster direction(String modifier, DayOfWeek day) {
            String word = modifier == null ? "" : normal(modifier);
            if (word.equals("last") || word.endsWith("past")) {
                return TemporalAdjusters.previous(day);
            }
            if (word.equals("next") || word.endsWith("coming")) {
                return TemporalAdjusters.next(day);
            }
            if (tense == Tense.FUTURE) {
                // News is written for its day: "leaves on Saturday" in Saturday's report means that day.
                return TemporalAdjusters.nextOrSame(day);
            }
            return TemporalAdjusters.previousOrSame(day);
        }

        /** A resolved date no finer than the publication date it came from, set to the start of its week, month or year. */
        private Dated resolved(LocalDate date, DatePrecision precision, String text, String weekday) {
            DatePrecision p = precision.compareTo(cap) >= 0 ? precision : cap;
            return new Dated(startOf(date, p), p, DateBasis.RESOLVED, text, weekday, false);
        }
    }

    private static LocalDate startOf(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            default -> date;
        };
    }

    /** The month a word names; "may" and "march" only when capitalised, as a month is. */
    private static Month monthNamed(String word) {
        String w = word.replace(".", "");
        if (AMBIGUOUS_MONTHS.contains(w)) {
            return null; // lower case: the verb "may", a "march"
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(lower.equals("sept") ? "sep" : lower)) {
                return month;
            }
        }
        return null;
    }

    private static String weekdayName(String word) {
        return word == null ? null : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String normal(String words) {
        return words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    private static String monthNames(TextStyle style) {
        return alternation(Arrays.stream(Month.values()).map(m -> m.getDisplayName(style, Locale.ENGLISH)).toList());
    }

    /** A regex alternation of phrases, longest first so that the longest wins, any spacing between words. */
    private static String alternation(java.util.Collection<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Arrays.stream(p.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }

    private static Rule rule(String name, String regex, BiFunction<Reader, Matcher, Dated> read) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), read);
    }

    /** Reads the {@code words | unit | offset} rows; unit {@code event} means relative to another event. */
    private static Map<String, Shift> loadRelative(String name) {
        var table = new LinkedHashMap<String, Shift>();
        for (List<String> row : RuleFiles.rows(name)) {
            String unit = row.get(1).toUpperCase(Locale.ROOT);
            var precision = unit.equals("EVENT") ? DatePrecision.UNKNOWN : DatePrecision.valueOf(unit);
            table.put(normal(row.get(0)), new Shift(precision, Integer.parseInt(row.get(2))));
        }
        return Map.copyOf(table);
    }
}
