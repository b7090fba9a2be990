package dev.apprentice.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The model that new turns use. Start-up and every retraining install a new one in a single
 * write, so a reader sees either the old model or the new one, never a mix.
 */
@ApplicationScoped
public class ActiveModel {

    private volatile LearningModel current;

    public void install(LearningModel model) {
        this.current = model;
    }

    /** Returns the model, or empty before the first training has finished. */
    public Optional<LearningModel> current() {
        return Optional.ofNullable(current);
    }
}
