package dev.apprentice.tracker;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two Quarkus profiles over the same H2 file, so that switching from one to the other restarts
 * the application on the database the first one wrote. Quarkus runs test classes grouped by
 * profile in the order of the profiles' names, so FirstRun comes before SecondRun.
 */
final class RestartProfiles {

    /**
     * A database of this test JVM's own, so that what an earlier run taught is not there. The
     * process id names it because each profile's application loads this class anew.
     */
    static final Path DATABASE = Path.of("target", "restart-test",
            "run-" + ProcessHandle.current().pid(), "apprentice");
    static final Path EXPECTED = Path.of("target", "restart-test", "expected-events.json");
    static final Path SENDER = Path.of("target", "restart-test", "sender.txt");
    static final Path TERM = Path.of("target", "restart-test", "term.txt");
    /** A term taught in teacher mode before the restart and used in assistant mode after. */
    static final String TAUGHT_TERM = "Flurbo gateway";

    private RestartProfiles() {
    }

    private static Map<String, String> fileDatabase() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATABASE.toAbsolutePath(),
                "quarkus.hibernate-orm.schema-management.strategy", "update",
                "apprentice.knowledge.trusted-senders", GlossaryTeaching.TEACHER);
    }

    /** The run before the restart. */
    public static class FirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return fileDatabase();
        }
    }

    /** The run after the restart. */
    public static class SecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return fileDatabase();
        }
    }
}
