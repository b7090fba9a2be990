package dev.apprentice.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RewardTest {

    private static final List<Event> TURN = List.of(
            Events.user("hi", Json.object().put("model_version", "v7")
                    .set("intent", Json.object().put("name", "greet")), "rest", "m1",
                    Json.object(), 10.0),
            Events.bot("Hello", Json.object(), Json.object().put("utter_action", "utter_greet")
                    .put("apprentice_variation", 2), 11.0));

    @Test
    void rating_names_response_variation_intent_and_model() {
        Reward reward = Reward.of("ann", TURN, 11.0, "down").orElseThrow();

        assertThat(reward.value()).isEqualTo(-1);
        assertThat(reward.response()).isEqualTo("utter_greet");
        assertThat(reward.variation()).isEqualTo(2);
        assertThat(reward.intent()).isEqualTo("greet");
        assertThat(reward.modelVersion()).isEqualTo("v7");
    }

    @Test
    void thumbs_up_is_plus_one() {
        assertThat(Reward.of("ann", TURN, 11.0, "up").orElseThrow().value()).isEqualTo(1);
    }

    @Test
    void unknown_timestamp_has_no_reward() {
        Optional<Reward> reward = Reward.of("ann", TURN, 12.0, "up");

        assertThat(reward).isEmpty();
    }

    @Test
    void tally_adds_one_neutral_rating() {
        RewardService.Tally down = new RewardService.Tally(-1, 1);
        RewardService.Tally ups = new RewardService.Tally(3, 3);

        assertThat(down.score()).isEqualTo(-0.5);
        assertThat(ups.score()).isEqualTo(0.75);
    }
}
