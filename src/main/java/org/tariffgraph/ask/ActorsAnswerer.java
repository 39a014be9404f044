package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.Locale;
import org.tariffgraph.model.Actor;
import org.tariffgraph.model.Entity;
import org.tariffgraph.query.Queries;

/** "Who is involved?", "Which US officials …?": the actors of one kind, or of one side. */
record ActorsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Entity side = r.names().side() != null ? r.names().side()
                : r.actors().size() == 1 && r.actor().type().equals("Government") ? r.actor() : null;
        String type = type(question.toLowerCase(Locale.ROOT));
        if (side != null && type == null) {
            type = "person";
        }
        var rows = queries.actors(type, Answers.id(side));
        String sentence = rows.isEmpty() ? NO_RECORD + "any " + (type == null ? "actor" : type) + "."
                : "The knowledge base knows " + rows.size() + " " + (type == null ? "actors" : plural(type))
                        + (side != null ? " on the side of " + side.name() : "") + ": "
                        + join(rows.stream().map(a -> a.name() + (a.offices().isEmpty() ? "" : " (" + String.join(", ", a.offices()) + ")")).toList()) + ".";
        return Answers.of(question, r, Intent.ACTORS, Answers.params("type", type, "governmentId", Answers.id(side)), rows, Actor.class,
                sentence, Answers.sourcesOf(rows, Actor::sources));
    }

    private static String type(String q) {
        if (q.matches(".*\\b(people|persons?|officials|individuals|figures|negotiators|journalists|named|who)\\b.*")) {
            return "person";
        }
        if (q.contains("government")) {
            return "government";
        }
        if (q.contains("countr")) {
            return "country";
        }
        return q.matches(".*\\b(organi[sz]ations?|outlets?|media)\\b.*") ? "organization" : null;
    }

    private static String plural(String type) {
        return type.equals("person") ? "people" : type.equals("country") ? "countries" : type + "s";
    }
}
