package org.tariffgraph.ask;

import java.util.List;
import org.tariffgraph.model.Entity;

/**
 * How a question was read: its intent and the slots its words filled. Nothing here is Cypher: the
 * asker turns a reading into the parameters of one query file.
 */
record Reading(
        Intent intent,
        Ask ask,
        List<Entity> actors,
        Entity side,
        List<Entity> countries,
        List<Entity> sectors,
        List<Entity> organizations,
        List<Entity> offices,
        List<Entity> tariffs,
        List<Entity> chips,
        String place,
        String from,
        String to,
        String weekday,
        String timeOfDay,
        Long round,
        List<String> kinds,
        Double rate,
        Long minutes,
        String chipStatus,
        boolean announced,
        boolean imposedBySubject,
        List<String> topicWords,
        List<String> unknown,
        List<String> seen,
        List<String> dates,
        List<String> keywords) {

    /** The kind of answer wanted within an intent. */
    enum Ask { LIST, WHEN, WHERE, HOW_LONG, HOW_MANY, WHO, WHETHER, HOW_MUCH, SINCE_WHEN }

    Entity actor() {
        return actors.isEmpty() ? null : actors.get(0);
    }

    Entity other() {
        return actors.size() < 2 ? null : actors.get(1);
    }

    Entity person() {
        return actors.stream().filter(a -> a.type().equals("Person")).findFirst().orElse(null);
    }
}
