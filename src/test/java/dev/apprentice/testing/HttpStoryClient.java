package dev.apprentice.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import io.restassured.http.ContentType;
import java.util.List;

/** Runs test stories through Rasa's HTTP API of the application under test. */
final class HttpStoryClient implements StoryClient {

    @Override
    public String parseIntent(String text) {
        ObjectNode body = Json.object().put("text", text);
        return given().contentType(ContentType.JSON).body(body.toString()).post("/model/parse")
                .then().statusCode(200).extract().jsonPath().getString("intent.name");
    }

    @Override
    public void addMessage(String sender, String text, ObjectNode parseData) {
        ObjectNode body = Json.object().put("text", text).put("sender", "user");
        body.set("parse_data", parseData);
        given().contentType(ContentType.JSON).body(body.toString())
                .post("/conversations/" + sender + "/messages").then().statusCode(200);
    }

    @Override
    public String predict(String sender) {
        return given().post("/conversations/" + sender + "/predict")
                .then().statusCode(200).extract().jsonPath().getString("scores[0].action");
    }

    @Override
    public void append(String sender, List<Event> events) {
        ArrayNode body = Json.array();
        events.forEach(e -> body.add(e.json()));
        given().contentType(ContentType.JSON).body(body.toString())
                .post("/conversations/" + sender + "/tracker/events?include_events=NONE")
                .then().statusCode(200);
    }
}
