package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.nlg.Interpolator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of clarifying questions and confirmations, one text file per template under the
 * prompts folder: {@code <mode>/<kind>.txt} for questions ({@code teacher/unknown_term.txt}) and
 * {@code common/<name>.txt} for the rest. Templates use {@code {name}} placeholders filled as
 * response templates are; {@code {{} and {@code }}} are literal braces. When the folder does
 * not exist, the copies packaged in the application are used. {@link #verify()} reads every
 * template at start, so a missing one stops the start with its name instead of failing a turn.
 */
public final class PromptTemplates {

    private final Path folder;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public PromptTemplates(Path folder) {
        this.folder = folder;
    }

    public String question(Mode mode, DoubtKind kind, Map<String, String> values) {
        return render(mode.id() + "/" + kind.name().toLowerCase(Locale.ROOT), values);
    }

    public String common(String name, Map<String, String> values) {
        return render("common/" + name, values);
    }

    /** Renders template {@code name} (a path below the folder, without {@code .txt}). */
    public String render(String name, Map<String, String> values) {
        String template = cache.computeIfAbsent(name, this::read);
        Map<String, JsonNode> nodes = new HashMap<>();
        values.forEach((k, v) -> nodes.put(k, TextNode.valueOf(v == null ? "" : v)));
        return Interpolator.fill(template, nodes).strip();
    }

    /**
     * Returns template {@code name} as written, without filling placeholders: the language
     * model's prompts contain JSON, whose braces are no placeholders.
     */
    public String text(String name) {
        return cache.computeIfAbsent(name, this::read).strip();
    }

    /** The templates the clarification engine uses besides the questions. */
    static final java.util.List<String> COMMON = java.util.List.of("ask_example", "assumption",
            "confirm_term", "explain_term", "grounded_answer", "grounded_sources", "learned_fact",
            "learned_intent", "learned_term", "mode_switched", "mode_unknown", "open_unknown",
            "skip_button", "skipped");

    /** Reads every template the engine uses; raises naming the first one missing. */
    public void verify() {
        for (Mode mode : Mode.values()) {
            for (DoubtKind kind : DoubtKind.values()) {
                cache.computeIfAbsent(mode.id() + "/" + kind.name().toLowerCase(Locale.ROOT),
                        this::read);
            }
        }
        COMMON.forEach(name -> cache.computeIfAbsent("common/" + name, this::read));
    }

    private String read(String name) {
        Path file = folder.resolve(name + ".txt");
        try {
            if (Files.isDirectory(folder)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (var in = PromptTemplates.class.getResourceAsStream("/prompts/" + name + ".txt")) {
                if (in == null) {
                    throw new IOException("no packaged copy either");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("prompt template " + file.toAbsolutePath()
                    + " could not be read; set apprentice.clarify.prompts to the prompts folder",
                    e);
        }
    }
}
