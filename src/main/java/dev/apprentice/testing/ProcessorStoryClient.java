package dev.apprentice.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.processor.MessageProcessor;
import java.util.List;

/** Runs test stories against a processor in the same process. */
public final class ProcessorStoryClient implements StoryClient {

    private final MessageProcessor processor;

    public ProcessorStoryClient(MessageProcessor processor) {
        this.processor = processor;
    }

    @Override
    public String parseIntent(String text) {
        return processor.bot().parser().parse(text).intentName();
    }

    @Override
    public void addMessage(String sender, String text, ObjectNode parseData) {
        processor.addMessage(sender, text, parseData);
    }

    @Override
    public String predict(String sender) {
        return processor.predict(sender).prediction().action();
    }

    @Override
    public void append(String sender, List<Event> events) {
        processor.appendEvents(sender, events);
    }
}
