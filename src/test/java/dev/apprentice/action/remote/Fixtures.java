package dev.apprentice.action.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Reads the Rasa protocol fixtures kept next to the project. */
public final class Fixtures {

    static final Path DIR = Path.of("../shared/rasa/fixtures");

    private Fixtures() {
    }

    public static JsonNode read(String name) {
        Assumptions.assumeTrue(Files.isDirectory(DIR),
                "the Rasa fixtures folder ../shared/rasa/fixtures is not next to the project");
        try {
            return Json.MAPPER.readTree(DIR.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
