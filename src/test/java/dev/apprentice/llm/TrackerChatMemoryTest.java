package dev.apprentice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.testsupport.TestBots;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerChatMemoryTest {

    private static DialogueStateTracker tracker(List<Event> events) {
        return new DialogueStateTracker("memory-test", TestBots.domain(), events);
    }

    private static Event user(String text) {
        return Events.user(text, Json.object(), "rest", "id-" + text.hashCode(), Json.object(),
                1);
    }

    private static Event bot(String text) {
        return Event.fromJson(Json.object().put("event", "bot").put("text", text)
                .put("timestamp", 1), 1);
    }

    private static List<Event> conversation() {
        List<Event> events = new ArrayList<>();
        events.add(Events.action("action_session_start", null, null, false, 1));
        events.add(Events.plain("session_started", 1));
        events.add(user("old session text"));
        events.add(Events.plain("session_started", 1));
        events.add(Events.action("action_listen", null, null, false, 1));
        events.add(user("my order 42 is late"));
        events.add(Events.action("action_check_order", null, null, false, 1));
        events.add(Events.slot("order_status", Json.MAPPER.getNodeFactory().textNode("late"), 1));
        events.add(Events.action("utter_sorry", null, null, false, 1));
        events.add(bot("Sorry, order 42 is late."));
        events.add(user("why is that?"));
        return events;
    }

    @Test
    void session_becomes_messages_with_tool_call_and_result() {
        List<ChatMessage> messages = TrackerChatMemory.messages(tracker(conversation()), 10);

        assertThat(messages).hasSize(4);
        assertThat(((UserMessage) messages.get(0)).singleText())
                .isEqualTo("<data name=\"user_message\">\nmy order 42 is late\n</data>");
        AiMessage call = (AiMessage) messages.get(1);
        assertThat(call.toolExecutionRequests()).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("action_check_order"));
        ToolExecutionResultMessage result = (ToolExecutionResultMessage) messages.get(2);
        assertThat(result.id()).isEqualTo(call.toolExecutionRequests().get(0).id());
        assertThat(result.text()).isEqualTo("{\"slots_set\":{\"order_status\":\"late\"}}");
        assertThat(((AiMessage) messages.get(3)).text()).isEqualTo("Sorry, order 42 is late.");
    }

    @Test
    void latest_user_message_is_left_out() {
        List<ChatMessage> messages = TrackerChatMemory.messages(tracker(conversation()), 10);

        assertThat(messages.toString()).doesNotContain("why is that?")
                .doesNotContain("old session text");
    }

    @Test
    void window_that_cuts_a_call_drops_its_result() {
        List<ChatMessage> messages = TrackerChatMemory.messages(tracker(conversation()), 2);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).isInstanceOf(AiMessage.class);
        assertThat(((AiMessage) messages.get(0)).hasToolExecutionRequests()).isFalse();
    }

    @Test
    void window_that_keeps_the_call_keeps_its_result() {
        List<ChatMessage> messages = TrackerChatMemory.messages(tracker(conversation()), 3);

        assertThat(messages).hasSize(3);
        assertThat(((AiMessage) messages.get(0)).hasToolExecutionRequests()).isTrue();
        assertThat(messages.get(1)).isInstanceOf(ToolExecutionResultMessage.class);
    }
}
