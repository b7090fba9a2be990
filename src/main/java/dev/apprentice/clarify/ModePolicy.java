package dev.apprentice.clarify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one message, which doubt to ask about, if any, and which to state as an
 * assumption. Teacher and partner ask about the strongest doubt at or above the mode's threshold
 * for its kind. An assistant asks only about a blocking doubt at or above the threshold, and
 * states the others it would have had to guess, from the stated-assumption score up.
 */
public final class ModePolicy {

    private final ClarifySettings settings;

    public ModePolicy(ClarifySettings settings) {
        this.settings = settings;
    }

    /** The doubt to ask about, or none, and the doubts to state as assumptions. */
    public record Decision(Optional<Doubt> ask, List<Doubt> assume) {
    }

    public Decision decide(List<Doubt> doubts, Mode mode) {
        ClarifySettings.Thresholds t = settings.of(mode);
        List<Doubt> sorted = new ArrayList<>(doubts);
        sorted.sort(Comparator.comparingDouble(Doubt::score).reversed());
        Optional<Doubt> ask = sorted.stream()
                .filter(d -> d.score() >= t.forKind(d.kind()))
                .filter(d -> mode != Mode.ASSISTANT || d.blocking())
                .findFirst();
        List<Doubt> assume = mode != Mode.ASSISTANT ? List.of() : sorted.stream()
                .filter(d -> ask.isEmpty() || d != ask.get())
                .filter(d -> d.score() >= t.statedAssumption() && !d.options().isEmpty())
                .toList();
        return new Decision(ask, ask.isPresent() ? List.of() : assume);
    }
}
