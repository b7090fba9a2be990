package dev.apprentice.clarify;

import java.util.Map;

/**
 * The clarification settings as plain values: the default mode, how many earlier turns the
 * detectors see, and the thresholds of each mode.
 */
public record ClarifySettings(Mode defaultMode, int recentTurns, Map<Mode, Thresholds> thresholds) {

    /** Doubt scores from which a mode asks, per kind, and from which it states an assumption. */
    public record Thresholds(double unknownTerm, double ambiguousReference, double ambiguousTerm,
            double uncertainIntent, double statedAssumption) {

        public double forKind(DoubtKind kind) {
            return switch (kind) {
                case UNKNOWN_TERM -> unknownTerm;
                case AMBIGUOUS_REFERENCE -> ambiguousReference;
                case AMBIGUOUS_TERM -> ambiguousTerm;
                case UNCERTAIN_INTENT -> uncertainIntent;
            };
        }
    }

    public Thresholds of(Mode mode) {
        return thresholds.get(mode);
    }

    public static ClarifySettings from(ClarifyConfig config) {
        return new ClarifySettings(
                Mode.parse(config.defaultMode()).orElseThrow(() -> new IllegalArgumentException(
                        "apprentice.clarify.default-mode must be teacher, partner or assistant,"
                                + " not '" + config.defaultMode() + "'")),
                config.recentTurns(),
                Map.of(Mode.TEACHER, thresholds(config.teacher()),
                        Mode.PARTNER, thresholds(config.partner()),
                        Mode.ASSISTANT, thresholds(config.assistant())));
    }

    private static Thresholds thresholds(ClarifyConfig.Thresholds t) {
        return new Thresholds(t.unknownTerm(), t.ambiguousReference(), t.ambiguousTerm(),
                t.uncertainIntent(), t.statedAssumption());
    }
}
