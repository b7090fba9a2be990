package dev.apprentice.review;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The default bot with its own database and classifier, so that the labels these tests teach
 * do not reach other tests, and with a high queueing threshold, so that most messages are
 * queued.
 */
public class LearningProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("apprentice.learning.enqueue-below", "0.95",
                "apprentice.learning.strategy", "entropy");
    }
}
