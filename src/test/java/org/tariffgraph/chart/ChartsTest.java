package org.tariffgraph.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.model.TimelineEntry;

/** The charts on records written by hand, without Neo4j, and the files they are written to. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChartsTest {

    @TempDir
    Path tmp;

    private static TimelineEntry event(String date, String kind) {
        return new TimelineEntry(date, date == null ? "unknown" : "day", "reported", null, kind, kind + " " + date, "e-" + kind + date,
                "held", List.of(), "", List.of());
    }

    private static TariffInfo tariff(String name, Double rate, String status, String from, List<String> conflicts) {
        return new TariffInfo("t-" + name, name, rate, "sectoral", List.of(), List.of(), List.of(), null, status, null, from, null,
                List.of(), List.of(), List.of(), List.of(), null, conflicts, List.of(), List.of());
    }

    @Test
    void events_are_counted_per_month_and_kind_and_the_undated_are_kept_apart() {
        var drawn = TimelineChart.of(List.of(event("2025-06-05", "PhoneCall"), event("2025-06-28", "PhoneCall"), event("2025-07", "Meeting"),
                event("2025", "Meeting"), event(null, "Meeting")));
        assertEquals(2, drawn.undated().size());
        var calls = drawn.chart().getSeriesMap().get("PhoneCall");
        assertEquals(List.of("2025-06", "2025-07"), List.copyOf(calls.getXData()));
        assertEquals(List.of(2, 0), calls.getYData().stream().map(Number::intValue).toList());
        assertEquals(List.of(0, 1), drawn.chart().getSeriesMap().get("Meeting").getYData().stream().map(Number::intValue).toList());
    }

    @Test
    void a_planned_rate_is_dashed_a_disputed_one_marked_and_one_without_a_date_left_out() {
        var drawn = TariffChart.of(List.of(tariff("in force", 10.0, "in-force", "2025-04-05", List.of()),
                tariff("planned", 25.0, "planned", "2025-08-01", List.of()),
                tariff("disputed", 24.0, "suspended", "2025-04", List.of("another claim")),
                tariff("no date", 25.0, "in-force", null, List.of()), tariff("no rate", null, "in-force", "2025-04", List.of())), "Japan");
        assertEquals(List.of("t-no date", "t-no rate"), drawn.notDrawn().stream().map(TariffInfo::id).toList());
        var series = drawn.chart().getSeriesMap();
        assertEquals(3, series.size());
        XYSeries planned = series.get("planned (planned)");
        assertEquals(SeriesLines.DASH_DASH, planned.getLineStyle());
        XYSeries disputed = series.get("disputed (suspended; reports disagree)");
        assertEquals(SeriesMarkers.DIAMOND, disputed.getMarker());
        assertEquals(SeriesLines.SOLID, series.get("in force (in-force)").getLineStyle());
    }

    @Test
    void a_chart_is_written_as_png_or_svg_by_its_extension() throws Exception {
        var chart = TimelineChart.of(List.of(event("2025-06-05", "PhoneCall"))).chart();
        ChartFiles.write(chart, tmp.resolve("t.png"));
        var image = ImageIO.read(tmp.resolve("t.png").toFile());
        assertEquals(chart.getWidth(), image.getWidth());
        ChartFiles.write(chart, tmp.resolve("t.svg"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // the SVG DTD is on the web
        var svg = factory.newDocumentBuilder().parse(tmp.resolve("t.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertEquals(String.valueOf(chart.getWidth()), svg.getDocumentElement().getAttribute("width"));
        assertTrue(svg.getElementsByTagName("path").getLength() > 10, "the chart was not drawn");
        assertThrows(org.tariffgraph.InvalidRequestException.class, () -> ChartFiles.write(chart, tmp.resolve("t.gif")));
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "a temporary file was left behind");
        }
    }
}
