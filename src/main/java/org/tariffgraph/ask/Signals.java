package org.tariffgraph.ask;

import java.util.List;
import java.util.Set;
import org.tariffgraph.model.Entity;

/**
 * What the stages of reading found in a question, before any intent is chosen: the cue text (the
 * question less its names, dates and landmarks), the names by kind, the dates, numbers and event
 * kinds. The intent rules ({@link IntentRules}) are predicates over these; the derived tests below
 * are the words the rules share.
 */
record Signals(String cue, String lower, List<Entity> actors, Entity side, List<Entity> offices, List<Entity> sectors,
        List<Entity> organizations, List<Entity> tariffs, List<Entity> chips, Double rate, Long round, String from, String to,
        Set<String> kinds, Reading.Ask ask, List<String> unknown, String weekday) {

    boolean matches(String regex) {
        return cue.matches(regex);
    }

    boolean tariffCue() {
        return Cues.any("tariff", cue) || rate != null || !tariffs.isEmpty()
                || matches(".*\\b(exporters|importers|goods|imports|exports|automakers|carmakers|companies|firms|shipments)\\b.*\\b(face|pay|owe)\\b.*")
                || matches(".*\\b(face|pay|owe)\\b.*\\b(exporters|importers|goods|imports|exports|automakers|carmakers)\\b.*");
    }

    /** "ready to receive", "planning to meet", "any idea when": words of the chip group that ask about a meeting or nothing. */
    private static final String NOT_AN_OFFER = ".*\\b((ready|prepared|willing|planning|plan|plans|due|set|going) to (receive|host|meet|see|welcome|visit|"
            + "talk|call|speak|travel|fly|go|hold|sit)|(any|no) idea)\\b.*";

    boolean chipCue() {
        return Cues.any("chip", cue) && !matches(NOT_AN_OFFER) && !matches(".*\\b(proposed|suggested|planned) (a |an |the )?(separate )?(meeting|call|talks|trip|visit)\\b.*")
                && !matches(".*\\b(which|what|any|list the|list all) (meetings?|calls?|trips?|visits?|talks|summits?)\\b.*")
                || !chips.isEmpty();
    }

    boolean cue(String group) {
        return Cues.any(group, cue);
    }

    /** Something the question is about: a name, a rate, a sector, a date, a round, an event kind or an office. */
    boolean subject() {
        return !actors.isEmpty() || rate != null || !sectors.isEmpty() || !tariffs.isEmpty() || !chips.isEmpty() || from != null
                || round != null || !kinds.isEmpty() || !offices.isEmpty();
    }

    boolean media() {
        return organizations.stream().anyMatch(o -> !o.id().equals("org-g7"));
    }

    boolean who() {
        return matches(".*\\b(who|whom|which|with whom|anyone|anybody)\\b.*");
    }

    /** How many people the question names (governments and countries aside). */
    long people() {
        return actors.stream().filter(a -> a.type().equals("Person")).count();
    }

    boolean persons() {
        return actors.stream().anyMatch(a -> a.type().equals("Person"));
    }

    /** Calls, meetings (not rounds), trips or statements named as the kind of event asked about. */
    boolean eventKinds() {
        return kinds.contains("PhoneCall") || kinds.contains("Meeting") && !matches(".*\\bround.*") || kinds.contains("Trip")
                || kinds.contains("Statement");
    }

    boolean howLongOrMany() {
        return ask == Reading.Ask.HOW_LONG || ask == Reading.Ask.HOW_MANY;
    }
}
