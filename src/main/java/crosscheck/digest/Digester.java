package crosscheck.digest;

import crosscheck.digest.figures.Figures;
import crosscheck.digest.figures.Place;
import crosscheck.digest.names.Entities;
import crosscheck.digest.names.Entity;
import crosscheck.digest.quotes.Quotes;
import crosscheck.digest.quotes.SpeakerNames;
import crosscheck.digest.summary.Summarizer;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.digest.when.EventDating;
import crosscheck.digest.when.EventTimeline;
import crosscheck.digest.when.SummaryClaim;
import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The digest stage: merges an event's reports into a {@link Digest}, composing five parts that do not depend on
 * each other (the figures read the places among the names, handed over as plain {@link Place}s, and the
 * quotations the people's names for their speakers, as {@link SpeakerNames}: "Galante" as "Yoav Gallant"; the
 * developments the summary's claims): the
 * summary ({@link Summarizer}: sentences of the reports, word for word, each with every report that states it), the
 * figures the reports give ({@link Figures}), their quotations ({@link Quotes}), the people and places they name
 * ({@link Entities}) and when things happened ({@link EventTimeline}: the day the event happened, by
 * {@link EventDating}, and its dated developments, which read the summary's claims as plain {@link SummaryClaim}s,
 * so that reports stating one claim on one day make one development). Of the event they read its reports, in
 * order, and its origins, nothing else: its id, title, dates, grouping evidence and note the digest
 * only carries for the pages, so the report cache reuses a digest for an event that differs in those alone
 * ({@link Digest#withEvent}).
 */
public final class Digester {
    private final Settings settings;

    /**
     * Everything a digest depends on besides its event's reports and origins, as one value: the report cache reuses
     * a digest only while the settings are equal, so whatever configures a digester belongs here.
     *
     * @param summaryWords most words of a summary
     * @param known        the curator's list of people, places and organisations
     * @param language     the site's language as a primary subtag ("en"): the summary is written in it alone; null
     *                     for a summary of sentences in any language
     */
    public record Settings(int summaryWords, KnownEntities known, String language) {
        public Settings {
            if (summaryWords <= 0) throw new IllegalArgumentException("word budget must be positive");
            Objects.requireNonNull(known, "known");
        }

        /** Settings for a summary of sentences in any language. */
        public Settings(int summaryWords, KnownEntities known) {
            this(summaryWords, known, null);
        }

        /** Settings with no curated list of people and places. */
        public Settings(int summaryWords) {
            this(summaryWords, KnownEntities.none());
        }
    }

    /** A digester with no curated list of people and places. */
    public Digester(int wordBudget) {
        this(new Settings(wordBudget));
    }

    public Digester(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    public Digest digest(Event event) {
        List<Entity> entities = Entities.of(event, settings.known());
        List<SummarySentence> summary = Summarizer.summary(event, settings.summaryWords(), settings.language());
        EventTimeline when = EventTimeline.of(event, claims(summary));
        return new Digest(event, summary, Figures.of(event, places(entities)),
                Quotes.of(event, speakerNames(entities)), entities, when.date(), when.developments());
    }

    /**
     * The summary's sentences with each report's sentence that states the same claim, as the when part reads them:
     * reports that state one development on one day become one.
     */
    static List<SummaryClaim> claims(List<SummarySentence> summary) {
        List<SummaryClaim> out = new ArrayList<>(summary.size());
        for (SummarySentence sentence : summary) {
            Map<String, String> wordings = new HashMap<>();
            for (SummarySentence.Wording wording : sentence.wordings()) {
                wordings.putIfAbsent(wording.article(), wording.text());
            }
            out.add(new SummaryClaim(sentence.text(), wordings));
        }
        return out;
    }

    /** The places among an event's entities, as the figures read them: to tell the event's places from others. */
    private static List<Place> places(List<Entity> entities) {
        return entities.stream().filter(e -> e.kind() == Entity.Kind.PLACE)
                .map(e -> new Place(e.name(), e.spellings(), e.sources().size(), e.mentions())).toList();
    }

    /**
     * The people's spellings with their names, for the quotations' speakers ("Galante" as "Yoav Gallant"); a
     * spelling two people share names neither.
     */
    static SpeakerNames speakerNames(List<Entity> entities) {
        Map<String, String> names = new TreeMap<>();
        Set<String> shared = new TreeSet<>();
        for (Entity entity : entities) {
            if (entity.kind() != Entity.Kind.PERSON) continue;
            for (String spelling : entity.spellings()) {
                String other = names.putIfAbsent(spelling, entity.name());
                if (other != null && !other.equals(entity.name())) shared.add(spelling);
            }
        }
        names.keySet().removeAll(shared);
        return new SpeakerNames(names);
    }
}
