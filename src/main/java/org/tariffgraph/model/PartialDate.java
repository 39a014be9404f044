package org.tariffgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ISO date that may stop at the month or the year: {@code 2025}, {@code 2025-06} or
 * {@code 2025-06-28}. The one parser of such dates for the import files, the command line and ask.
 *
 * @param text      the date as written, e.g. {@code 2025-06}
 * @param precision {@code DAY}, {@code MONTH} or {@code YEAR}
 */
public record PartialDate(String text, Vocabulary.DatePrecision precision) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Reads a partial date.
     *
     * @param text the date, e.g. {@code 2025-06}; white space around it is ignored; may be null
     * @return the date with its precision; empty when {@code text} is null or not a real ISO date of
     *         one of the three forms ({@code 2025-02-30} is not)
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        var m = FORM.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new PartialDate(s, Vocabulary.DatePrecision.DAY));
            }
            if (m.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(m.group(2)));
                return Optional.of(new PartialDate(s, Vocabulary.DatePrecision.MONTH));
            }
            return Optional.of(new PartialDate(s, Vocabulary.DatePrecision.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code text} has the shape of a partial date, real or not (2025-02-30 has the shape).
     *
     * @param text the text to test; white space around it is ignored; may be null
     * @return true for four digits, optionally followed by {@code -MM} and then {@code -DD}; false for null
     */
    public static boolean looksLike(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    /**
     * The last day the date can be.
     *
     * @return the day itself, or the month's or year's last day: {@code 2025-06} gives 2025-06-30
     */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> LocalDate.parse(text);
            case MONTH -> YearMonth.parse(text).atEndOfMonth();
            default -> LocalDate.of(Integer.parseInt(text), 12, 31);
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
