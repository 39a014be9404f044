package org.tariffgraph.model;

import java.util.List;

/** A negotiating event: call, meeting, round or summit. */
public record Negotiation(String id, String date, String datePrecision, String dateBasis, String weekday, String timeOfDay, String kind,
        String name, String status, List<String> participants, Long durationMinutes, String place, Long round, String partOf,
        List<String> topics, List<String> sources) {}
