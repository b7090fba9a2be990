package dev.apprentice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.action.remote.RemoteActionExecutor;
import dev.apprentice.event.Event;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.testsupport.ExampleActionServer;
import dev.apprentice.training.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Live conversations with formbot and knowledgebasebot whose custom actions run on an action
 * server in this process, and the replay of their stories against it.
 */
@EnabledIf(value = "dev.apprentice.testing.ExampleBots#available",
        disabledReason = "Rasa's example bots are not next to the project")
class ExampleBotActionsTest {

    private static ExampleActionServer server;
    private static MessageProcessor formbot;
    private static MessageProcessor knowledgebot;

    @BeforeAll
    static void start() {
        server = ExampleActionServer.forExamples(ExampleBots.EXAMPLES);
        RemoteActionExecutor executor = new RemoteActionExecutor(new EndpointConfig(
                server.url(), null, null, Map.of(), null, null, 30, false, null, Map.of()),
                null, false);
        formbot = ExampleBots.processor(ExampleBots.EXAMPLES.resolve("formbot"), executor);
        knowledgebot = ExampleBots.processor(ExampleBots.EXAMPLES.resolve("knowledgebasebot"),
                executor);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> say(MessageProcessor bot, String sender, String text) {
        TurnResult turn = bot.handleMessage(UserMessage.rest(sender, text, null));
        return turn.botEvents().stream().map(Event::text).toList();
    }

    @Test
    void formbot_validates_every_slot() {
        String sender = "form-1";

        assertThat(say(formbot, sender, "/request_restaurant")).containsExactly("What cuisine?");
        assertThat(say(formbot, sender, "/inform{\"cuisine\":\"martian\"}")).containsExactly(
                "Cuisine type is not in the database, please try again", "What cuisine?");
        assertThat(say(formbot, sender, "/inform{\"cuisine\":\"greek\"}"))
                .containsExactly("How many people?");
        assertThat(say(formbot, sender, "/inform{\"number\":\"-2\"}")).containsExactly(
                "Number of people should be a positive integer, please try again",
                "How many people?");
        assertThat(say(formbot, sender, "/inform{\"number\":\"4\"}"))
                .containsExactly("Do you want to sit outside?");
        assertThat(say(formbot, sender, "/affirm"))
                .containsExactly("Please provide additional preferences");
        assertThat(say(formbot, sender, "/deny"))
                .containsExactly("Please give your feedback on your experience so far");
        List<String> done = say(formbot, sender, "great service");

        assertThat(done).first().isEqualTo("All done!");
        var slots = formbot.tracker(sender).slots();
        assertThat(slots.get("cuisine").asText()).isEqualTo("greek");
        assertThat(slots.get("num_people").asInt()).isEqualTo(4);
        assertThat(slots.get("outdoor_seating").asBoolean()).isTrue();
        assertThat(slots.get("preferences").asText()).isEqualTo("no additional preferences");
        assertThat(formbot.tracker(sender).activeLoopName()).isNull();
    }

    @Test
    void knowledgebot_lists_and_answers() {
        String sender = "kb-1";

        List<String> listed = say(knowledgebot, sender,
                "/query_knowledge_base{\"object_type\":\"restaurant\",\"cuisine\":\"Italian\"}");
        List<String> answer = say(knowledgebot, sender,
                "/query_knowledge_base{\"mention\":\"2\",\"attribute\":\"price-range\"}");

        assertThat(listed).containsExactly("Found the following objects of type 'restaurant':"
                + "\n1: Donath\n2: I due forni");
        assertThat(answer).containsExactly(
                "'I due forni' has the value 'mid-range' for attribute 'price-range'.");
    }

    @Test
    void knowledgebot_training_stories_replay() {
        List<Story> stories = knowledgebot.bot().project().stories();

        List<StoryResult> results = new StoryTester(new ProcessorStoryClient(knowledgebot))
                .runAll(stories);

        assertThat(stories).isNotEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.story()).isEmpty());
    }
}
