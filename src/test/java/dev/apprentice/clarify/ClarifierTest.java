package dev.apprentice.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.testsupport.MemoryKnowledge;
import dev.apprentice.testsupport.TinyBot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClarifierTest {

    private final MemoryKnowledge memory = new MemoryKnowledge();
    private final List<String[]> learned = new CopyOnWriteArrayList<>();
    private final List<Doubt> scripted = new ArrayList<>();
    private final TinyBot bot = new TinyBot(b -> new Clarifier(settings(), b.parser(),
            intents(), List.of(scriptedDetector()), memory, memory, word -> true,
            new PromptTemplates(Path.of("prompts")), 0.5));

    @Test
    void mode_command_switches_the_mode() {
        TurnResult result = bot.say("m1", "/mode teacher");

        assertThat(TinyBot.texts(result).get(0)).startsWith("Switched to teacher mode.");
        assertThat(result.newEvents()).anyMatch(e -> e.is("apprentice_mode")
                && e.get("value").asText().equals("teacher"));
    }

    @Test
    void unknown_mode_gets_an_explanation_and_no_change() {
        TurnResult result = bot.say("m2", "/mode boss");

        assertThat(TinyBot.texts(result).get(0)).contains("no \"boss\" mode");
        assertThat(result.newEvents()).noneMatch(e -> e.is("apprentice_mode"));
    }

    @Test
    void teacher_teaches_term_then_request_resumes() {
        bot.say("t1", "/mode teacher");
        scripted.add(unknownTerm("Orbix sync", 4, 14));

        TurnResult asked = bot.say("t1", "the Orbix sync is failing");
        scripted.clear();
        TurnResult defined = bot.say("t1", "Orbix sync is our nightly order export");
        TurnResult example = bot.say("t1", "the Orbix sync ran late last night");

        assertThat(TinyBot.texts(asked).get(0)).contains("\"Orbix sync\"");
        assertThat(TinyBot.texts(defined).get(0)).contains("example");
        assertThat(memory.term("orbix sync", "t1")).isPresent();
        assertThat(memory.term("Orbix sync", "t1").get().senses().get(0).gloss())
                .isEqualTo("our nightly order export");
        assertThat(TinyBot.texts(example).get(0)).contains("our nightly order export")
                .contains("the Orbix sync ran late last night");
        assertThat(memory.term("Orbix sync", "t1").get().senses().get(0).examples())
                .containsExactly("the Orbix sync ran late last night");
        assertThat(example.newEvents()).anyMatch(e -> e.is("user")
                && "the Orbix sync is failing".equals(e.text()));
    }

    @Test
    void partner_button_resumes_with_chosen_intent() {
        scripted.add(uncertainIntent("greet", "chitchat"));

        TurnResult asked = bot.say("p1", "hey there, anyone around?");
        scripted.clear();
        String payload = asked.botEvents().get(0).get("data").get("buttons").get(0)
                .get("payload").asText();
        TurnResult answered = bot.say("p1", payload);

        assertThat(TinyBot.texts(asked).get(0)).startsWith("Do you want to greet?");
        assertThat(TinyBot.texts(answered)).contains("Hello None!");
        assertThat(learned).extracting(l -> l[1]).containsExactly("greet");
        assertThat(memory.labelledExamples).extracting(l -> l[0])
                .containsExactly("hey there, anyone around?");
    }

    @Test
    void ordinal_answer_picks_that_option() {
        scripted.add(uncertainIntent("greet", "chitchat"));
        bot.say("p2", "well, hmm");
        scripted.clear();

        TurnResult answered = bot.say("p2", "the second one");

        assertThat(TinyBot.texts(answered)).contains("Let's stay on topic.");
    }

    @Test
    void skip_keeps_the_original_message() {
        scripted.add(uncertainIntent("greet", "chitchat"));
        bot.say("p3", "/greet");
        bot.say("p3", "unclear words");
        scripted.clear();

        TurnResult answered = bot.say("p3", "never mind");

        assertThat(answered.newEvents()).anyMatch(e -> e.is("apprentice_answer")
                && e.get("outcome").asText().equals("skipped"));
        assertThat(learned).isEmpty();
    }

    @Test
    void intent_payload_abandons_the_question() {
        scripted.add(uncertainIntent("greet", "chitchat"));
        bot.say("p4", "well, hmm");
        scripted.clear();

        TurnResult abandoned = bot.say("p4", "/greet");
        TurnResult later = bot.say("p4", "the second one");

        assertThat(abandoned.newEvents()).anyMatch(e -> e.is("apprentice_answer")
                && e.get("outcome").asText().equals("abandoned"));
        assertThat(later.newEvents()).noneMatch(e -> e.is("apprentice_answer"));
        assertThat(learned).isEmpty();
    }

    @Test
    void pronoun_without_candidates_is_asked_about_in_words() {
        scripted.add(new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, new Span(0, 2, "it"), List.of(),
                0.6, "I'm not sure what 'it' refers to.", false));

        TurnResult asked = bot.say("r2", "it is down");

        assertThat(TinyBot.texts(asked)).containsExactly(
                "What do you mean by \"it\"? Tell me its name, or say \"skip\".");
    }

    @Test
    void assistant_states_non_blocking_assumption() {
        scripted.add(new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, new Span(6, 8, "it"),
                List.of(new DoubtOption("vpn", "the VPN"), new DoubtOption("wifi", "the Wi-Fi")),
                0.6, "\"it\" could mean two things.", false));

        TurnResult result = bot.say("a1", "is it up again?",
                Json.object().put("mode", "assistant"));

        assertThat(TinyBot.texts(result)).containsExactly(
                "(I'm assuming \"it\" means the VPN.)", "Sorry?");
    }

    @Test
    void reference_answer_rewrites_the_request() {
        scripted.add(new Doubt(DoubtKind.AMBIGUOUS_REFERENCE, new Span(8, 10, "it"),
                List.of(new DoubtOption("a", "the laptop"), new DoubtOption("b", "the phone")),
                0.9, "\"it\" could mean two things.", true));
        bot.say("r1", "restart it please");
        scripted.clear();

        TurnResult answered = bot.say("r1", "the phone");

        List<String> userTexts = answered.newEvents().stream().filter(e -> e.is("user"))
                .map(Event::text).toList();
        assertThat(userTexts).containsExactly("the phone", "restart the phone please");
    }

    @Test
    void what_is_question_abandons_the_question() {
        memory.teachSense("Kestrel", "the warehouse system", List.of(),
                new dev.apprentice.knowledge.Provenance("ada", "x", 1, "teacher",
                        java.time.Instant.parse("2026-11-30T10:00:00Z")), null);
        scripted.add(uncertainIntent("greet", "chitchat"));
        bot.say("p5", "well, hmm");
        scripted.clear();

        TurnResult asked = bot.say("p5", "what is Kestrel?");

        assertThat(asked.newEvents()).anyMatch(e -> e.is("apprentice_answer")
                && e.get("outcome").asText().equals("abandoned"));
        assertThat(TinyBot.texts(asked)).contains(
                "\"Kestrel\": the warehouse system (taught by ada on 30 Nov 2026)");
        assertThat(learned).isEmpty();
    }

    @Test
    void known_term_is_explained_with_who_taught_it() {
        memory.teachSense("Kestrel", "the warehouse system", List.of(),
                new dev.apprentice.knowledge.Provenance("ada", "x", 1, "teacher",
                        java.time.Instant.parse("2026-11-30T10:00:00Z")), null);

        TurnResult result = bot.say("e1", "what is Kestrel?");

        assertThat(TinyBot.texts(result)).containsExactly(
                "\"Kestrel\": the warehouse system (taught by ada on 30 Nov 2026)");
    }

    private DoubtDetector scriptedDetector() {
        return new DoubtDetector() {
            @Override
            public DoubtKind kind() {
                return DoubtKind.UNCERTAIN_INTENT;
            }

            @Override
            public List<Doubt> detect(DoubtContext context) {
                return List.copyOf(scripted);
            }
        };
    }

    private IntentModel intents() {
        return new IntentModel() {
            @Override
            public List<String> labels() {
                return List.of("greet", "chitchat");
            }

            @Override
            public double[] probabilities(String text) {
                return new double[] {0.5, 0.5};
            }

            @Override
            public boolean learn(String text, String intent) {
                learned.add(new String[] {text, intent});
                return true;
            }
        };
    }

    private static Doubt unknownTerm(String term, int start, int end) {
        return new Doubt(DoubtKind.UNKNOWN_TERM, new Span(start, end, term), List.of(), 1.0,
                "I haven't met \"" + term + "\" before.", false);
    }

    private static Doubt uncertainIntent(String first, String second) {
        return new Doubt(DoubtKind.UNCERTAIN_INTENT, new Span(0, 0, ""),
                List.of(new DoubtOption(first, first), new DoubtOption(second, second)), 0.9,
                "I'm not sure what you want.", true);
    }

    private static ClarifySettings settings() {
        ClarifySettings.Thresholds teacher = new ClarifySettings.Thresholds(
                0.3, 0.4, 0.3, 0.4, 1.1);
        ClarifySettings.Thresholds partner = new ClarifySettings.Thresholds(
                0.6, 0.6, 0.5, 0.5, 1.1);
        ClarifySettings.Thresholds assistant = new ClarifySettings.Thresholds(
                0.9, 0.8, 0.7, 0.7, 0.4);
        return new ClarifySettings(Mode.PARTNER, 6, Map.of(Mode.TEACHER, teacher,
                Mode.PARTNER, partner, Mode.ASSISTANT, assistant));
    }
}
