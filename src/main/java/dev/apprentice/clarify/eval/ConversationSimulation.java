package dev.apprentice.clarify.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Holds scripted conversations with a running service over the REST channel and prints, per
 * clarification mode, the questions asked per conversation, the share of them answered and
 * the user messages needed to teach a term.
 *
 * <p>Each mode gets its own users and its own glossary terms, drawn with a fixed seed, so that
 * what one mode's users teach does not make another mode's terms known. Each user holds two
 * conversations: the first makes a request about the term from one of {@link #REQUESTS}, the
 * later one (a new sender, without the teacher token) makes another request about it. A third
 * sender then asks "what is" the term. One user in {@value #UNCOOPERATIVE_EVERY} replies
 * "never mind" to every question, the others answer as {@link SimulatedUser} describes.
 *
 * <p>Usage: {@code ConversationSimulation <base-url> <glossary_terms.jsonl> <teacher-token>
 * [users-per-mode]}. The service must run with that teacher token and a fresh database.
 */
public final class ConversationSimulation {

    static final List<String> MODES = List.of("teacher", "partner", "assistant");
    /** Request templates of the default bot's support intents; {@code %s} is the term. */
    static final List<String> REQUESTS = List.of("my %s is broken",
            "how do I set up %s", "the %s is down for everyone", "I need %s installed");
    static final int UNCOOPERATIVE_EVERY = 4;
    private static final long SEED = 20261204L;
    private static final int DEFAULT_USERS = 24;

    private ConversationSimulation() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: ConversationSimulation <base-url> <glossary_terms.jsonl>"
                    + " <teacher-token> [users-per-mode]");
            System.exit(2);
        }
        WebhookClient client = new WebhookClient(args[0]);
        List<GlossaryTerm> terms = new ArrayList<>(GlossaryTerm.read(Path.of(args[1])));
        int users = args.length > 3 ? Integer.parseInt(args[3])
                : Math.min(DEFAULT_USERS, terms.size() / MODES.size());
        if (users * MODES.size() > terms.size()) {
            throw new IllegalArgumentException(users + " users per mode need "
                    + users * MODES.size() + " terms, but the glossary has " + terms.size());
        }
        Random random = new Random(SEED);
        Collections.shuffle(terms, random);
        List<ModeFigures> figures = new ArrayList<>();
        for (int m = 0; m < MODES.size(); m++) {
            List<GlossaryTerm> slice = terms.subList(m * users, (m + 1) * users);
            figures.add(simulate(client, MODES.get(m), slice, args[2], random));
        }
        print(figures, users);
    }

    private static ModeFigures simulate(WebhookClient client, String mode,
            List<GlossaryTerm> terms, String token, Random random)
            throws IOException, InterruptedException {
        ModeFigures figures = new ModeFigures(mode);
        for (int i = 0; i < terms.size(); i++) {
            boolean cooperative = i % UNCOOPERATIVE_EVERY != UNCOOPERATIVE_EVERY - 1;
            SimulatedUser user = new SimulatedUser(client, "sim-" + mode + "-" + i, mode,
                    terms.get(i), cooperative, token);
            int first = random.nextInt(REQUESTS.size());
            int later = (first + 1 + random.nextInt(REQUESTS.size() - 1)) % REQUESTS.size();
            String name = terms.get(i).name();
            figures.add(user, user.run(REQUESTS.get(first).formatted(name),
                    REQUESTS.get(later).formatted(name)));
        }
        return figures;
    }

    private static void print(List<ModeFigures> figures, int users) {
        System.out.printf("conversations: %d users per mode, two conversations each; 1 user in"
                + " %d ignores questions (\"never mind\")%n", users, UNCOOPERATIVE_EVERY);
        System.out.println("| Mode | Conversations | Questions per conversation"
                + " | Share answered | Terms asked about"
                + " | User messages to teach a term (mean, max)"
                + " | Taught terms explained to another sender"
                + " | Taught terms asked about again |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        figures.forEach(f -> System.out.println(f.row()));
    }
}
