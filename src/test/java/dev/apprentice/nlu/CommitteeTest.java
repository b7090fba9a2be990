package dev.apprentice.nlu;

import static dev.apprentice.nlu.TestData.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitteeTest {

    private static final List<String> LABELS = List.of("printer", "password", "greet");

    private static NluData toySet() {
        List<NluExample> examples = List.of(
                example("printer", "my printer is jammed"),
                example("printer", "the printer will not print"),
                example("printer", "printer out of toner"),
                example("password", "I forgot my password"),
                example("password", "reset my password please"),
                example("password", "password expired"),
                example("greet", "hello there"),
                example("greet", "hi"),
                example("greet", "good morning"),
                example("unknown_label", "this one is skipped"));
        return new NluData(examples, Map.of(), List.of(), List.of());
    }

    @Test
    void every_member_learns_the_toy_set() {
        Committee committee = Committee.train(LABELS, toySet(), new HashingEmbedder());

        List<double[]> printer = committee.predict("the printer is jammed again");
        List<double[]> password = committee.predict("forgot password");
        List<double[]> greet = committee.predict("hello");

        assertThat(committee.members()).hasSize(2);
        for (int m = 0; m < committee.members().size(); m++) {
            String member = committee.members().get(m).name();
            assertThat(Probabilities.argmax(printer.get(m))).as(member).isEqualTo(0);
            assertThat(Probabilities.argmax(password.get(m))).as(member).isEqualTo(1);
            assertThat(Probabilities.argmax(greet.get(m))).as(member).isEqualTo(2);
        }
    }

    @Test
    void vectors_sum_to_one() {
        Committee committee = Committee.train(LABELS, toySet(), new HashingEmbedder());

        for (double[] p : committee.predict("something else entirely")) {
            assertThat(p).hasSize(LABELS.size());
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, offset(1e-9));
            assertThat(Arrays.stream(p).min().orElseThrow()).isPositive();
        }
    }

    @Test
    void char_ngrams_survive_typos() {
        CharNgramNaiveBayes model = new CharNgramNaiveBayes(2,
                List.of("printer jammed", "printer toner", "password forgotten",
                        "password expired"), new int[] {0, 0, 1, 1},
                CharNgramNaiveBayes.DEFAULT_ALPHA, CharNgramNaiveBayes.DEFAULT_SHARPNESS);

        double[] p = model.probabilities("pasword");

        assertThat(p[1]).isGreaterThan(p[0]);
    }

    @Test
    void nearest_neighbours_vote_for_the_closest_label() {
        HashingEmbedder embedder = new HashingEmbedder();
        List<String> texts = List.of("printer jammed", "printer toner", "hello there");
        NearestNeighbourClassifier model = new NearestNeighbourClassifier(embedder, 2,
                embedder.embedAll(texts), new int[] {0, 0, 1}, 3, 0.05, 0.02);

        double[] p = model.probabilities("printer jammed today");

        assertThat(p[0]).isGreaterThan(0.9);
        assertThat(p[1]).isPositive();
    }

    @Test
    void probabilities_helpers_compute_entropy_and_divergence() {
        double[] uniform = {0.5, 0.5};
        double[] certain = {1.0, 0.0};

        assertThat(Probabilities.entropy(uniform)).isCloseTo(Math.log(2), offset(1e-12));
        assertThat(Probabilities.entropy(certain)).isZero();
        assertThat(Probabilities.klDivergence(certain, uniform)).isCloseTo(Math.log(2),
                offset(1e-12));
        assertThat(Probabilities.klDivergence(uniform, certain)).isInfinite();
    }
}
