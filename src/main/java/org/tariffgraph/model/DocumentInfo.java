package org.tariffgraph.model;

import java.util.List;

/** One report: who published and wrote it, when, whom it cites, how many facts rest on it. */
public record DocumentInfo(String id, String name, String title, String published, String publishedPrecision,
        String publishedBasis, List<String> publishers, List<String> authors, List<String> cites, long facts) {}
