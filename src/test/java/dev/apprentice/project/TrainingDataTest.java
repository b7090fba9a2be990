package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.NluExample;
import dev.apprentice.training.StoryStep;
import dev.apprentice.training.StoryStep.SlotValue;
import dev.apprentice.training.StoryStep.StepEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {

    @TempDir
    Path root;

    private RasaProject load(String data) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("domain.yml"), "intents: [greet]\n");
        Files.writeString(root.resolve("data/train.yml"), data);
        return new ProjectLoader().load(root);
    }

    private static NluExample example(RasaProject project, int index) {
        return project.nlu().examples().get(index);
    }

    @Test
    void annotation_forms() throws IOException {
        RasaProject project = load("""
                nlu:
                - intent: check_balance
                  examples: |
                    - how much is on my [savings](account) account
                    - balance of my [credit card account]{"entity": "account", "value": "credit"}
                    - fly from [Berlin]{"entity": "city", "role": "departure"} to [Rome](city)
                    - a [large]{"entity": "size", "group": "1"} pizza
                    - from [Hamburg][{"entity": "city", "role": "from"}, {"entity": "place"}] ok
                    - my [checking](account:current) account
                """);

        NluExample savings = example(project, 0);
        assertThat(savings.text()).isEqualTo("how much is on my savings account");
        assertThat(savings.entities()).containsExactly(
                new ExampleEntity(18, 25, "savings", "account", "savings", null, null));
        assertThat(example(project, 1).entities().get(0).value()).isEqualTo("credit");
        assertThat(example(project, 2).entities()).extracting(ExampleEntity::role)
                .containsExactly("departure", null);
        assertThat(example(project, 3).entities().get(0).group()).isEqualTo("1");
        NluExample hamburg = example(project, 4);
        assertThat(hamburg.text()).isEqualTo("from Hamburg ok");
        assertThat(hamburg.entities()).extracting(ExampleEntity::entity)
                .containsExactly("city", "place");
        assertThat(hamburg.entities()).allMatch(entity -> entity.start() == 5);
        assertThat(example(project, 5).entities().get(0).value()).isEqualTo("current");
        assertThat(project.nlu().synonyms()).containsEntry("credit card account", "credit")
                .containsEntry("checking", "current");
    }

    @Test
    void emoji_offsets_count_code_points() throws IOException {
        RasaProject project = load("""
                nlu:
                - intent: get_products
                  examples: |
                    - i want [👞](category)
                    - show me [👟](category) please
                """);

        ExampleEntity shoe = example(project, 0).entities().get(0);
        assertThat(shoe.start()).isEqualTo(7);
        assertThat(shoe.end()).isEqualTo(8);
        ExampleEntity sneaker = example(project, 1).entities().get(0);
        assertThat(sneaker.start()).isEqualTo(8);
        assertThat(sneaker.end()).isEqualTo(9);
        assertThat(example(project, 1).text()).isEqualTo("show me 👟 please");
    }

    @Test
    void extended_examples_with_metadata() throws IOException {
        RasaProject project = load("""
                nlu:
                - intent: greet
                  examples:
                  - text: |
                      hi [Anna](name)
                    metadata: {sentiment: neutral}
                - intent: chitchat/ask_name
                  examples: |
                    - what's your name?
                """);

        assertThat(example(project, 0).text()).isEqualTo("hi Anna");
        assertThat(example(project, 0).entities()).hasSize(1);
        assertThat(example(project, 1).intent()).isEqualTo("chitchat/ask_name");
        assertThat(example(project, 0).source()).contains("train.yml:5");
    }

    @Test
    void synonyms_regexes_and_lookups() throws IOException {
        RasaProject project = load("""
                nlu:
                - synonym: credit
                  examples: |
                    - Credit Card Account
                - regex: account_number
                  examples: |
                    - \\d{10,12}
                - lookup: banks
                  examples: |
                    - JPMC
                    - Bank of America
                """);

        assertThat(project.nlu().synonyms()).containsEntry("credit card account", "credit");
        assertThat(project.nlu().regexes().get(0).patterns()).containsExactly("\\d{10,12}");
        assertThat(project.nlu().lookups().get(0).elements())
                .containsExactly("JPMC", "Bank of America");
    }

    @Test
    void lookup_file_is_a_warning() throws IOException {
        RasaProject project = load("""
                nlu:
                - lookup: banks
                  examples: data/banks.txt
                """);

        assertThat(project.nlu().lookups().get(0).elements()).isEmpty();
        assertThat(project.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(3);
            assertThat(warning.message()).contains("banks.txt");
        });
    }

    @Test
    void responses_in_data_join_the_domain() throws IOException {
        RasaProject project = load("""
                responses:
                  utter_chitchat/ask_name:
                  - text: I'm a bot.
                """);

        assertThat(project.domain().responses()).containsKey("utter_chitchat/ask_name");
        assertThat(project.domain().retrievalIntents()).containsExactly("chitchat");
    }

    @Test
    void story_steps() throws IOException {
        RasaProject project = load("""
                stories:
                - story: all steps
                  steps:
                  - checkpoint: start
                    slot_was_set:
                    - name: Josh
                  - user: "I want [greek](cuisine) food"
                    intent: inform
                    entities:
                    - city
                    - {people: 2}
                    - entity: place
                      value: Paris
                      role: to
                  - action: restaurant_form
                  - active_loop: restaurant_form
                  - slot_was_set:
                    - cuisine: greek
                    - requested_slot
                  - bot: Here you go
                  - or:
                    - intent: affirm
                    - intent: thankyou
                  - active_loop: null
                  - checkpoint: end
                """);

        var steps = project.stories().get(0).steps();
        assertThat(steps.get(0)).isEqualTo(new StoryStep.Checkpoint("start",
                java.util.List.of(new SlotValue("name",
                        com.fasterxml.jackson.databind.node.TextNode.valueOf("Josh"), false))));
        StoryStep.User user = (StoryStep.User) steps.get(1);
        assertThat(user.text()).isEqualTo("I want greek food");
        assertThat(user.intent()).isEqualTo("inform");
        assertThat(user.entities()).containsExactly(
                new StepEntity("cuisine", "greek", null, null, 7, 12),
                StepEntity.of("city", null),
                StepEntity.of("people", "2"),
                new StepEntity("place", "Paris", "to", null, -1, -1));
        assertThat(steps.get(2)).isEqualTo(StoryStep.Action.named("restaurant_form"));
        assertThat(steps.get(3)).isEqualTo(new StoryStep.ActiveLoop("restaurant_form"));
        StoryStep.SlotWasSet slots = (StoryStep.SlotWasSet) steps.get(4);
        assertThat(slots.slots().get(1)).isEqualTo(new SlotValue("requested_slot", null, true));
        assertThat(steps.get(5)).isEqualTo(new StoryStep.Action(null, "Here you go"));
        assertThat(((StoryStep.Or) steps.get(6)).alternatives()).hasSize(2);
        assertThat(steps.get(7)).isEqualTo(new StoryStep.ActiveLoop(null));
        assertThat(steps.get(8)).isEqualTo(new StoryStep.Checkpoint("end", null));
    }

    @Test
    void rule_options_and_placeholder() throws IOException {
        RasaProject project = load("""
                rules:
                - rule: chitchat in form
                  condition:
                  - active_loop: restaurant_form
                  - slot_was_set:
                    - requested_slot: cuisine
                  steps:
                  - intent: chitchat
                  - action: utter_chitchat
                  - action: ...
                  wait_for_user_input: false
                """);

        var rule = project.rules().get(0);
        assertThat(rule.condition()).hasSize(2);
        assertThat(rule.waitForUserInput()).isFalse();
        assertThat(rule.conversationStart()).isFalse();
        assertThat(rule.steps().get(2)).isEqualTo(StoryStep.Action.named("..."));
    }

    @Test
    void missing_intent_value_is_rejected() {
        assertThatThrownBy(() -> load("""
                rules:
                  - rule: greet user
                    steps:
                    - intent:
                    - action: utter_greet
                """))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("train.yml:4")
                .hasMessageContaining("(intent)")
                .hasMessageContaining("missing intent value");
    }

    @Test
    void unknown_step_is_rejected() {
        assertThatThrownBy(() -> load("""
                stories:
                - story: odd
                  steps:
                  - intnet: greet
                """))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("train.yml:4")
                .hasMessageContaining("intnet");
    }

    @Test
    void test_stories_come_from_tests_directory() throws IOException {
        Files.createDirectories(root.resolve("tests"));
        Files.writeString(root.resolve("tests/test_stories.yml"), """
                stories:
                - story: happy
                  steps:
                  - user: |
                      hello there
                    intent: greet
                  - action: utter_greet
                """);

        RasaProject project = load("nlu: []\n");

        StoryStep.User user = (StoryStep.User) project.testStories().get(0).steps().get(0);
        assertThat(user.text()).isEqualTo("hello there");
        assertThat(user.intent()).isEqualTo("greet");
        assertThat(project.stories()).isEmpty();
    }

    @Test
    void invalid_annotation_json_is_rejected() {
        assertThatThrownBy(() -> load("""
                nlu:
                - intent: inform
                  examples: |
                    - from [Rome]{"entity": city} please
                """))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("train.yml:4")
                .hasMessageContaining("not valid JSON");
    }
}
