package org.tariffgraph.model;

/** A node found by words in its name, with the full-text score of the match. */
public record NodeMatch(String id, String name, String type, String date, String datePrecision, double score) {}
