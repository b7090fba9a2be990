package dev.apprentice.clarify;

import java.util.List;

/** Finds one kind of doubt in a message. Implementations are thread-safe and fast. */
public interface DoubtDetector {

    DoubtKind kind();

    List<Doubt> detect(DoubtContext context);
}
