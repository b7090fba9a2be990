package dev.apprentice.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.apprentice.clarify.UncertainIntentDetector.Thresholds;
import dev.apprentice.clarify.UncertainIntentDetector.Uncertainty;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncertainIntentDetectorTest {

    private static final List<String> LABELS =
            List.of("reset_password", "unlock_account", "vpn_problem", "greet");

    private final UncertainIntentDetector detector = new UncertainIntentDetector();

    private static DoubtContext context(double[] p, List<double[]> committee) {
        String text = "I can't get in";
        return new DoubtContext(text, ParseResult.empty(text), LABELS, p, committee, List.of(),
                Contexts.CONVERSATION, KnowledgeView.EMPTY, null);
    }

    @Test
    void clear_intent_with_agreeing_committee_gives_no_doubt() {
        double[] p = {0.94, 0.03, 0.02, 0.01};
        List<double[]> committee = List.of(new double[] {0.9, 0.05, 0.03, 0.02},
                new double[] {0.85, 0.1, 0.03, 0.02});

        assertThat(detector.detect(context(p, committee))).isEmpty();
    }

    @Test
    void close_top_two_raise_doubt() {
        double[] p = {0.46, 0.44, 0.07, 0.03};

        List<Doubt> doubts = detector.detect(context(p, List.of()));

        assertThat(doubts).hasSize(1);
        Doubt doubt = doubts.get(0);
        assertThat(doubt.kind()).isEqualTo(DoubtKind.UNCERTAIN_INTENT);
        assertThat(doubt.blocking()).isTrue();
        assertThat(doubt.options()).extracting(DoubtOption::value)
                .containsExactly("reset_password", "unlock_account", "vpn_problem");
        assertThat(doubt.options().get(0).label()).isEqualTo("reset password");
        assertThat(doubt.explanation()).isEqualTo("I'm not sure whether you want to reset"
                + " password, unlock account or vpn problem.");
        assertThat(doubt.score()).isCloseTo(0.98, offset(1e-9));
        assertThat(doubt.span()).isEqualTo(new Span(0, 14, "I can't get in"));
    }

    @Test
    void committee_disagreement_alone_raises_a_doubt() {
        double[] p = {0.9, 0.04, 0.03, 0.03};
        List<double[]> committee = List.of(new double[] {0.03, 0.9, 0.04, 0.03},
                new double[] {0.03, 0.04, 0.9, 0.03});

        Uncertainty u = UncertainIntentDetector.measure(p, committee);
        List<Doubt> doubts = detector.detect(context(p, committee));

        assertThat(u.voteEntropy()).isCloseTo(1.0, offset(1e-9));
        assertThat(u.divergence()).isGreaterThan(0.5);
        assertThat(u.margin()).isGreaterThan(0.8);
        assertThat(doubts).hasSize(1);
    }

    @Test
    void uniform_distribution_has_entropy_one() {
        Uncertainty u = UncertainIntentDetector.measure(new double[] {0.25, 0.25, 0.25, 0.25},
                List.of());

        assertThat(u.entropy()).isCloseTo(1.0, offset(1e-9));
        assertThat(u.margin()).isZero();
        assertThat(u.voteEntropy()).isZero();
        assertThat(u.divergence()).isZero();
        assertThat(u.score()).isEqualTo(1.0);
    }

    @Test
    void thresholds_decide_when_the_doubt_fires() {
        double[] p = {0.7, 0.2, 0.05, 0.05};
        UncertainIntentDetector strict =
                new UncertainIntentDetector(new Thresholds(0.9, 0.6, 1.0, 1.0), 3);
        UncertainIntentDetector lax =
                new UncertainIntentDetector(new Thresholds(0.9, 0.3, 1.0, 1.0), 3);

        assertThat(strict.detect(context(p, List.of()))).hasSize(1);
        assertThat(lax.detect(context(p, List.of()))).isEmpty();
    }

    @Test
    void single_label_gives_no_doubt() {
        String text = "hi";
        DoubtContext single = new DoubtContext(text, ParseResult.empty(text), List.of("greet"),
                new double[] {1.0}, List.of(), List.of(), "c", KnowledgeView.EMPTY, null);

        assertThat(detector.detect(single)).isEmpty();
    }

    @Test
    void readable_label_splits_names() {
        assertThat(UncertainIntentDetector.readable("reset_password")).isEqualTo("reset password");
        assertThat(UncertainIntentDetector.readable("checkTicket")).isEqualTo("check ticket");
    }
}
