package org.tariffgraph.model;

import java.util.List;

/**
 * Someone an actor dealt with (of the other side, or of its own for contacts): in how many events, how
 * many of them held, what became of the others (planned, sought, …), in what kinds of event, first and
 * last date.
 */
public record Counterpart(String counterpart, String counterpartId, String type, long interactions, long held, List<String> statuses,
        List<String> kinds, String firstDate, String lastDate, List<String> sources) {}
