package org.tariffgraph.model;

import java.util.List;

/** A negotiation round with everyone who took part in it or in the events that belong to it. */
public record Round(Long round, String name, String place, String date, String datePrecision, String dateBasis,
        String status, List<String> participants, List<String> events, List<String> topics, String summary,
        List<String> sources) {}
