package dev.apprentice.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IntentDataTest {

    private static final Path DATA = Path.of("../shared/data");

    @Test
    void hwu64_has_64_intents() throws IOException {
        Path folder = DATA.resolve("hwu64");
        assumeTrue(Files.isDirectory(folder), "HWU64 is not in " + folder);

        IntentData data = IntentData.hwu64(folder);

        assertThat(data.train()).hasSize(8954);
        assertThat(data.test()).hasSize(1076);
        assertThat(data.intents()).hasSize(64).contains("alarm_set");
    }

    @Test
    void clinc150_has_150_in_scope_intents() throws IOException {
        Path folder = DATA.resolve("clinc150");
        assumeTrue(Files.isDirectory(folder), "CLINC150 is not in " + folder);

        IntentData data = IntentData.clinc150(folder);

        assertThat(data.train()).hasSize(15_000);
        assertThat(data.test()).hasSize(3000);
        assertThat(data.intents()).hasSize(150).doesNotContain("oos");
    }
}
