package org.tariffgraph.model;

import java.util.List;

/**
 * One claim of a disagreement between sources: the conflict it belongs to (rows with the same
 * {@code conflict} are its claims), the fact in dispute, what it is about (rate, date, place, status,
 * …), the claim, the reports that make it, and a note.
 */
public record Conflict(String conflict, String fact, String aspect, String claim, List<String> sources, String note) {}
