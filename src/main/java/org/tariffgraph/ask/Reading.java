package org.tariffgraph.ask;

import java.util.List;
import org.tariffgraph.model.Entity;

/**
 * How a question was read: its intent, the rule that chose it, and the slots its words filled,
 * grouped by the stage that fills them. Nothing here is Cypher: an {@link Answerer} turns a reading
 * into the parameters of one query file.
 */
record Reading(
        Intent intent,
        String rule,
        Ask ask,
        Names names,
        When when,
        Numbers numbers,
        List<String> kinds,
        Qualifiers qualifiers,
        List<String> topicWords,
        List<String> unknown,
        Answer.Understanding understood) {

    /** The kind of answer wanted within an intent. */
    enum Ask { LIST, WHEN, WHERE, HOW_LONG, HOW_MANY, WHO, WHETHER, HOW_MUCH, SINCE_WHEN }

    /** The things the graph knows that the question names, by kind; a side ("US officials") and a place ("in Tokyo"). */
    record Names(List<Entity> actors, Entity side, List<Entity> countries, List<Entity> sectors, List<Entity> organizations,
            List<Entity> offices, List<Entity> tariffs, List<Entity> chips, String place) {}

    /**
     * The period asked about (either end may be open), a weekday and time of day, and the date of the
     * topic ("the call about the tariff due on August 1") when a date describes the topic, not the event,
     * the period in words when a landmark gave it ("before the g7 summit (2025-06-15)"), and the
     * landmark's own day when the period starts after it ({@code sinceLandmark}): what was said "after
     * the call" is often said the same day.
     */
    record When(String from, String to, String weekday, String timeOfDay, String topicDate, String landmark, String sinceLandmark) {}

    /** A round's number, a rate in percent (the first, and all of them), a length in minutes (the first, and all of them). */
    record Numbers(Long round, Double rate, List<Double> rates, Long minutes, List<Long> lengths) {}

    /**
     * Words that narrow a list: whether the events took place ({@link Standing}), which one of several
     * ({@link Order}), only what really happened ("actually met"), a chip's status set against others
     * ("merely floated"; negated: "never submitted"), announced rather than in force, a government that
     * imposes, a comparison asked ("higher", "lower", or null), and two events set against each other
     * by date ("which came first, A or B?": the words of A and of B, else empty), and whether the side
     * named is left out ("apart from the Americans").
     */
    record Qualifiers(Standing standing, Order order, boolean heldOnly, String chipStatus, boolean announced, boolean imposedBySubject,
            boolean negated, String comparative, List<String> alternatives, boolean excluding) {
        static final Qualifiers NONE = new Qualifiers(Standing.ANY, Order.NONE, false, null, false, false, false, null, List.of(), false);
    }

    Entity actor() {
        return names.actors().isEmpty() ? null : names.actors().get(0);
    }

    Entity other() {
        return names.actors().size() < 2 ? null : names.actors().get(1);
    }

    Entity person() {
        return names.actors().stream().filter(a -> a.type().equals("Person")).findFirst().orElse(null);
    }

    List<Entity> actors() {
        return names.actors();
    }

    String from() {
        return when.from();
    }

    String to() {
        return when.to();
    }

    Long round() {
        return numbers.round();
    }

    Double rate() {
        return numbers.rate();
    }

    Entity sector() {
        return names.sectors().isEmpty() ? null : names.sectors().get(0);
    }
}
