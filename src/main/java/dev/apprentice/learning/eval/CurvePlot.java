package dev.apprentice.learning.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws learning curves as a standalone SVG line chart: labelled examples on the x axis,
 * accuracy on the y axis, one line per strategy, a dashed line at the target accuracy and a
 * legend. Axis ranges cover the data, with the y axis rounded out to tenths.
 */
final class CurvePlot {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 60;
    private static final int RIGHT = 240;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int TICKS = 6;
    private static final List<String> COLOURS = List.of("#000000", "#1f77b4", "#ff7f0e",
            "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf");

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    private CurvePlot(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * Returns the SVG document of {@code curves}, each a list of (labels, accuracy) points in
     * increasing label order, keyed by strategy name in legend order.
     */
    static String svg(String title, Map<String, List<double[]>> curves, double target) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = target;
        double yMax = target;
        for (List<double[]> curve : curves.values()) {
            for (double[] point : curve) {
                xMin = Math.min(xMin, point[0]);
                xMax = Math.max(xMax, point[0]);
                yMin = Math.min(yMin, point[1]);
                yMax = Math.max(yMax, point[1]);
            }
        }
        double bottom = Math.floor(yMin * 10) / 10;
        double top = Math.max(bottom + 0.1, Math.ceil(yMax * 10) / 10);
        CurvePlot plot = new CurvePlot(xMin, Math.max(xMax, xMin + 1), bottom, top);
        return plot.draw(title, curves, target);
    }

    private String draw(String title, Map<String, List<double[]>> curves, double target) {
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>%n", LEFT,
                escape(title)));
        axes(svg);
        svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\""
                + " stroke-dasharray=\"6 4\"/>%n", x(xMin), y(target), x(xMax), y(target)));
        int index = 0;
        for (Map.Entry<String, List<double[]>> curve : curves.entrySet()) {
            String colour = COLOURS.get(index % COLOURS.size());
            line(svg, curve.getValue(), colour);
            legend(svg, index, curve.getKey(), colour, "");
            index++;
        }
        legend(svg, index, "95 % of full pool", "#888", " stroke-dasharray=\"6 4\"");
        return svg.append("</svg>\n").toString();
    }

    private void axes(StringBuilder svg) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(format("<path d=\"M%d %d V%.1f H%d\" fill=\"none\" stroke=\"black\"/>%n",
                LEFT, TOP, bottom, WIDTH - RIGHT));
        for (double xValue : ticks(xMin, xMax)) {
            svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"black\"/>%n", x(xValue), bottom, x(xValue), bottom + 5));
            svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>%n",
                    x(xValue), bottom + 18, xValue));
        }
        for (double yValue : ticks(yMin, yMax)) {
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                    + " stroke=\"#ddd\"/>%n", LEFT, y(yValue), WIDTH - RIGHT, y(yValue)));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    LEFT - 6, y(yValue) + 4, yValue));
        }
        svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">labelled examples"
                + "</text>%n", (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 10));
        svg.append(format("<text transform=\"translate(16 %.1f) rotate(-90)\""
                + " text-anchor=\"middle\">validation accuracy (mean of seeds)</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2.0));
    }

    private void line(StringBuilder svg, List<double[]> points, String colour) {
        StringBuilder path = new StringBuilder();
        for (double[] point : points) {
            path.append(path.length() == 0 ? "" : " ")
                    .append(format("%.1f,%.1f", x(point[0]), y(point[1])));
        }
        svg.append(format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                + " stroke-width=\"1.8\"/>%n", path, colour));
    }

    private static void legend(StringBuilder svg, int row, String name, String colour,
            String dash) {
        int x = WIDTH - RIGHT + 20;
        int y = TOP + 10 + row * 20;
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"2\"%s/>%n", x, y, x + 24, y, colour, dash));
        svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", x + 30, y + 4, escape(name)));
    }

    /**
     * Returns round values from {@code min} to {@code max}: multiples of a step of 1, 2, 2.5 or 5
     * times a power of ten, chosen to give about {@value #TICKS} intervals.
     */
    static List<Double> ticks(double min, double max) {
        double raw = (max - min) / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double multiple : new double[] {1, 2, 2.5, 5}) {
            if (multiple * magnitude >= raw * (1 - 1e-9)) {
                step = multiple * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    private double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - (value - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
