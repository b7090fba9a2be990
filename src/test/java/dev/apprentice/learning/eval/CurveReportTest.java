package dev.apprentice.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.apprentice.learning.eval.PoolSimulation.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveReportTest {

    private static final List<Point> POINTS = List.of(
            new Point("random", 1, 10, 0.50), new Point("random", 2, 10, 0.60),
            new Point("random", 1, 20, 0.80), new Point("random", 2, 20, 0.90),
            new Point("random", 1, 30, 0.90), new Point("random", 2, 30, 1.00),
            new Point("margin", 1, 10, 0.60), new Point("margin", 2, 10, 0.60),
            new Point("margin", 1, 20, 0.95), new Point("margin", 2, 20, 0.95),
            new Point("margin", 1, 30, 0.95), new Point("margin", 2, 30, 0.97),
            new Point("entropy", 1, 10, 0.10), new Point("entropy", 2, 10, 0.10));

    @Test
    void means_average_over_seeds() {
        var means = CurveReport.means(POINTS);

        assertThat(means.get("random").get(10)).isCloseTo(0.55, within(1e-12));
        assertThat(means.get("margin").get(30)).isCloseTo(0.96, within(1e-12));
        assertThat(means.keySet()).containsExactly("random", "margin", "entropy");
    }

    @Test
    void labels_to_target_is_first_mean_reaching_it() {
        // given a full-pool accuracy of 1.0, so the target is 0.95
        CurveReport report = new CurveReport("toy", POINTS, 1.0, 0.95);

        assertThat(report.labelsToTarget("random")).hasValue(30);
        assertThat(report.labelsToTarget("margin")).hasValue(20);
        assertThat(report.labelsToTarget("entropy")).isEmpty();
    }

    @Test
    void write_produces_csv_and_svg(@TempDir Path folder) throws IOException {
        new CurveReport("toy", POINTS, 1.0, 0.95).write(folder);

        List<String> csv = Files.readAllLines(folder.resolve("learning-curves-toy.csv"));
        String svg = Files.readString(folder.resolve("learning-curves-toy.svg"));
        assertThat(csv.get(0)).isEqualTo("strategy,seed,labels,accuracy");
        assertThat(csv).hasSize(POINTS.size() + 1).contains("margin,2,30,0.9700");
        assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
        assertThat(svg.split("<polyline", -1)).hasSize(4);
        assertThat(svg).contains(">margin</text>").contains("labelled examples");
    }

    @Test
    void plot_ticks_are_round_values() {
        assertThat(CurvePlot.ticks(0.7, 1.0)).hasSize(7);
        assertThat(CurvePlot.ticks(0.7, 1.0).get(0)).isCloseTo(0.7, within(1e-12));
        assertThat(CurvePlot.ticks(0.7, 1.0).get(1)).isCloseTo(0.75, within(1e-12));
        assertThat(CurvePlot.ticks(128, 1600)).containsExactly(250.0, 500.0, 750.0, 1000.0,
                1250.0, 1500.0);
    }
}
