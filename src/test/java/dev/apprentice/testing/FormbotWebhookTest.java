package dev.apprentice.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Formbot through the REST webhook, with {@code validate_restaurant_form} on an action server of
 * the tests: a cuisine that is not in the list is rejected and asked for again.
 */
@QuarkusTest
@TestProfile(BotProfiles.FormbotWithActions.class)
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class FormbotWebhookTest {

    private static List<String> say(String sender, String message) {
        String body = Json.object().put("sender", sender).put("message", message).toString();
        return given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/rest/webhook")
                .then().statusCode(200).extract().jsonPath().getList("text", String.class);
    }

    @Test
    void validation_rejects_bad_cuisine() {
        String sender = "webhook-form-1";

        List<String> start = say(sender, "/request_restaurant");
        List<String> bad = say(sender, "/inform{\"cuisine\":\"martian\"}");
        List<String> good = say(sender, "/inform{\"cuisine\":\"greek\"}");

        assertThat(start).containsExactly("What cuisine?");
        assertThat(bad).containsExactly(
                "Cuisine type is not in the database, please try again", "What cuisine?");
        assertThat(good).containsExactly("How many people?");
        String cuisine = given().get("/conversations/" + sender + "/tracker")
                .then().statusCode(200).extract().jsonPath().getString("slots.cuisine");
        assertThat(cuisine).isEqualTo("greek");
    }
}
