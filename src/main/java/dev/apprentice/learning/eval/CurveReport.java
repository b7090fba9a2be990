package dev.apprentice.learning.eval;

import dev.apprentice.learning.eval.PoolSimulation.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The learning curves of one data set: the points of every run, their mean over seeds per
 * strategy, and the labels each strategy needs to reach a share of the full-pool accuracy.
 */
final class CurveReport {

    private final String name;
    private final List<Point> points;
    private final double fullPoolAccuracy;
    private final double target;
    /** Mean accuracy by strategy, then by label count, in the order the strategies came. */
    private final Map<String, TreeMap<Integer, Double>> means;

    CurveReport(String name, List<Point> points, double fullPoolAccuracy, double targetShare) {
        this.name = name;
        this.points = List.copyOf(points);
        this.fullPoolAccuracy = fullPoolAccuracy;
        this.target = targetShare * fullPoolAccuracy;
        this.means = means(points);
    }

    /** Returns the mean accuracy over seeds of each strategy at each label count. */
    static Map<String, TreeMap<Integer, Double>> means(List<Point> points) {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>();
        for (Point p : points) {
            double[] sum = sums.computeIfAbsent(p.strategy(), s -> new TreeMap<>())
                    .computeIfAbsent(p.labels(), l -> new double[2]);
            sum[0] += p.accuracy();
            sum[1]++;
        }
        Map<String, TreeMap<Integer, Double>> means = new LinkedHashMap<>();
        sums.forEach((strategy, byLabels) -> {
            TreeMap<Integer, Double> curve = new TreeMap<>();
            byLabels.forEach((labels, sum) -> curve.put(labels, sum[0] / sum[1]));
            means.put(strategy, curve);
        });
        return means;
    }

    /** Returns the fewest labels at which the mean curve reaches the target, if it does. */
    OptionalInt labelsToTarget(String strategy) {
        for (Map.Entry<Integer, Double> point : means.get(strategy).entrySet()) {
            if (point.getValue() >= target) {
                return OptionalInt.of(point.getKey());
            }
        }
        return OptionalInt.empty();
    }

    /** Writes {@code learning-curves-<name>.csv} and {@code .svg} into {@code folder}. */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder("strategy,seed,labels,accuracy\n");
        for (Point p : points) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f%n", p.strategy(), p.seed(),
                    p.labels(), p.accuracy()));
        }
        Files.writeString(folder.resolve("learning-curves-" + name + ".csv"), csv);
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        means.forEach((strategy, curve) -> {
            List<double[]> line = new ArrayList<>();
            curve.forEach((labels, accuracy) -> line.add(new double[] {labels, accuracy}));
            curves.put(strategy, line);
        });
        String title = String.format(Locale.ROOT, "%s: validation accuracy by labelled examples"
                + " (full pool %.3f)", name, fullPoolAccuracy);
        Files.writeString(folder.resolve("learning-curves-" + name + ".svg"),
                CurvePlot.svg(title, curves, target));
    }

    /** Prints the full-pool accuracy and, per strategy, the labels to the target. */
    void print() {
        System.out.printf(Locale.ROOT, "%s: full pool accuracy %.4f, target (95 %%) %.4f%n",
                name, fullPoolAccuracy, target);
        OptionalInt random = labelsToTarget("random");
        for (String strategy : means.keySet()) {
            OptionalInt labels = labelsToTarget(strategy);
            TreeMap<Integer, Double> curve = means.get(strategy);
            String ratio = labels.isPresent() && random.isPresent()
                    ? String.format(Locale.ROOT, "%.2f",
                            (double) labels.getAsInt() / random.getAsInt())
                    : "n/a";
            System.out.printf(Locale.ROOT, "%s.%s: labels_to_95=%s ratio_to_random=%s"
                    + " accuracy_at_%d=%.4f%n", name, strategy,
                    labels.isPresent() ? Integer.toString(labels.getAsInt())
                            : "not reached by " + curve.lastKey(),
                    ratio, curve.lastKey(), curve.lastEntry().getValue());
        }
    }
}
