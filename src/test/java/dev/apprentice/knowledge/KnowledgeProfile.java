package dev.apprentice.knowledge;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service with an API token, one trusted sender and a teacher token, and auto-approve off,
 * so that tests see teaching both approved at once and pending.
 */
public class KnowledgeProfile implements QuarkusTestProfile {

    static final String API_TOKEN = "api-secret";
    static final String TEACHER_TOKEN = "teach-me";
    static final String TRUSTED = "trusted-teacher";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "apprentice.auth-token", API_TOKEN,
                "apprentice.knowledge.trusted-senders", TRUSTED + ",second-teacher",
                "apprentice.knowledge.teacher-token", TEACHER_TOKEN,
                "apprentice.knowledge.auto-approve", "false");
    }
}
