package dev.apprentice.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import java.util.List;

/**
 * The calls a test-story run needs from a running bot; the HTTP API offers each of them
 * ({@code /model/parse}, {@code /messages}, {@code /predict}, {@code /tracker/events}).
 */
public interface StoryClient {

    /** Returns the intent NLU predicts for {@code text}, or null. */
    String parseIntent(String text);

    /** Logs a user message with the given parse data, filling slots, without predicting. */
    void addMessage(String sender, String text, ObjectNode parseData);

    /** Returns the action the policies predict next. */
    String predict(String sender);

    void append(String sender, List<Event> events);
}
