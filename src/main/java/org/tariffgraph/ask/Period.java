package org.tariffgraph.ask;

/**
 * A period with open ends, in ISO dates of any precision ("2025", "2025-06", "2025-06-13"): a date is
 * in it when it overlaps, as the query files compare ({@code date + '~' >= from}, {@code date <= to + '~'}).
 */
record Period(String from, String to) {

    static Period of(Reading r) {
        return new Period(r.from(), r.to());
    }

    boolean open() {
        return from == null && to == null;
    }

    boolean contains(String date) {
        return date != null && (from == null || (date + "~").compareTo(from) >= 0) && (to == null || date.compareTo(to + "~") <= 0);
    }

    /** Whether the span from {@code first} to {@code last} has a day in this period. */
    boolean overlaps(String first, String last) {
        return first != null && (from == null || ((last == null ? first : last) + "~").compareTo(from) >= 0)
                && (to == null || first.compareTo(to + "~") <= 0);
    }
}
