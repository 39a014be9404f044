package org.tariffgraph.ask;

import java.util.List;
import java.util.function.Function;
import org.tariffgraph.ask.Tokens.Token;
import org.tariffgraph.model.Entity;

/**
 * Reads a question with fixed rules, in small stages that each fill part of a {@link Parse}: dates
 * ({@link DateStage}), events used as landmarks ({@link LandmarkStage}), names the graph knows
 * ({@link NameStage}), numbers ({@link NumberStage}), cue words, kinds and qualifiers
 * ({@link CueStage}), and what it names that the graph does not know ({@link UnknownStage}). The
 * first of the {@link IntentRules} that holds over the resulting {@link Signals} chooses the intent.
 * The same question always gets the same reading.
 */
final class QuestionReader {

    private final DateStage dates;
    private final LandmarkStage landmarks;
    private final NameStage names;
    private final UnknownStage unknowns;

    /**
     * @param anchorDate finds the date of an event named by some words ("g7", "summit"), or null
     * @param governmentOf the government a person holds office in ("the Ishiba government"), or null
     */
    QuestionReader(Lexicon lexicon, int defaultYear, Function<List<String>, String> anchorDate,
            Function<Entity, Entity> governmentOf) {
        this.dates = new DateStage(defaultYear);
        this.landmarks = new LandmarkStage(anchorDate);
        this.names = new NameStage(lexicon, governmentOf);
        this.unknowns = new UnknownStage(lexicon);
    }

    Reading read(String question) {
        var p = new Parse(question);
        dates.read(p);
        landmarks.read(p);
        names.read(p);
        NumberStage.read(p);
        if (p.from != null && p.to != null && p.from.compareTo(p.to) > 0) {
            // "after the two calls on June 28": the date is the landmark's own, so the period starts after it
            p.dateNotes.add("a landmark and its date: from " + DateStage.dayAfter(p.to));
            p.sinceLandmark = p.to;
            p.from = DateStage.dayAfter(p.to);
            p.to = null;
        }
        CueStage.read(p);
        unknowns.read(p);
        var rule = IntentRules.choose(p.signals());
        Intent intent = rule.intent();
        note(p, rule);
        if ((intent == Intent.TARIFFS || intent == Intent.CHIPS) && p.unknown.isEmpty()) {
            var odd = unknowns.unknownObjects(p);
            if (!odd.isEmpty()) {
                p.unknown = odd;
                p.keywords.add("unknown: " + String.join(", ", odd));
                intent = Intent.UNKNOWN;
            }
        }
        return p.reading(intent, rule.name(), topicWords(p));
    }

    /** What --explain shows of the rule that chose the intent. */
    private static void note(Parse p, IntentRules.Rule rule) {
        if (rule.intent() == Intent.UNKNOWN && !p.unknown.isEmpty()) {
            p.keywords.add("unknown: " + String.join(", ", p.unknown));
        } else if (rule != IntentRules.NO_CUE) {
            p.keywords.add(rule.intent().label());
        } else {
            p.keywords.add("no cue word");
        }
        p.keywords.add("rule: " + rule.name());
    }

    /** The question's own words that no stage took: what a search on words looks for when no reading fits. */
    private static List<String> topicWords(Parse p) {
        return p.tokens.stream().filter(t -> !p.taken.contains(t.index())).map(Token::word)
                .filter(w -> !CommonWords.SET.contains(w) && !UnknownStage.PLAIN.contains(w) && w.length() > 2).toList();
    }
}
