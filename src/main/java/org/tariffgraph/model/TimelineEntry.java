package org.tariffgraph.model;

import java.util.List;

/** One event of any kind on the timeline. */
public record TimelineEntry(String date, String datePrecision, String dateBasis, String weekday, String kind,
        String event, String id, String status, List<String> participants, String summary, List<String> sources) {}
