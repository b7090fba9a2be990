package dev.apprentice.agent;

import dev.apprentice.processor.MessageProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The loaded bot as the channels and the HTTP API see it. It is empty until the bot has been
 * loaded and trained at start-up; until then {@link #processor()} raises
 * {@link AgentNotReadyException}, which the API turns into Rasa's 409 "no model loaded".
 */
@ApplicationScoped
public class Agent {

    private volatile Loaded loaded;

    /** The processor with the model's identity, installed together. */
    public record Loaded(MessageProcessor processor, String modelId, String modelFile) {
    }

    public void install(MessageProcessor processor, String modelId, String modelFile) {
        this.loaded = new Loaded(processor, modelId, modelFile);
    }

    public boolean ready() {
        return loaded != null;
    }

    public MessageProcessor processor() {
        return current().processor();
    }

    public String modelId() {
        return current().modelId();
    }

    public String modelFile() {
        return current().modelFile();
    }

    private Loaded current() {
        Loaded current = loaded;
        if (current == null) {
            throw new AgentNotReadyException();
        }
        return current;
    }
}
