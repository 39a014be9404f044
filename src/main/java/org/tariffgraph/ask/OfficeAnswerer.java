package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.Locale;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.query.Queries;

/** "Who is the commerce secretary?", "What is Akazawa's job?", "Since when …?": offices and their holders. */
record OfficeAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Entity person = r.person();
        String title = null;
        if (!r.names().offices().isEmpty() && (person == null || viaTitleOnly(question, person))) {
            title = r.names().offices().get(0).name();
            person = null;
        }
        String government = person == null && title == null && r.actor() != null ? r.actor().id() : Answers.id(r.names().side());
        String asOf = r.from() != null && r.from().equals(r.to()) ? r.from() : null;
        var params = Answers.params("title", title, "personId", Answers.id(person), "asOf", asOf, "governmentId", government);
        var rows = queries.office(title, Answers.id(person), asOf, government);
        String sentence;
        if (rows.isEmpty()) {
            sentence = NO_RECORD + (person != null ? "an office held by " + person.name()
                    : "who holds " + (title == null ? "that office" : "the office of " + title)) + (asOf != null ? " as of " + asOf : "") + ".";
        } else {
            sentence = join(rows.stream().map(o -> holding(o, r.ask() == Reading.Ask.SINCE_WHEN)).toList()) + ".";
        }
        return Answers.of(question, r, Intent.OFFICE, params, rows, OfficeHolding.class, sentence, Answers.sourcesOf(rows, OfficeHolding::sources));
    }

    private static String holding(OfficeHolding o, boolean sinceAsked) {
        String since = o.from() != null
                ? ", in office since " + o.from() + ("inferred".equals(o.dateBasis()) ? " (date inferred; the reports do not give it)" : "")
                : sinceAsked ? ", since a date the reports do not give" : "";
        return o.person() + " is " + o.office() + " (" + o.government() + ")" + since;
    }

    /** True when the question names the person only by a title ("the commerce secretary"). */
    private static boolean viaTitleOnly(String question, Entity person) {
        String q = question.toLowerCase(Locale.ROOT);
        String surname = person.name().substring(person.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !q.contains(surname) && person.aliases().stream().noneMatch(a -> q.contains(a.toLowerCase(Locale.ROOT)));
    }
}
