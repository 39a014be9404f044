package org.tariffgraph.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.tariffgraph.model.TimelineEntry;

/**
 * Events by kind over time: one stacked bar per month, one colour per kind. A month is the finest unit
 * every dated event fits (a date known to the week or the month still has its month); an event dated
 * only to the year, or not at all, is not drawn but returned in {@link Drawn#undated()} to be listed apart.
 */
public final class TimelineChart {

    /**
     * The chart and the events it could not place.
     *
     * @param chart the chart, one stacked bar per month
     * @param undated the events dated only to the year or not at all, in the order given
     */
    public record Drawn(CategoryChart chart, List<TimelineEntry> undated) {}

    private TimelineChart() {}

    /**
     * Counts events by kind and month.
     *
     * @param entries the events, e.g. from {@link org.tariffgraph.query.Queries#timeline(String, String, String)}
     * @return the chart and the events left out of it
     */
    public static Drawn of(List<TimelineEntry> entries) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        var months = new TreeSet<String>();
        var undated = new ArrayList<TimelineEntry>();
        for (var e : entries) {
            if (e.date() == null || e.date().length() < 7) {
                undated.add(e);
                continue;
            }
            String month = e.date().substring(0, 7);
            months.add(month);
            counts.computeIfAbsent(e.kind(), k -> new TreeMap<>()).merge(month, 1, Integer::sum);
        }
        var chart = new CategoryChartBuilder().width(900).height(500).title("Events by kind, per month")
                .xAxisTitle(undated.isEmpty() ? "month" : "month (" + undated.size() + " undated, listed apart)").yAxisTitle("events").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisDecimalPattern("#");
        var x = List.copyOf(months);
        counts.forEach((kind, perMonth) -> chart.addSeries(kind, x, x.stream().map(m -> perMonth.getOrDefault(m, 0)).toList()));
        return new Drawn(chart, undated);
    }
}
