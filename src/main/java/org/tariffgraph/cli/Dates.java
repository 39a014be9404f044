package org.tariffgraph.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks the ISO dates given on the command line: 2025, 2025-06 or 2025-06-28. */
final class Dates {

    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {}

    static String iso(String option, String value) {
        if (value == null) {
            return null;
        }
        var m = PARTIAL.matcher(value.strip());
        try {
            if (m.matches()) {
                LocalDate.of(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
                return value.strip();
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": '" + value + "' is not an ISO date such as 2025-06-28 or 2025-06");
    }
}
