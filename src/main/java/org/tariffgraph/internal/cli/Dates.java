package org.tariffgraph.internal.cli;

import org.tariffgraph.model.PartialDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts the ISO dates given on the command line (2025, 2025-06 or 2025-06-28), refusing impossible ones. */
final class Dates implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return PartialDate.parse(value).map(PartialDate::text)
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an ISO date such as 2025-06-28 or 2025-06"));
    }
}
