package dev.apprentice.clarify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings under {@code apprentice.clarify.*}: the default mode, the folder of question
 * templates, and per mode the doubt score from which the bot asks, for each kind of doubt.
 * A threshold above 1 means the bot never asks about that kind in that mode.
 */
@ConfigMapping(prefix = "apprentice.clarify")
public interface ClarifyConfig {

    /** The mode of a conversation that has not chosen one: teacher, partner or assistant. */
    @WithDefault("partner")
    String defaultMode();

    /** The folder of question templates ({@code APPRENTICE_CLARIFY_PROMPTS}). */
    @WithDefault("prompts")
    String prompts();

    /** How many earlier turns the reference detector looks at. */
    @WithDefault("6")
    int recentTurns();

    Thresholds teacher();

    Thresholds partner();

    Thresholds assistant();

    /** Doubt scores in [0, 1] from which the bot asks, by kind of doubt. */
    interface Thresholds {
        @WithDefault("0.5")
        double unknownTerm();

        @WithDefault("0.5")
        double ambiguousReference();

        @WithDefault("0.5")
        double ambiguousTerm();

        @WithDefault("0.5")
        double uncertainIntent();

        /**
         * The score from which a doubt the bot does not ask about is stated as an assumption;
         * used in assistant mode.
         */
        @WithDefault("0.4")
        double statedAssumption();
    }
}
