/**
 * The graph out to the tools researchers already use: an import folder of CSV files that loads back
 * to the same graph ({@link org.tariffgraph.export.CsvExport}), GraphML for Gephi, Cytoscape, yEd and
 * networkx ({@link org.tariffgraph.export.GraphMlExport}), and PLOVER-style JSON Lines for event-data
 * pipelines ({@link org.tariffgraph.export.PloverExport}). Every writer streams: it holds one row at a
 * time, so a graph of a million events exports within a small heap, and it runs the Cypher of
 * {@code cypher/export/}.
 */
package org.tariffgraph.export;
