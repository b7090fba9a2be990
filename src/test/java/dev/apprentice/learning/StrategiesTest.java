package dev.apprentice.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    private static final float[] UNIT = {1f, 0f};

    static Candidate candidate(double[] probabilities, double[]... votes) {
        return new Candidate("c", "text", probabilities, List.of(votes), UNIT);
    }

    static Candidate withFeatures(double[] probabilities, float[] features) {
        return new Candidate("c", "text", probabilities, List.of(), features);
    }

    private static double score(String strategy, Candidate candidate) {
        return Strategies.byName(strategy, 1).score(candidate);
    }

    @Test
    void entropy_prefers_flat_over_peaked() {
        Candidate flat = candidate(new double[] {0.34, 0.33, 0.33});
        Candidate peaked = candidate(new double[] {0.9, 0.05, 0.05});

        assertThat(score("entropy", flat)).isGreaterThan(score("entropy", peaked));
        assertThat(score("entropy", flat)).isCloseTo(Math.log(3), within(1e-3));
    }

    @Test
    void entropy_of_certain_prediction_is_zero() {
        assertThat(score("entropy", candidate(new double[] {1.0, 0.0, 0.0}))).isZero();
    }

    @Test
    void least_confidence_is_one_minus_top() {
        assertThat(score("least_confidence", candidate(new double[] {0.7, 0.2, 0.1})))
                .isCloseTo(0.3, within(1e-12));
        assertThat(score("least_confidence", candidate(new double[] {0.4, 0.3, 0.3})))
                .isGreaterThan(score("least_confidence", candidate(new double[] {0.7, 0.2, 0.1})));
    }

    @Test
    void margin_and_entropy_disagree_on_two_way_tie() {
        // given a close call between two labels, and a clear favourite among three
        Candidate tie = candidate(new double[] {0.5, 0.5, 0.0});
        Candidate spread = candidate(new double[] {0.6, 0.2, 0.2});

        // then margin ranks the tie first, but entropy ranks the spread first
        assertThat(score("margin", tie)).isGreaterThan(score("margin", spread));
        assertThat(score("entropy", spread)).isGreaterThan(score("entropy", tie));
    }

    @Test
    void margin_finds_top_two_anywhere() {
        Candidate late = candidate(new double[] {0.1, 0.35, 0.15, 0.4});

        assertThat(score("margin", late)).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void agreeing_committee_scores_zero_disagreement() {
        double[] p = {0.7, 0.2, 0.1};
        Candidate agreeing = candidate(p, p.clone(), p.clone());

        assertThat(score("mean_kl", agreeing)).isCloseTo(0.0, within(1e-12));
        assertThat(score("vote_entropy", agreeing)).isCloseTo(0.0, within(1e-5));
    }

    @Test
    void disagreeing_committee_scores_above_agreeing() {
        double[] a = {0.8, 0.1, 0.1};
        double[] b = {0.1, 0.8, 0.1};
        double[] c = {0.1, 0.1, 0.8};
        Candidate agreeing = candidate(a, a.clone(), a.clone());
        Candidate split = candidate(a, b, a.clone());
        Candidate scattered = candidate(a, b, c);

        assertThat(score("vote_entropy", split)).isGreaterThan(score("vote_entropy", agreeing));
        assertThat(score("vote_entropy", scattered)).isGreaterThan(score("vote_entropy", split));
        assertThat(score("vote_entropy", scattered)).isCloseTo(Math.log(3), within(1e-5));
        assertThat(score("mean_kl", split)).isGreaterThan(score("mean_kl", agreeing));
        assertThat(score("mean_kl", scattered)).isGreaterThan(score("mean_kl", split));
    }

    @Test
    void vote_entropy_breaks_ties_by_softer_disagreement() {
        // given two candidates where all members vote for label 0, one of them barely
        Candidate firm = candidate(new double[] {0.9, 0.1}, new double[] {0.9, 0.1});
        Candidate shaky = candidate(new double[] {0.55, 0.45}, new double[] {0.55, 0.45});

        // then the hard votes tie, and the shaky one still ranks first
        assertThat(score("vote_entropy", shaky)).isGreaterThan(score("vote_entropy", firm));
        assertThat(score("vote_entropy", shaky)).isLessThan(0.01);
    }

    @Test
    void mean_kl_ignores_hard_votes_that_agree() {
        // given members that all vote label 0, with different confidence
        Candidate confident = candidate(new double[] {0.9, 0.1}, new double[] {0.9, 0.1});
        Candidate mixed = candidate(new double[] {0.9, 0.1}, new double[] {0.55, 0.45});

        assertThat(score("mean_kl", mixed)).isGreaterThan(score("mean_kl", confident));
    }

    @Test
    void egl_grows_with_feature_norm() {
        double[] p = {0.5, 0.3, 0.2};
        Candidate small = withFeatures(p, new float[] {0.5f, 0f});
        Candidate large = withFeatures(p, new float[] {3f, 4f});

        assertThat(score("expected_gradient_length", large))
                .isGreaterThan(score("expected_gradient_length", small));
    }

    @Test
    void egl_grows_with_uncertainty() {
        float[] x = {1f, 1f};
        Candidate sure = withFeatures(new double[] {0.98, 0.01, 0.01}, x);
        Candidate unsure = withFeatures(new double[] {0.4, 0.3, 0.3}, x);

        assertThat(score("expected_gradient_length", unsure))
                .isGreaterThan(score("expected_gradient_length", sure));
    }

    @Test
    void egl_matches_gradient_norm_by_hand() {
        // given p = (0.5, 0.5) and x = (3, 4), the input with its bias term has norm sqrt(26),
        // and for either label |p - e_y| = sqrt(0.25 + 0.25)
        Candidate c = withFeatures(new double[] {0.5, 0.5}, new float[] {3f, 4f});

        assertThat(score("expected_gradient_length", c))
                .isCloseTo(Math.sqrt(0.5) * Math.sqrt(26), within(1e-9));
    }

    @Test
    void egl_of_certain_prediction_is_zero() {
        Candidate certain = withFeatures(new double[] {1.0, 0.0}, new float[] {3f, 4f});

        assertThat(score("expected_gradient_length", certain)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void random_is_reproducible_by_seed() {
        Candidate c = candidate(new double[] {0.5, 0.5});
        QueryStrategy first = Strategies.byName("random", 7);
        QueryStrategy second = Strategies.byName("random", 7);
        QueryStrategy other = Strategies.byName("random", 8);

        double[] a = IntStream.range(0, 20).mapToDouble(i -> first.score(c)).toArray();
        double[] b = IntStream.range(0, 20).mapToDouble(i -> second.score(c)).toArray();
        double[] d = IntStream.range(0, 20).mapToDouble(i -> other.score(c)).toArray();

        assertThat(b).containsExactly(a);
        assertThat(d).isNotEqualTo(a);
    }

    @Test
    void by_name_accepts_dashes_and_case() {
        assertThat(Strategies.byName(" Least-Confidence ", 1).name())
                .isEqualTo("least_confidence");
        for (String name : Strategies.NAMES) {
            assertThat(Strategies.byName(name, 1).name()).isEqualTo(name);
        }
    }

    @Test
    void by_name_rejects_unknown_name() {
        assertThatThrownBy(() -> Strategies.byName("bald", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bald")
                .hasMessageContaining("margin");
    }

    @Test
    void candidate_rejects_vote_over_other_labels() {
        assertThatThrownBy(() -> candidate(new double[] {0.5, 0.5}, new double[] {1.0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 labels");
    }
}
