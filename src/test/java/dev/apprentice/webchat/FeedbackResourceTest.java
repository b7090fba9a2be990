package dev.apprentice.webchat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.agent.Agent;
import dev.apprentice.event.Event;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.reward.Reward;
import dev.apprentice.reward.RewardService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class FeedbackResourceTest {

    private static final String PATH = "/chat/api/feedback";

    @Inject
    Agent agent;

    @Inject
    RewardService rewards;

    private double botTimestamp(String sender) {
        List<Event> bots = agent.processor()
                .handleMessage(UserMessage.rest(sender, "/greet", null)).botEvents();
        return bots.get(0).timestamp();
    }

    private List<Event> feedback(String sender) {
        return agent.processor().tracker(sender).events().stream()
                .filter(e -> e.is("apprentice_feedback")).toList();
    }

    @Test
    void rating_is_appended_to_the_tracker() {
        double timestamp = botTimestamp("feedback-up");

        given().contentType("application/json").body("{\"sender_id\":\"feedback-up\","
                + "\"value\":\"up\",\"message_timestamp\":" + timestamp + "}")
                .post(PATH).then().statusCode(200);

        List<Event> ratings = feedback("feedback-up");
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).get("value").asText()).isEqualTo("up");
        assertThat(ratings.get(0).get("message_timestamp").asDouble()).isEqualTo(timestamp);
        assertThat(ratings.get(0).timestamp()).isGreaterThanOrEqualTo(timestamp);
    }

    @Test
    void new_rating_of_a_message_replaces_the_earlier() {
        double timestamp = botTimestamp("feedback-again");
        Map<String, RewardService.Tally> before = rewards.tallies();

        for (String value : List.of("up", "up", "up", "down")) {
            given().contentType("application/json").body("{\"sender_id\":\"feedback-again\","
                    + "\"value\":\"" + value + "\",\"message_timestamp\":" + timestamp + "}")
                    .post(PATH).then().statusCode(200);
        }

        List<Reward> stored = rewards.list().stream()
                .filter(r -> r.conversationId().equals("feedback-again")).toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).value()).isEqualTo(-1);
        String key = stored.get(0).response() + "#" + stored.get(0).variation();
        RewardService.Tally earlier = before.getOrDefault(key, new RewardService.Tally(0, 0));
        assertThat(rewards.tallies().get(key))
                .isEqualTo(new RewardService.Tally(earlier.sum() - 1, earlier.count() + 1));
    }

    @Test
    void rating_of_an_unknown_message_gets_404() {
        double timestamp = botTimestamp("feedback-unknown");

        given().contentType("application/json").body("{\"sender_id\":\"feedback-unknown\","
                + "\"value\":\"down\",\"message_timestamp\":" + (timestamp + 1000) + "}")
                .post(PATH).then().statusCode(404);
        given().contentType("application/json").body("{\"sender_id\":\"feedback-nobody\","
                + "\"value\":\"down\",\"message_timestamp\":1.0}")
                .post(PATH).then().statusCode(404);

        assertThat(feedback("feedback-unknown")).isEmpty();
        assertThat(agent.processor().exists("feedback-nobody")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"sender_id\":\"s\",\"value\":\"up\"}",
        "{\"sender_id\":\"s\",\"value\":\"meh\",\"message_timestamp\":1}",
        "{\"sender_id\":\"\",\"value\":\"up\",\"message_timestamp\":1}",
        "{\"value\":\"up\",\"message_timestamp\":1}",
        "{\"sender_id\":\"s\",\"value\":\"up\",\"message_timestamp\":\"1\"}"})
    void invalid_body_gets_400(String body) {
        given().contentType("application/json").body(body).post(PATH).then().statusCode(400);
    }
}
