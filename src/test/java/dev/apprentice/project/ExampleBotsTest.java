package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.domain.MappingCondition;
import dev.apprentice.domain.SlotMapping;
import dev.apprentice.training.Rule;
import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads every example bot of the shared Rasa examples and checks a few facts of each. */
class ExampleBotsTest {

    private static final Path EXAMPLES = Path.of("../shared/rasa/examples");

    @BeforeAll
    static void requireExamples() {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES),
                "the shared Rasa examples are not next to the project root");
    }

    private static RasaProject load(String bot) {
        return new ProjectLoader().load(EXAMPLES.resolve(bot));
    }

    private static Rule rule(RasaProject project, String name) {
        return project.rules().stream().filter(rule -> rule.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Story story(java.util.List<Story> stories, String name) {
        return stories.stream().filter(story -> story.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void moodbot() {
        RasaProject project = load("moodbot");

        assertThat(project.domain().intents()).hasSize(7);
        assertThat(project.domain().responses()).hasSize(6);
        assertThat(project.domain().responses().get("utter_cheer_up").get(0).content()
                .get("image").asText()).startsWith("https://");
        assertThat(project.stories()).hasSize(3);
        assertThat(project.rules()).hasSize(2);
        var slack = project.credentials().channel("slack").orElseThrow();
        assertThat(slack.get("slack_token").asText()).isEqualTo("xoxb-xxx");
        assertThat(project.warnings()).anyMatch(warning -> warning.key().equals("slack"));
        assertThat(project.config().assistantId()).isEqualTo("mood_bot");
        assertThat(project.config().policies()).contains("MemoizationPolicy", "RulePolicy");
    }

    @Test
    void formbot() {
        RasaProject project = load("formbot");

        assertThat(project.domain().forms().get("restaurant_form").requiredSlots())
                .containsExactly("cuisine", "num_people", "outdoor_seating", "preferences",
                        "feedback");
        SlotMapping preferences = project.domain().slot("preferences").orElseThrow()
                .mappings().get(1);
        assertThat(preferences.type()).isEqualTo("from_text");
        assertThat(preferences.notIntents()).containsExactly("deny");
        assertThat(preferences.conditions()).containsExactly(
                new MappingCondition("restaurant_form", "preferences"));
        assertThat(project.domain().slot("num_people").orElseThrow().mappings().get(0).intents())
                .containsExactly("inform", "request_restaurant");
        assertThat(project.domain().slot("requested_slot")).isPresent();
        assertThat(project.domain().intent("chitchat").orElseThrow().useEntities()).isEmpty();
        assertThat(project.testStories()).hasSize(3);
        StoryStep.User first = (StoryStep.User) project.testStories().get(0).steps().get(0);
        assertThat(first.intent()).isEqualTo("greet");
        assertThat(first.text()).isEqualTo("hi");
        assertThat(project.domain().actions()).containsExactly("validate_restaurant_form");
    }

    @Test
    void concertbot() {
        RasaProject project = load("concertbot");

        assertThat(project.domain().actions()).hasSize(5);
        StoryStep.SlotWasSet venues = (StoryStep.SlotWasSet)
                story(project.stories(), "search_venues").steps().get(2);
        assertThat(venues.slots().get(0).name()).isEqualTo("venues");
        assertThat(venues.slots().get(0).value().get(0).get("name").asText())
                .isEqualTo("Big Arena");
        assertThat(project.config().fallbackClassifier()).isTrue();
        assertThat(project.config().nluThreshold()).isEqualTo(0.4);
    }

    @Test
    void knowledgebasebot() {
        RasaProject project = load("knowledgebasebot");

        assertThat(project.domain().slots()).containsKeys("knowledge_base_listed_objects",
                "knowledge_base_last_object", "knowledge_base_last_object_type");
        assertThat(project.nlu().lookups()).hasSize(2);
        assertThat(project.nlu().synonyms()).isNotEmpty();
        assertThat(project.domain().entities()).extracting(e -> e.name())
                .contains("object_type", "mention", "attribute");
    }

    @Test
    void reminderbot() {
        RasaProject project = load("reminderbot");

        assertThat(project.domain().intentNames()).contains("EXTERNAL_reminder");
        assertThat(project.credentials().channel("callback").orElseThrow().get("url").asText())
                .startsWith("http");
        assertThat(project.endpoints().actionEndpoint().orElseThrow().url())
                .isEqualTo("http://localhost:5055/webhook");
        assertThat(project.endpoints().actionEndpoint().orElseThrow().timeoutSeconds())
                .isEqualTo(300);
    }

    @Test
    void responseselectorbot() {
        RasaProject project = load("responseselectorbot");

        assertThat(project.domain().responses()).containsKeys(
                "utter_chitchat/ask_name", "utter_chitchat/ask_weather");
        assertThat(project.domain().retrievalIntents()).containsExactly("chitchat");
        assertThat(project.domain().json().get("responses").has("utter_chitchat/ask_name"))
                .isTrue();
        assertThat(project.nlu().examples()).anyMatch(
                example -> example.intent().equals("chitchat/ask_name"));
    }

    @Test
    void rules() {
        RasaProject project = load("rules");

        Rule greet = rule(project, "Greet");
        assertThat(greet.conversationStart()).isTrue();
        Rule unhappy = rule(project, "Example of an unhappy path for the 'loop_q_form'");
        assertThat(unhappy.condition()).hasSize(2);
        assertThat(unhappy.condition().get(0)).isEqualTo(new StoryStep.ActiveLoop("loop_q_form"));
        StoryStep.SlotWasSet requested = (StoryStep.SlotWasSet) unhappy.condition().get(1);
        assertThat(requested.slots().get(0).name()).isEqualTo("requested_slot");
        assertThat(requested.slots().get(0).value().asText()).isEqualTo("some_slot");
        assertThat(project.rules()).anyMatch(rule -> !rule.waitForUserInput());
        Rule submit = rule(project, "Submit form");
        assertThat(submit.steps().get(1)).isEqualTo(new StoryStep.ActiveLoop(null));
    }

    @Test
    void e2ebot() {
        RasaProject project = load("e2ebot");

        StoryStep.User user = (StoryStep.User)
                story(project.stories(), "accepts suggestion, indirectly").steps().get(4);
        assertThat(user.intent()).isNull();
        assertThat(user.text()).isEqualTo("I can always go for sushi");
        assertThat(project.testStories()).isNotEmpty();
    }

    @Test
    void initial_project() {
        RasaProject project = load("initial_project");

        assertThat(project.domain().intents()).hasSize(7);
        assertThat(project.testStories()).hasSize(7);
        assertThat(project.credentials().channel("rest")).isPresent();
        assertThat(project.credentials().channel("rest").orElseThrow().isEmpty()).isTrue();
        assertThat(project.config().assistantId()).isEqualTo("placeholder_default");
    }

    @Test
    void rasa_demo() {
        RasaProject project = load("rasa-demo");

        assertThat(project.domain().intents()).hasSize(42);
        assertThat(project.nlu().lookups()).singleElement()
                .satisfies(lookup -> assertThat(lookup.elements()).contains("rasa x"));
        assertThat(project.domain().responses().keySet())
                .anyMatch(name -> name.startsWith("utter_faq/"));
        StoryStep.Or or = (StoryStep.Or) story(project.stories(),
                "Getting started with Rasa Open Source installation").steps().get(2);
        assertThat(or.alternatives()).hasSize(3);
        StoryStep.User faq = (StoryStep.User) or.alternatives().get(0);
        assertThat(faq.entities()).containsExactly(StoryStep.StepEntity.of("product", "rasa"));
        assertThat(project.config().maxHistory()).isEqualTo(6);
        assertThat(project.config().nluThreshold()).isEqualTo(0.7);
        assertThat(project.warnings()).anyMatch(warning -> warning.key().equals("required_slots"));
    }
}
