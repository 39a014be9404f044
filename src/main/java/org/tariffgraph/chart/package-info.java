/**
 * Pictures of the graph, drawn with XChart: events by kind over time ({@link org.tariffgraph.chart.TimelineChart})
 * and rate levels over time ({@link org.tariffgraph.chart.TariffChart}), written as PNG or SVG by
 * {@link org.tariffgraph.chart.ChartFiles}. The command line and the Java notebook use the same charts.
 */
package org.tariffgraph.chart;
