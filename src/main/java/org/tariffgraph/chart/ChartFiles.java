package org.tariffgraph.chart;

import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as PNG (XChart's bitmap encoder) or SVG (drawn onto Batik's SVG generator), chosen by
 * the file's extension. The file is written beside its destination and moved into place when complete.
 */
public final class ChartFiles {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {}

    /**
     * Whether {@code file} names a format this class writes.
     *
     * @param file a file name or path
     * @return true if it ends in {@code .png} or {@code .svg}, in any case
     */
    public static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg");
    }

    /**
     * Writes a chart to a file, as PNG or SVG by the file's extension. Missing folders are created and a
     * file already there is replaced; on failure it is left as it was.
     *
     * @param chart the chart
     * @param file where to write it, ending in {@code .png} or {@code .svg}, in any case
     * @throws org.tariffgraph.InvalidRequestException if the file ends in neither .png nor .svg
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Chart<?, ?> chart, Path file) {
        if (!supported(file)) {
            throw new org.tariffgraph.InvalidRequestException("--chart " + file + ": the file must end in .png or .svg");
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            if (target.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                svg(chart, temporary);
            } else {
                try (var out = Files.newOutputStream(temporary)) {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }

    /**
     * The chart as a picture in memory, for a notebook's rich display.
     *
     * @param chart the chart
     * @return the chart drawn at its own width and height
     */
    public static java.awt.image.BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static void svg(Chart<?, ?> chart, Path file) throws IOException {
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            var svg = new SVGGraphics2D(document);
            svg.setSVGCanvasSize(new Dimension(chart.getWidth(), chart.getHeight()));
            chart.paint(svg, chart.getWidth(), chart.getHeight());
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                svg.stream(out, true);
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML document builder", e);
        }
    }
}
