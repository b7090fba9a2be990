package dev.apprentice.nlu;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.training.ExampleEntity;
import dev.apprentice.training.LookupTable;
import dev.apprentice.training.NluData;
import dev.apprentice.training.NluExample;
import dev.apprentice.training.RegexFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jboss.logging.Logger;

/**
 * Finds entities by matching known values, from four sources built once from the training data:
 * <ul>
 *   <li>the texts annotated in training examples, with the entity, role and group they were
 *       annotated with most often (extractor {@value #GAZETTEER_EXTRACTOR});</li>
 *   <li>the surface forms of synonyms whose canonical value was annotated as an entity;</li>
 *   <li>lookup tables named after a domain entity (extractor {@value #REGEX_EXTRACTOR});</li>
 *   <li>regexes named after a domain entity (extractor {@value #REGEX_EXTRACTOR}).</li>
 * </ul>
 * Known values match case-insensitively and as whole words: the code points around a match must
 * not be letters or digits. Regexes match case-insensitively as written. Where matches overlap,
 * the longest wins, then the earliest, then the source listed first above. Values that are a
 * synonym are replaced by the canonical value, with {@code EntitySynonymMapper} among the
 * processors. Only entities declared in the domain are returned. Offsets count code points.
 *
 * <p>Instances are immutable and thread-safe.
 */
// TODO: there is no statistical entity tagger (a CRF or DIET-like model) yet, so values that
// were never annotated and are in no lookup table or regex are not found.
public final class EntityExtractor {

    public static final String GAZETTEER_EXTRACTOR = "ApprenticeEntityExtractor";
    public static final String REGEX_EXTRACTOR = "RegexEntityExtractor";
    public static final String SYNONYM_PROCESSOR = "EntitySynonymMapper";

    private static final Logger LOG = Logger.getLogger(EntityExtractor.class);
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<String, String> synonyms;
    private final List<Source> sources;

    /** One matcher and what a match of it means. */
    private record Source(int rank, Pattern pattern, String extractor,
            Map<String, List<Annotation>> byValue, Annotation fixed) {

        List<Annotation> annotations(String matched) {
            if (fixed != null) {
                return List.of(fixed);
            }
            return byValue.getOrDefault(matched.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** The entity, role and group a matched value is annotated with. */
    private record Annotation(String entity, String role, String group) {
    }

    private record Candidate(int start, int end, int rank, String text, Source source) {
        int length() {
            return end - start;
        }
    }

    public EntityExtractor(Domain domain, NluData data) {
        this.synonyms = data.synonyms();
        List<Source> built = new ArrayList<>();
        Map<String, List<Annotation>> gazetteer = gazetteer(domain, data);
        addValueSource(built, 0, gazetteer, GAZETTEER_EXTRACTOR);
        addValueSource(built, 1, synonymForms(gazetteer, data), GAZETTEER_EXTRACTOR);
        for (LookupTable table : data.lookups()) {
            if (domain.hasEntity(table.name())) {
                Map<String, List<Annotation>> values = new LinkedHashMap<>();
                Annotation annotation = new Annotation(table.name(), null, null);
                table.elements().forEach(e -> values.put(normal(e), List.of(annotation)));
                addValueSource(built, 2, values, REGEX_EXTRACTOR);
            }
        }
        for (RegexFeature regex : data.regexes()) {
            if (domain.hasEntity(regex.name())) {
                addRegexSource(built, regex);
            }
        }
        this.sources = List.copyOf(built);
    }

    /** Returns the entities found in {@code text}, ordered by start offset. */
    public List<Entity> extract(String text) {
        List<Candidate> candidates = new ArrayList<>();
        for (Source source : sources) {
            Matcher matcher = source.pattern().matcher(text);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    int start = text.codePointCount(0, matcher.start());
                    int end = start + text.codePointCount(matcher.start(), matcher.end());
                    candidates.add(new Candidate(start, end, source.rank(), matcher.group(),
                            source));
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Candidate chosen : withoutOverlaps(candidates)) {
            for (Annotation annotation : chosen.source().annotations(chosen.text())) {
                entities.add(entity(chosen, annotation));
            }
        }
        return entities;
    }

    private Entity entity(Candidate candidate, Annotation annotation) {
        String value = candidate.text();
        String canonical = synonyms.get(value.toLowerCase(Locale.ROOT));
        List<String> processors = List.of();
        if (canonical != null && !canonical.equals(value)) {
            value = canonical;
            processors = List.of(SYNONYM_PROCESSOR);
        }
        return new Entity(annotation.entity(), candidate.start(), candidate.end(),
                TextNode.valueOf(value), candidate.source().extractor(), null,
                annotation.role(), annotation.group(), processors);
    }

    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start)
                .thenComparingInt(Candidate::rank));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ordered) {
            boolean overlaps = kept.stream().anyMatch(
                    k -> candidate.start() < k.end() && k.start() < candidate.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Maps each annotated text to the annotation it carries most often. */
    private static Map<String, List<Annotation>> gazetteer(Domain domain, NluData data) {
        Map<String, Map<List<Annotation>, Integer>> counts = new LinkedHashMap<>();
        for (NluExample example : data.examples()) {
            Map<String, List<Annotation>> spans = new LinkedHashMap<>();
            for (ExampleEntity annotated : example.entities()) {
                if (annotated.text() != null && !annotated.text().isBlank()
                        && domain.hasEntity(annotated.entity())) {
                    spans.computeIfAbsent(annotated.start() + ":" + normal(annotated.text()),
                            key -> new ArrayList<>()).add(new Annotation(
                            annotated.entity(), annotated.role(), annotated.group()));
                }
            }
            spans.forEach((key, annotations) -> counts
                    .computeIfAbsent(key.substring(key.indexOf(':') + 1),
                            k -> new LinkedHashMap<>())
                    .merge(List.copyOf(annotations), 1, Integer::sum));
        }
        Map<String, List<Annotation>> gazetteer = new LinkedHashMap<>();
        counts.forEach((text, byAnnotation) -> gazetteer.put(text, byAnnotation.entrySet()
                .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return gazetteer;
    }

    /**
     * Maps each synonym surface form to the annotation of its canonical value, when that value
     * (or a text annotated with it) is in the gazetteer.
     */
    private static Map<String, List<Annotation>> synonymForms(
            Map<String, List<Annotation>> gazetteer, NluData data) {
        Map<String, List<Annotation>> byCanonical = new LinkedHashMap<>();
        gazetteer.forEach((text, annotations) -> {
            byCanonical.putIfAbsent(text, annotations);
            String canonical = data.synonyms().get(text);
            if (canonical != null) {
                byCanonical.putIfAbsent(normal(canonical), annotations);
            }
        });
        Map<String, List<Annotation>> forms = new LinkedHashMap<>();
        data.synonyms().forEach((form, canonical) -> {
            List<Annotation> annotations = byCanonical.get(normal(canonical));
            if (annotations != null && !gazetteer.containsKey(normal(form))) {
                forms.put(normal(form), annotations);
            }
        });
        return forms;
    }

    private static void addValueSource(List<Source> sources, int rank,
            Map<String, List<Annotation>> values, String extractor) {
        List<String> texts = values.keySet().stream().filter(t -> !t.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (texts.isEmpty()) {
            return;
        }
        // Longer values come first so that at one position the longest alternative wins.
        String alternatives = String.join("|", texts.stream().map(Pattern::quote).toList());
        Pattern pattern = Pattern.compile(
                NOT_WORD_BEFORE + "(?:" + alternatives + ")" + NOT_WORD_AFTER, FLAGS);
        sources.add(new Source(rank, pattern, extractor, values, null));
    }

    private static void addRegexSource(List<Source> sources, RegexFeature regex) {
        for (String expression : regex.patterns()) {
            try {
                sources.add(new Source(3, Pattern.compile(expression, FLAGS), REGEX_EXTRACTOR,
                        Map.of(), new Annotation(regex.name(), null, null)));
            } catch (PatternSyntaxException e) {
                LOG.warnf("nlu.entities skipping invalid regex of entity %s: %s",
                        regex.name(), e.getDescription());
            }
        }
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
