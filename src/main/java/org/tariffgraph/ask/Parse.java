package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tariffgraph.ask.Tokens.Token;
import org.tariffgraph.model.Entity;

/**
 * One question while it is being read: what each stage of {@link QuestionReader} has found so far,
 * the words already taken (a date's or a name's words are no cue and no name), and the notes
 * {@code ask --explain} shows. The stages fill it in order; {@link #signals()} and
 * {@link #reading} turn it into what the rules and the answerers read.
 */
final class Parse {

    final String question;
    /** The question in lower case, with its punctuation blanked and a space at each end. */
    final String lower;
    final List<Token> tokens;
    /** Indexes of the tokens a stage has used (dates, landmarks, names). */
    final Set<Integer> taken = new HashSet<>();
    final List<String> seen = new ArrayList<>();
    final List<String> dateNotes = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();

    // dates
    String from;
    String to;
    String weekday;
    String timeOfDay;
    String topicDate;
    /** The words of events used as landmarks ("fifth round" in "after the fifth round"): they are no round asked about. */
    final List<String> landmarks = new ArrayList<>();
    /** The period a landmark gives, in words with the landmark's own date ("before the g7 summit (2025-06-15)"), or null. */
    String landmarkPeriod;
    /** The landmark's own day when the period starts after it, or null. */
    String sinceLandmark;
    // names
    final List<Entity> actors = new ArrayList<>();
    final List<Entity> countries = new ArrayList<>();
    final List<Entity> sectors = new ArrayList<>();
    final List<Entity> organizations = new ArrayList<>();
    final List<Entity> offices = new ArrayList<>();
    final List<Entity> tariffs = new ArrayList<>();
    final List<Entity> chips = new ArrayList<>();
    Entity side;
    String place;
    List<Lexicon.Mention> mentions = List.of();
    // cue words, numbers and qualifiers
    String cue = "";
    final Set<String> kinds = new LinkedHashSet<>();
    Long round;
    Double rate;
    /** Every rate the question gives, in order ("is 27.5% higher than 24%?"). */
    final List<Double> rates = new ArrayList<>();
    Long minutes;
    /** Every length named, in minutes, in the order written. */
    final List<Long> lengths = new ArrayList<>();
    Reading.Ask ask = Reading.Ask.LIST;
    Reading.Qualifiers qualifiers = Reading.Qualifiers.NONE;
    List<String> unknown = List.of();

    Parse(String question) {
        this.question = question;
        this.lower = " " + question.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("(?<!\\d)[.]|[.](?!\\d)", " ").replaceAll("[?!,;:\"()\\[\\]]", " ").replaceAll("\\s+", " ") + " ";
        this.tokens = Tokens.of(question);
    }

    /** What the intent rules read. */
    Signals signals() {
        return new Signals(cue, lower, List.copyOf(actors), side, List.copyOf(offices), List.copyOf(sectors), List.copyOf(organizations),
                List.copyOf(tariffs), List.copyOf(chips), rate, round, from, to, Set.copyOf(kinds), ask, List.copyOf(unknown), weekday);
    }

    /** The finished reading, once a rule has chosen its intent. */
    Reading reading(Intent intent, String rule, List<String> topicWords) {
        var names = new Reading.Names(List.copyOf(actors), side, List.copyOf(countries), List.copyOf(sectors), List.copyOf(organizations),
                List.copyOf(offices), List.copyOf(tariffs), List.copyOf(chips), place);
        var when = new Reading.When(from, to, weekday, timeOfDay, topicDate, landmarkPeriod, sinceLandmark);
        var understood = new Answer.Understanding(List.copyOf(seen), List.copyOf(dateNotes), List.copyOf(keywords), List.copyOf(unknown));
        return new Reading(intent, rule, ask, names, when, new Reading.Numbers(round, rate, List.copyOf(rates), minutes, List.copyOf(lengths)), List.copyOf(kinds), qualifiers,
                List.copyOf(topicWords), List.copyOf(unknown), understood);
    }

    /** The text just before some words of the question ("before the" in "before the G7 summit"). */
    String textBefore(String words) {
        int at = lower.indexOf(words.toLowerCase(Locale.ROOT).strip());
        return at < 0 ? "" : lower.substring(0, at);
    }

    /** The text just after some words of the question ("tariff" after "the August 1" in "the August 1 tariff"). */
    String textAfter(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        int at = lower.indexOf(w);
        return at < 0 ? "" : lower.substring(at + w.length());
    }

    String word(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).word() : "";
    }
}
