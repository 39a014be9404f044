package org.tariffgraph.model;

import java.util.List;

/** Anything a name can refer to, with every name it goes by. */
public record Entity(String id, String name, String type, List<String> aliases, List<String> titles) {}
