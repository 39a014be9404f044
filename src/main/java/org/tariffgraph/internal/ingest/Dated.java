package org.tariffgraph.internal.ingest;

import java.time.LocalDate;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * A date as a report gives it: the day it stands for (the first day of its week or month when the
 * precision is coarser; {@code null} when it cannot be known), how exact it is, where it comes from,
 * the words that gave it and, when the text names one, the weekday.
 *
 * @param date        the day, the Monday of the week, or the first of the month; null when unknown
 * @param precision   day, week, month, year or unknown
 * @param basis       stated (a date written out), resolved (relative words against the publication
 *                    date) or unknown
 * @param text        the words of the report, e.g. {@code on Thursday}
 * @param weekday     {@code Thursday} when the words name a weekday, else null
 * @param yearAssumed the text gives no year and the year was taken from elsewhere
 */
public record Dated(LocalDate date, DatePrecision precision, DateBasis basis, String text, String weekday, boolean yearAssumed) {

    /** Nothing known but the words. */
    public static Dated unknown(String text, String weekday) {
        return new Dated(null, DatePrecision.UNKNOWN, DateBasis.UNKNOWN, text, weekday, false);
    }

    public boolean known() {
        return date != null;
    }

    /** The date as the import files write it: {@code 2025-06-28}, {@code 2025-06} for a month, {@code 2025} for a year. */
    public String iso() {
        if (date == null) {
            return "";
        }
        return switch (precision) {
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
            default -> date.toString();
        };
    }
}
