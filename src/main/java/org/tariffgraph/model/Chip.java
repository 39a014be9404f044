package org.tariffgraph.model;

import java.util.List;

/** A bargaining chip: its sectors, who offered it and how far, the tariffs it seeks relief from, its sources. */
public record Chip(String id, String name, List<String> sectors, List<String> offeredBy, List<String> status,
        List<String> reliefFrom, String firstReport, String firstReported, List<String> sources) {}
