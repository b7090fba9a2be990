package dev.apprentice.nlu;

import static dev.apprentice.nlu.TestData.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Intent;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.nlu.ParseResult.IntentScore;
import dev.apprentice.project.BotConfig;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NluEngineTest {

    private static final List<String> TOPICS = List.of("printer", "password", "laptop", "email",
            "wifi", "vpn", "monitor", "phone", "badge", "desk", "chair", "coffee");

    /** Builds one intent per topic, each with five examples that name the topic. */
    private static NluData twelveIntents() {
        List<NluExample> examples = new ArrayList<>();
        for (String topic : TOPICS) {
            for (String frame : List.of("my %s is broken", "help with the %s",
                    "the %s does not work", "problem with %s today", "fix my %s please")) {
                examples.add(example("ask_" + topic, frame.formatted(topic)));
            }
        }
        return new NluData(examples, Map.of(), List.of(), List.of());
    }

    private static Domain twelveIntentDomain() {
        return TestData.domain(TOPICS.stream().map(t -> "ask_" + t).toList(), List.of());
    }

    private static NluEngine trained(Domain domain, NluData data, BotConfig config) {
        NluEngine engine = new NluEngine(domain, data, config, new HashingEmbedder());
        engine.train();
        return engine;
    }

    @Test
    void ranking_is_top_ten_summing_to_one() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(), BotConfig.DEFAULT);

        ParseResult result = engine.parse("my printer is broken");

        assertThat(result.intentName()).isEqualTo("ask_printer");
        assertThat(result.intentRanking()).hasSize(10);
        assertThat(result.intentRanking().stream().mapToDouble(IntentScore::confidence).sum())
                .isCloseTo(1.0, offset(1e-9));
        assertThat(result.intentRanking().get(0)).isEqualTo(result.intent());
        assertThat(result.intentRanking()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @Test
    void training_report_counts_examples_and_classes() {
        NluEngine engine = new NluEngine(twelveIntentDomain(), twelveIntents(),
                BotConfig.DEFAULT, new HashingEmbedder());

        NluEngine.TrainingReport report = engine.train();

        assertThat(report.examples()).isEqualTo(60);
        assertThat(report.classes()).isEqualTo(12);
        assertThat(report.epochs()).isPositive();
        assertThat(report.heldOutAccuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void probabilities_follow_the_label_order() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(), BotConfig.DEFAULT);

        double[] p = engine.probabilities("help with the vpn");

        assertThat(p).hasSize(engine.labels().size());
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        assertThat(engine.labels().get(best)).isEqualTo("ask_vpn");
    }

    @Test
    void low_confidence_falls_back() {
        // given a threshold no prediction reaches
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(),
                TestData.fallbackConfig(0.999, 0.0));

        // when
        ParseResult result = engine.parse("something else entirely");

        // then
        assertThat(result.intent()).isEqualTo(new IntentScore("nlu_fallback", 0.999));
        assertThat(result.intentRanking().get(0)).isEqualTo(result.intent());
        assertThat(result.intentRanking()).hasSize(11);
        assertThat(result.intentRanking().get(1).name()).startsWith("ask_");
    }

    @Test
    void ambiguous_top_two_fall_back() {
        // given a margin no prediction can reach, and no confidence threshold
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(),
                TestData.fallbackConfig(0.0, 1.0));

        ParseResult result = engine.parse("my printer is broken");

        assertThat(result.intentName()).isEqualTo("nlu_fallback");
        assertThat(result.confidence()).isEqualTo(0.0);
        assertThat(result.intentRanking().get(1).name()).isEqualTo("ask_printer");
    }

    @Test
    void confident_prediction_does_not_fall_back() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(),
                TestData.fallbackConfig(0.0, 0.0));

        assertThat(engine.parse("my printer is broken").intentName()).isEqualTo("ask_printer");
    }

    @Test
    void single_intent_gets_full_confidence() {
        Domain domain = TestData.domain(List.of("greet"), List.of());
        NluData data = new NluData(List.of(example("greet", "hello"), example("greet", "hi")),
                Map.of(), List.of(), List.of());
        NluEngine engine = trained(domain, data, BotConfig.DEFAULT);

        ParseResult result = engine.parse("good morning");

        assertThat(result.intent()).isEqualTo(new IntentScore("greet", 1.0));
        assertThat(result.intentRanking()).containsExactly(result.intent());
        assertThat(engine.probabilities("x")).containsExactly(1.0);
    }

    @Test
    void no_examples_and_one_domain_intent_predicts_it() {
        Domain domain = TestData.domain(List.of("greet"), List.of());
        NluEngine engine = trained(domain, NluData.empty(), BotConfig.DEFAULT);

        assertThat(engine.parse("hello").intent()).isEqualTo(new IntentScore("greet", 1.0));
    }

    @Test
    void no_examples_and_several_intents_predicts_no_intent() {
        Domain domain = TestData.domain(List.of("greet", "bye"), List.of());
        NluEngine engine = trained(domain, NluData.empty(), TestData.fallbackConfig(0.3, 0.1));

        ParseResult result = engine.parse("hello there");

        assertThat(result.intent()).isNull();
        assertThat(result.intentRanking()).isEmpty();
        assertThat(result.textTokens()).hasSize(2);
    }

    @Test
    void blank_text_gives_the_empty_result() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(), BotConfig.DEFAULT);

        ParseResult result = engine.parse("   ");

        assertThat(result.intent()).isNull();
        assertThat(result.text()).isEmpty();
        assertThat(result.entities()).isEmpty();
    }

    @Test
    void shortcut_comes_before_the_classifier() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(),
                TestData.fallbackConfig(0.9, 0.1));

        ParseResult result = engine.parse("  /ask_badge@0.2 ");

        assertThat(result.intent()).isEqualTo(new IntentScore("ask_badge", 0.2));
        assertThat(result.intentRanking()).hasSize(1);
    }

    @Test
    void parse_reports_code_point_tokens_and_text() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(), BotConfig.DEFAULT);

        ParseResult result = engine.parse(" fix my 🖨 please ");

        assertThat(result.text()).isEqualTo("fix my 🖨 please");
        assertThat(result.textTokens()).extracting(t -> t[0]).containsExactly(0, 4, 7, 9);
        assertThat(result.textTokens()).extracting(t -> t[1]).containsExactly(3, 6, 8, 15);
    }

    @Test
    void entities_are_kept_whatever_the_intent_uses() {
        // given "restart" keeps no entity in the dialogue state, "report" keeps the device
        Domain domain = TestData.domain(List.of(
                new Intent("report", null, List.of()),
                new Intent("restart", List.of(), List.of())), "device");
        NluData data = new NluData(List.of(
                example("report", "my laptop is broken", "laptop", "device"),
                example("report", "the laptop does not start", "laptop", "device"),
                example("restart", "start over"),
                example("restart", "restart the conversation please")),
                Map.of(), List.of(), List.of());
        NluEngine engine = trained(domain, data, BotConfig.DEFAULT);

        // when
        ParseResult reported = engine.parse("my laptop is broken");
        ParseResult restarted = engine.parse("restart the laptop conversation please");

        // then
        assertThat(reported.intentName()).isEqualTo("report");
        assertThat(reported.entities()).extracting(Entity::valueText).containsExactly("laptop");
        assertThat(restarted.intentName()).isEqualTo("restart");
        assertThat(restarted.entities()).extracting(Entity::valueText)
                .containsExactly("laptop");
    }

    @Test
    void learn_moves_a_text_to_the_corrected_intent() {
        NluEngine engine = trained(twelveIntentDomain(), twelveIntents(), BotConfig.DEFAULT);
        String text = "the printer and the badge";
        String before = engine.parse(text).intentName();
        String target = before.equals("ask_badge") ? "ask_printer" : "ask_badge";

        boolean learned = engine.learn(text, target, 30);

        assertThat(learned).isTrue();
        assertThat(engine.parse(text).intentName()).isEqualTo(target);
        assertThat(engine.learn(text, "ask_unknown", 1)).isFalse();
    }

    @Test
    void parse_before_training_is_rejected() {
        NluEngine engine = new NluEngine(twelveIntentDomain(), twelveIntents(),
                BotConfig.DEFAULT, new HashingEmbedder());

        assertThatThrownBy(() -> engine.parse("hi")).isInstanceOf(IllegalStateException.class);
    }
}
