package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.List;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.model.Entity;
import org.tariffgraph.query.Queries;

/**
 * Whom an actor dealt with: the other side (counterparts.cypher), or, for "whom did X brief", its own
 * side (contacts.cypher). A counterpart met only in events that did not take place is named with
 * what became of them; "actually met" keeps only events that took place.
 */
record CounterpartsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Entity actor = r.actor();
        var side = r.names().side();
        // the side named is the actor's own, or another one left out ("apart from the Americans")
        boolean ownSide = IntentRules.OWN_SIDE.equals(r.rule()) || side != null && (r.qualifiers().excluding() || sideIsOwn(actor, side));
        var all = ownSide ? queries.contacts(actor.id()) : queries.counterparts(actor.id());
        var period = Period.of(r);
        var rows = all.stream().filter(c -> !r.qualifiers().heldOnly() || c.held() > 0)
                .filter(c -> period.open() || period.overlaps(c.firstDate(), c.lastDate())).toList();
        String sentence = rows.isEmpty() ? NO_RECORD + "anyone " + actor.name() + (ownSide ? " dealt with on the same side." : " negotiated with.")
                : sentence(actor, rows, ownSide ? " dealt with, on the same side, " : " negotiated with ");
        String file = ownSide ? "contacts" : Intent.COUNTERPARTS.query();
        return Answers.of(question, r, Intent.COUNTERPARTS, file, Answers.params("actorId", actor.id()), rows, Counterpart.class, sentence,
                Answers.sourcesOf(rows, Counterpart::sources));
    }

    /** "Who on the Japanese side did Akazawa meet?": the side named is the one whose office the actor holds. */
    private boolean sideIsOwn(Entity actor, Entity side) {
        return side != null && actor.type().equals("Person")
                && queries.office(null, actor.id(), null, null).stream().anyMatch(o -> side.name().equals(o.government()));
    }

    /** "X negotiated with A (…); not met, only planned or sought: B (…)". */
    private static String sentence(Entity actor, List<Counterpart> rows, String verb) {
        var met = rows.stream().filter(c -> c.held() > 0).map(CounterpartsAnswerer::counterpart).toList();
        var notMet = rows.stream().filter(c -> c.held() == 0).map(CounterpartsAnswerer::counterpart).toList();
        String sentence = met.isEmpty() ? actor.name() + " met no one in an event reported as held" : actor.name() + verb + join(met);
        return sentence + (notMet.isEmpty() ? "." : "; not met, only " + (met.isEmpty() ? "" : "in ")
                + "events that did not take place as reported: " + join(notMet) + ".");
    }

    private static String counterpart(Counterpart c) {
        String others = join(c.statuses().stream().map(Phrasing::statusWords).toList());
        String held = c.held() == c.interactions() ? c.held() + (c.held() == 1 ? " interaction" : " interactions")
                : c.held() == 0 ? others : c.held() + " held; also " + others;
        return c.counterpart() + " (" + held + Phrasing.range(c.firstDate(), c.lastDate()) + ")";
    }
}
