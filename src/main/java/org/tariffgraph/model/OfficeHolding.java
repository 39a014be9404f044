package org.tariffgraph.model;

import java.util.List;

/** A person holding an office of a government; {@code from}/{@code to} are ISO dates or null when unknown. */
public record OfficeHolding(String person, String personId, String office, String officeId, String government,
        String from, String to, String dateBasis, List<String> sources) {}
