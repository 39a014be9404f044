package org.tariffgraph.model;

import java.util.List;

/** A person, government, country or organization of the talks. */
public record Actor(String id, String name, String type, List<String> aliases, List<String> offices, List<String> sources) {}
