package dev.apprentice.agent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readiness_reports_the_loaded_bot() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("bot"));
    }

    @Test
    void metrics_count_turns_by_intent_and_time_them() {
        given().contentType(ContentType.JSON)
                .body("{\"sender\": \"metrics-1\", \"message\": \"/greet\"}")
                .post("/webhooks/rest/webhook").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("apprentice_turns_total{channel=\"rest\",intent=\"greet\"}");
        assertThat(metrics).contains("apprentice_turn_latency_seconds_count{channel=\"rest\"}");
    }
}
