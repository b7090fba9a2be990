package dev.apprentice.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Quarkus profiles that load one of Rasa's example bots instead of the default bot. */
final class BotProfiles {

    private BotProfiles() {
    }

    abstract static class ExampleBot implements QuarkusTestProfile {
        private final String name;

        ExampleBot(String name) {
            this.name = name;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("apprentice.dialogues", ExampleBots.EXAMPLES.resolve(name).toString());
        }
    }

    public static class Moodbot extends ExampleBot {
        public Moodbot() {
            super("moodbot");
        }
    }

    public static class Formbot extends ExampleBot {
        public Formbot() {
            super("formbot");
        }
    }

    public static class E2ebot extends ExampleBot {
        public E2ebot() {
            super("e2ebot");
        }
    }

    public static class Concertbot extends ExampleBot {
        public Concertbot() {
            super("concertbot");
        }
    }

    public static class Responseselectorbot extends ExampleBot {
        public Responseselectorbot() {
            super("responseselectorbot");
        }
    }

    /** Loads a copy of an example bot whose custom actions run on {@link ExampleActionServer}. */
    abstract static class WithActions implements QuarkusTestProfile {
        private final String name;

        WithActions(String name) {
            this.name = name;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExampleActionServerResource.class,
                    Map.of("bot", name)));
        }
    }

    public static class FormbotWithActions extends WithActions {
        public FormbotWithActions() {
            super("formbot");
        }
    }
}
