package org.tariffgraph.model;

import java.util.List;

/** Someone of the other side an actor dealt with: how often, in what kinds of event, first and last date. */
public record Counterpart(String counterpart, String counterpartId, String type, long interactions, List<String> kinds,
        String firstDate, String lastDate, List<String> sources) {}
