package dev.apprentice.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The conversation as chat messages for a prompt, read from the tracker each time, so the
 * tracker stays the only store of the conversation. It covers the current session, up to but
 * not including the latest user message (which the job sends as its own data). User messages
 * become delimited data. Bot messages become AI messages. A custom action becomes a tool call
 * followed by its result, the slots it set.
 *
 * <p>Only the last {@code maxMessages} messages are kept. When the cut falls between a tool call
 * and its result, the result is dropped too, because chat APIs reject a tool result whose call
 * is not in the request.
 */
public final class TrackerChatMemory {

    /** Actions that are part of every turn's bookkeeping rather than something the bot did. */
    private static final Set<String> BOOKKEEPING = Set.of("action_listen",
            "action_session_start", "action_extract_slots", "action_unlikely_intent");

    private TrackerChatMemory() {
    }

    public static List<ChatMessage> messages(DialogueStateTracker tracker, int maxMessages) {
        List<Event> events = currentSession(tracker.events());
        List<ChatMessage> messages = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.is("user") && event.text() != null) {
                messages.add(UserMessage.from(DataBlock.of("user_message", event.text())));
            } else if (event.is("bot") && event.text() != null && !event.text().isBlank()) {
                messages.add(AiMessage.from(event.text()));
            } else if (isToolCall(event)) {
                String id = "call-" + ++calls;
                messages.add(AiMessage.from(List.of(ToolExecutionRequest.builder().id(id)
                        .name(event.name()).arguments("{}").build())));
                messages.add(ToolExecutionResultMessage.from(id, event.name(),
                        slotsSet(events, i + 1).toString()));
            }
        }
        return window(messages, maxMessages);
    }

    /** Returns the last {@code max} messages, without a tool result at their start. */
    static List<ChatMessage> window(List<ChatMessage> messages, int max) {
        int start = Math.max(0, messages.size() - Math.max(0, max));
        while (start < messages.size()
                && messages.get(start) instanceof ToolExecutionResultMessage) {
            start++;
        }
        return List.copyOf(messages.subList(start, messages.size()));
    }

    /** Returns the events after the last session start, without the latest user message. */
    private static List<Event> currentSession(List<Event> all) {
        int start = 0;
        int lastUser = all.size();
        for (int i = 0; i < all.size(); i++) {
            Event event = all.get(i);
            if (event.is("session_started") || event.is("restart")) {
                start = i + 1;
            }
            if (event.is("user")) {
                lastUser = i;
            }
        }
        return all.subList(start, lastUser >= start ? lastUser : all.size());
    }

    private static boolean isToolCall(Event event) {
        String name = event.is("action") ? event.name() : null;
        return name != null && !name.startsWith("utter_") && !BOOKKEEPING.contains(name);
    }

    /** Returns the slots set by the events from {@code from} up to the next action. */
    private static ObjectNode slotsSet(List<Event> events, int from) {
        ObjectNode slots = Json.object();
        for (int i = from; i < events.size() && !events.get(i).is("action"); i++) {
            Event event = events.get(i);
            if (event.is("slot")) {
                slots.set(event.name(), event.get("value"));
            }
        }
        return Json.object().set("slots_set", slots);
    }
}
