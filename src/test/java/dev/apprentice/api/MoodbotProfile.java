package dev.apprentice.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the service with Rasa's moodbot example and the API token {@value #TOKEN}. */
public class MoodbotProfile implements QuarkusTestProfile {

    static final String TOKEN = "s3cret";
    static final Path MOODBOT = Path.of("../shared/rasa/examples/moodbot");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "apprentice.dialogues", MOODBOT.toString(),
                "apprentice.auth-token", TOKEN,
                "apprentice.response-seed", "7");
    }

    /** Returns whether the moodbot example is there; the API tests are skipped without it. */
    public static boolean moodbotPresent() {
        return Files.isDirectory(MOODBOT);
    }
}
