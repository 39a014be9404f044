package org.tariffgraph.model;

import java.util.List;

/** A tariff, the rates it is made of, what it covers and where each claim comes from. */
public record TariffInfo(String id, String name, Double ratePercent, String kind, List<String> components,
        List<Double> componentRates,
        List<String> partOf, String legalBasis, String status, String announced, String effectiveFrom,
        String effectiveTo, List<String> targets, List<String> sectors,
        List<String> expectedToAffect, List<String> imposedBy, String rateNote,
        List<String> conflicts, List<String> events, List<String> sources) {}
