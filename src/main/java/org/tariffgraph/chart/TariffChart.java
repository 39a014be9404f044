package org.tariffgraph.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tariffgraph.model.TariffInfo;

/**
 * Rate levels over time: each tariff with a rate and a start (in force from, else announced) is a level
 * line to its end (in force until, else the chart's last date). A rate in force is a solid line, a
 * planned, expected or threatened one dashed, a suspended one dotted; a rate the reports disagree on
 * is marked with diamonds and "reports disagree" in its name. A tariff with no rate or no date is not
 * drawn but returned in {@link Drawn#notDrawn()}.
 */
public final class TariffChart {

    /**
     * The chart and the tariffs it could not place.
     *
     * @param chart the chart, one level line per tariff drawn
     * @param notDrawn the tariffs with no rate, or no start known to the month, in the order given
     */
    public record Drawn(XYChart chart, List<TariffInfo> notDrawn) {}

    private static final Set<String> NOT_YET = Set.of("planned", "expected", "threatened", "proposed", "announced");

    private TariffChart() {}

    /**
     * Draws the rate levels of some tariffs.
     *
     * @param tariffs the tariffs, e.g. from {@link org.tariffgraph.query.Queries#tariffs(String, String, String)}
     * @param subject what they are on, for the title: {@code Japan} gives {@code Tariff rates on Japan};
     *        null gives {@code Tariff rates}
     * @return the chart and the tariffs left out of it
     */
    public static Drawn of(List<TariffInfo> tariffs, String subject) {
        var drawn = new ArrayList<TariffInfo>();
        var notDrawn = new ArrayList<TariffInfo>();
        for (var t : tariffs) {
            (t.ratePercent() != null && day(start(t)) != null ? drawn : notDrawn).add(t);
        }
        LocalDate last = drawn.stream().map(t -> later(day(start(t)), day(t.effectiveTo()))).max(LocalDate::compareTo)
                .orElse(LocalDate.now()).plusMonths(1);
        var chart = new XYChartBuilder().width(900).height(500).title("Tariff rates" + (subject == null ? "" : " on " + subject))
                .xAxisTitle("date").yAxisTitle("rate (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.getStyler().setYAxisMin(0.0);
        for (var t : drawn) {
            LocalDate from = day(start(t));
            LocalDate to = t.effectiveTo() != null ? day(t.effectiveTo()) : last;
            boolean disputed = t.conflicts() != null && !t.conflicts().isEmpty();
            var series = chart.addSeries(t.name() + " (" + t.status() + (disputed ? "; reports disagree" : "") + ")",
                    List.of(date(from), date(to)), List.of(t.ratePercent(), t.ratePercent()));
            series.setLineStyle(NOT_YET.contains(t.status()) ? SeriesLines.DASH_DASH : "suspended".equals(t.status()) ? SeriesLines.DOT_DOT
                    : SeriesLines.SOLID);
            series.setMarker(disputed ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
            if (disputed) {
                series.setMarkerColor(Color.RED);
            }
        }
        return new Drawn(chart, notDrawn);
    }

    private static String start(TariffInfo t) {
        return t.effectiveFrom() != null ? t.effectiveFrom() : t.announced();
    }

    /** A partial ISO date as its first day; a year alone is too vague to draw. */
    private static LocalDate day(String iso) {
        if (iso == null || iso.length() < 7) {
            return null;
        }
        return LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
