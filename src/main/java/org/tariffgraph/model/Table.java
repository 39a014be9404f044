package org.tariffgraph.model;

import java.util.List;

/** The result of a free Cypher query: column names and rows of plain Java values. */
public record Table(List<String> columns, List<List<Object>> rows) {}
