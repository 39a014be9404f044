package org.tariffgraph.ask;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.query.Queries;

/**
 * Answers plain-English questions from the graph, deterministically: a {@link QuestionReader} picks
 * an intent and fills its slots with names the graph knows, and the intent's {@link Answerer} runs
 * its query file with those values as parameters and puts the rows into one sentence. Nothing the
 * graph does not hold is ever guessed: an unknown name or an empty result is said plainly. One asker
 * serves many questions (it reads the graph's names once).
 */
public final class Asker {

    private final Queries queries;
    private final Map<Intent, Answerer> answerers = new EnumMap<>(Intent.class);
    private QuestionReader reader;

    /**
     * An asker over one graph. The graph's names are read on the first question, not here.
     *
     * @param queries the questions of the graph to answer from
     */
    public Asker(Queries queries) {
        this.queries = queries;
        var unknown = new UnknownAnswerer(queries);
        answerers.put(Intent.UNKNOWN, unknown);
        answerers.put(Intent.SEARCH, unknown);
        answerers.put(Intent.ACTORS, new ActorsAnswerer(queries));
        answerers.put(Intent.OFFICE, new OfficeAnswerer(queries));
        answerers.put(Intent.COUNTERPARTS, new CounterpartsAnswerer(queries));
        answerers.put(Intent.NEGOTIATIONS, new NegotiationsAnswerer(queries));
        answerers.put(Intent.ROUNDS, new RoundsAnswerer(queries));
        answerers.put(Intent.TIMELINE, new TimelineAnswerer(queries));
        answerers.put(Intent.TARIFFS, new TariffsAnswerer(queries));
        answerers.put(Intent.CHIPS, new ChipsAnswerer(queries));
        answerers.put(Intent.SOURCES, new SourcesAnswerer(queries));
        answerers.put(Intent.DOCUMENTS, new DocumentsAnswerer(queries));
        answerers.put(Intent.STATEMENTS, new StatementsAnswerer(queries));
        answerers.put(Intent.CONFLICTS, new ConflictsAnswerer(queries));
    }

    /**
     * Answers one question.
     *
     * @param question a question in plain English, e.g. {@code Who did Akazawa talk to on June 28, 2025?}
     * @return the answer: its sentence, the rows behind it and their sources, and how the question was
     *         read; a question about something the graph does not hold gets no rows and a sentence
     *         saying what is missing
     */
    public Answer ask(String question) {
        Reading r = reader().read(question);
        return answerers.get(r.intent()).answer(question, r);
    }

    private QuestionReader reader() {
        if (reader == null) {
            var entities = queries.entities(Queries.NAMED_LABELS);
            reader = new QuestionReader(new Lexicon(entities), queries.latestYear(java.time.Year.now().getValue()),
                    this::anchorDate, person -> governmentOf(person, entities));
        }
        return reader;
    }

    /** The government whose office {@code person} holds (the first, by the graph's order), or null. */
    private Entity governmentOf(Entity person, List<Entity> entities) {
        var names = queries.office(null, person.id(), null).stream().map(OfficeHolding::government).toList();
        return entities.stream().filter(e -> e.type().equals("Government") && names.contains(e.name())).findFirst().orElse(null);
    }

    /** The date of the event some words name best ("g7 summit"), through the full-text index; null if none. */
    private String anchorDate(List<String> words) {
        var content = words.stream().filter(w -> !CommonWords.SET.contains(w) || w.equals("summit") || w.equals("round")).toList();
        var found = queries.findNodes(content.isEmpty() ? words : content, List.of("Event"), 3);
        return found.stream().filter(m -> m.date() != null).map(m -> m.date()).findFirst().orElse(null);
    }
}
