package org.tariffgraph.model;

import java.util.List;

/** A fact whose own words match a question's words (a match on words, not a reading of the question). */
public record WordMatch(String id, String name, String kind, String summary, double score, List<String> sources) {}
