package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.nlu.Tokenizer;
import dev.apprentice.nlu.Tokenizer.Token;
import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.LookupTable;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a bot knows: those of its NLU examples, synonyms, lookup tables, annotated entity
 * values, response texts and intent, entity, slot and form names; the terms and aliases taught
 * at run time ({@link #learn}); and a general English {@link WordList}. A word counts as known
 * in any case, and so does a regular inflection of a known word ("syncs", "synced", "syncing").
 *
 * <p>A name-like word (an acronym, a mixed form such as "SharePoint", or a capitalised word inside
 * a sentence) that occurs only in example or response texts, and in no word list, entity value or
 * taught term, is not known: the examples show the classifier that such words occur, but nobody
 * has told the bot what they name. That keeps "ZTNA" in "the ZTNA gateway rejects my connection"
 * a term to ask about.
 *
 * <p>Reads are thread-safe and may run while {@link #learn} adds words.
 */
public final class BotVocabulary implements Vocabulary {

    /**
     * Chat abbreviations and computing words that general word lists lack, written for this
     * class (not taken from any list).
     */
    static final List<String> EXTRA_WORDS = List.of(
            "pls", "plz", "thx", "ty", "u", "ur", "asap", "btw", "fyi", "idk", "lol", "ok",
            "okay", "pw", "pwd", "wifi", "wi-fi", "e-mail", "emails", "signin", "sign-in",
            "logout", "log-in", "dropdown", "popup", "pop-up", "reboot", "rebooted", "checkbox",
            "webcam", "hotspot", "ethernet", "bluetooth", "2fa", "mfa", "sso", "vpn", "os",
            "pc", "url", "urls", "ip", "dns", "ssh", "api", "apis", "app", "apps", "it",
            "admin", "admins", "config", "repo", "repos", "login", "logins", "inbox");

    private final WordList general;
    private final Set<String> botWords = ConcurrentHashMap.newKeySet();
    private final Set<String> terms = ConcurrentHashMap.newKeySet();

    private BotVocabulary(WordList general) {
        this.general = general;
    }

    /** Builds the vocabulary of a bot with the standard general word list. */
    public static BotVocabulary of(Domain domain, NluData data) {
        return of(domain, data, WordList.standard());
    }

    /** Builds the vocabulary of a bot with {@code general} as the general word list. */
    public static BotVocabulary of(Domain domain, NluData data, WordList general) {
        BotVocabulary vocabulary = new BotVocabulary(general);
        EXTRA_WORDS.forEach(vocabulary.botWords::add);
        // Names and values come before texts, so that a name defined anywhere is known in
        // every text.
        if (domain != null) {
            vocabulary.addIdentifiers(domain);
        }
        vocabulary.addValues(data);
        data.examples().forEach(e -> vocabulary.addText(e.text()));
        if (domain != null) {
            vocabulary.addResponses(domain);
        }
        return vocabulary;
    }

    @Override
    public boolean knows(String word) {
        return matches(word, w -> botWords.contains(w) || general.words().contains(w)
                || general.names().contains(w));
    }

    /** Returns whether {@code word} is known from the bot's own data or taught terms. */
    public boolean knowsAsBotWord(String word) {
        return matches(word, botWords::contains);
    }

    /** Returns whether {@code word} is a proper noun or acronym of the general word list. */
    public boolean knowsAsName(String word) {
        return matches(word, general.names()::contains);
    }

    /** Returns whether {@code word} is a lower-case entry of the general word list. */
    public boolean knowsAsCommonWord(String word) {
        return matches(word, general.words()::contains);
    }

    /**
     * Adds a taught term or alias: its words become known, and the whole term becomes one of
     * the {@link #terms()} offered as corrections.
     */
    public void learn(String termOrAlias) {
        if (termOrAlias == null || termOrAlias.isBlank()) {
            return;
        }
        terms.add(normal(termOrAlias));
        Tokenizer.words(termOrAlias).forEach(botWords::add);
    }

    /**
     * The bot's named things in lower case: entity values, synonyms, lookup entries and taught
     * terms. These are the candidates of a "did you mean" suggestion.
     */
    public Set<String> terms() {
        return Set.copyOf(terms);
    }

    /**
     * Returns a known word that {@code word} is likely a typo of: within edit distance 1, or 2
     * for words of {@value #LONG_WORD} or more letters. With {@code botWordsOnly}, only the bot's
     * own words are tried, not the general list.
     */
    public Optional<String> correction(String word, boolean botWordsOnly) {
        String lower = normal(word);
        int limit = lower.length() >= LONG_WORD ? 2 : 1;
        if (lower.length() < 3) {
            return Optional.empty();
        }
        Optional<String> own = closest(lower, botWords, limit);
        if (own.isPresent() || botWordsOnly) {
            return own;
        }
        return closest(lower, generalByLength(lower.length(), limit), limit);
    }

    static final int LONG_WORD = 8;

    private Map<Integer, List<String>> lengthIndex;

    private synchronized List<String> generalByLength(int length, int limit) {
        if (lengthIndex == null) {
            Map<Integer, List<String>> index = new HashMap<>();
            general.words().forEach(w -> index.computeIfAbsent(w.length(),
                    n -> new ArrayList<>()).add(w));
            lengthIndex = index;
        }
        List<String> words = new ArrayList<>();
        for (int n = length - limit; n <= length + limit; n++) {
            words.addAll(lengthIndex.getOrDefault(n, List.of()));
        }
        return words;
    }

    private static Optional<String> closest(String word, Iterable<String> candidates, int limit) {
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            if (candidate.length() < 3 || candidate.equals(word)) {
                continue;
            }
            int distance = EditDistance.within(word, candidate, limit);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(String word, java.util.function.Predicate<String> known) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String lower = normal(word);
        if (known.test(lower)) {
            return true;
        }
        return WordForms.bases(lower).stream().anyMatch(known);
    }

    /**
     * The entity that marks terms users ask about ("what is [ZTNA](term)?"). Its values name
     * things the bot is asked to explain, not things it knows, so they do not count as known:
     * such a term is reported as unknown until the knowledge memory has it.
     */
    public static final String ASKED_TERM_ENTITY = "term";

    private void addValues(NluData data) {
        for (NluExample example : data.examples()) {
            for (ExampleEntity entity : example.entities()) {
                if (ASKED_TERM_ENTITY.equals(entity.entity())) {
                    continue;
                }
                addTerm(entity.text());
                addTerm(entity.value());
            }
        }
        data.synonyms().forEach((form, canonical) -> {
            addTerm(form);
            addTerm(canonical);
        });
        for (LookupTable table : data.lookups()) {
            table.elements().forEach(this::addTerm);
        }
    }

    private void addIdentifiers(Domain domain) {
        domain.intentNames().forEach(this::addIdentifier);
        domain.entities().forEach(e -> addIdentifier(e.name()));
        domain.slots().keySet().forEach(this::addIdentifier);
        domain.forms().keySet().forEach(this::addIdentifier);
    }

    private void addResponses(Domain domain) {
        for (List<ResponseVariation> variations : domain.responses().values()) {
            for (ResponseVariation variation : variations) {
                JsonNode text = variation.content().get("text");
                if (text != null && text.isTextual()) {
                    addText(text.asText());
                }
            }
        }
    }

    private void addTerm(String value) {
        if (value != null && !value.isBlank()) {
            terms.add(normal(value));
            Tokenizer.words(value).forEach(botWords::add);
        }
    }

    private void addIdentifier(String name) {
        for (String part : name.split("[_\\-\\s]+")) {
            if (!part.isBlank()) {
                botWords.add(normal(part));
            }
        }
    }

    /** Adds the words of a free text, except names nobody defined (see the class comment). */
    private void addText(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).text();
            if (isUndefinedName(token, Sentences.startsSentence(text, tokens.get(i)))) {
                continue;
            }
            botWords.add(normal(token));
        }
    }

    private boolean isUndefinedName(String token, boolean sentenceStart) {
        TokenShape shape = TokenShape.of(token);
        boolean nameShaped = shape.nameLike()
                || (shape == TokenShape.CAPITALISED && !sentenceStart);
        if (!nameShaped || shape == TokenShape.NO_LETTERS) {
            return false;
        }
        String lower = normal(token);
        return !botWords.contains(lower) && !general.names().contains(lower)
                && !(shape == TokenShape.ACRONYM && general.words().contains(lower));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
