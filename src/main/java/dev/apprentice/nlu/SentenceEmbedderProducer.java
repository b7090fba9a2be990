package dev.apprentice.nlu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes one {@link MiniLmEmbedder} injectable as the application's {@link SentenceEmbedder}.
 * The model loads on the first embedding, not when the bean is created.
 */
@ApplicationScoped
public class SentenceEmbedderProducer {

    @Produces
    @Singleton
    SentenceEmbedder sentenceEmbedder() {
        return new MiniLmEmbedder();
    }
}
