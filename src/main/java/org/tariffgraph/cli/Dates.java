package org.tariffgraph.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts the ISO dates given on the command line (2025, 2025-06 or 2025-06-28), refusing impossible ones. */
final class Dates implements ITypeConverter<String> {

    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    @Override
    public String convert(String value) {
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
        throw new TypeConversionException("'" + value + "' is not an ISO date such as 2025-06-28 or 2025-06");
    }
}
