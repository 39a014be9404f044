package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tariffgraph.internal.ingest.Clauses.Clause;
import org.tariffgraph.internal.ingest.Extraction.Evidence;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;

/**
 * The state of reading one report, sentence by sentence: what the rules have proposed so far and
 * what a pronoun or a surname can refer back to. One per report, so that reports never influence
 * each other's facts.
 */
final class Reading {

    final ReportText report;
    final Gazetteer names;
    final Dated published;
    final List<Extraction.Event> events = new ArrayList<>();
    final List<Extraction.Tariff> tariffs = new ArrayList<>();
    final List<Extraction.Chip> chips = new ArrayList<>();
    final List<Extraction.Person> people = new ArrayList<>();
    final Map<String, Extraction.Mention> mentions = new LinkedHashMap<>();

    /** The person last named as the subject of a sentence: "he" in the next one. */
    String lastPerson;
    /** The sentence being read and its names. */
    Nlp.Sentence sentence;
    String previousSentence = "";
    /** The clauses of the sentence being read. */
    List<Clauses.Clause> clauses = List.of();
    List<Mention> sentenceNames = List.of();
    /** The country most of the report is about (the default target of a tariff), and its government. */
    String mainCountry;
    String mainGovernment;
    /** A list of proposals announced with a colon: its bullet lines are chips. */
    boolean chipListOpen;
    org.tariffgraph.model.Vocabulary.ChipStatus chipStatus;
    String chipAttribution;
    /** Where the list of the current proposals starts: a government named before it is the one offering. */
    int listAt;

    Reading(ReportText report, Gazetteer names) {
        this.report = report;
        this.names = names;
        this.published = report.published();
    }

    String text() {
        return report.text();
    }

    /** The names inside a clause (its unmasked characters only). */
    List<Mention> namesIn(Clause c) {
        var out = new ArrayList<Mention>();
        for (Mention m : sentenceNames) {
            if (c.text().charAt(m.start() - c.start()) != ' ') {
                out.add(m);
            }
        }
        return out;
    }

    /** Evidence for a fact: the sentence it came from, with the words at report offsets [from, to) marked. */
    Evidence evidence(String rule, int from, int to) {
        return new Evidence(sentence.start(), sentence.end(), rule, Math.max(from, sentence.start()), Math.min(to, sentence.end()));
    }

    void mention(String id, String rule, int from, int to) {
        mentions.putIfAbsent(id, new Extraction.Mention(id, evidence(rule, from, to)));
    }
}
