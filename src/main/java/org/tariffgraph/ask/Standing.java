package org.tariffgraph.ask;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * A stage of reading: whether a question asks only for events that had not (or never) taken place
 * ("whom was X preparing to meet", "which meetings were called off"), so the answerer keeps those and
 * says what became of each.
 */
enum Standing {
    /** Any event, held or not. */
    ANY,
    /** Planned, proposed, sought, potential or called off: not (yet) held. */
    NOT_HELD,
    /** Sought but never held, or called off. */
    NEVER_HELD,
    /** Only put forward by one side ("which meetings were only proposed?"): proposed or sought. */
    ONLY_PROPOSED;

    private static final Pattern NEVER = Pattern.compile("\\b(called off|cancel+ed|cancel+ations?|scrapped|postponed|never (happened|took place|"
            + "materiali[sz]ed|held|confirmed)|did not (happen|take place)|didn't (happen|take place)|fell through|not held)\\b");
    private static final Pattern NOT_YET = Pattern.compile("\\b(hop(e|es|ed|ing)|prepar(e|es|ed|ing)|plan(s|ned|ning)?|due|scheduled|expected|"
            + "sought|seek(s|ing)?|want(s|ed)?|tr(y|ies|ied|ying)|propos(e|es|ed|ing)|aim(s|ed|ing)?|set) to (see|meet|visit|talk|speak|call|attend|"
            + "hold|sit down)\\b|\\b(planned|proposed|upcoming|potential|possible|prospective|sought) (meetings?|talks|calls?|summits?|visits?|"
            + "trips?|rounds?)\\b|\\b(in the pipeline|on the cards|in the works|lined up|on the horizon)\\b");

    private static final Pattern ONLY_PUT_FORWARD = Pattern.compile("\\b(only|just|merely|never more than) (proposed|suggested|floated|mooted)\\b"
            + "|\\b(proposed|suggested|floated|mooted) (but|and) never\\b");

    static Standing of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        if (ONLY_PUT_FORWARD.matcher(q).find()) {
            return ONLY_PROPOSED;
        }
        if (NEVER.matcher(q).find()) {
            return NEVER_HELD;
        }
        return NOT_YET.matcher(q).find() ? NOT_HELD : ANY;
    }

    /** Whether the question's words name events that did not take place: they choose calls and meetings over a timeline. */
    static boolean asked(String question) {
        return of(question) != ANY;
    }

    /** How an answer names the events kept: "" for any, else e.g. "a planned, proposed or sought ". */
    String words() {
        return switch (this) {
            case ANY -> "";
            case NOT_HELD -> "a planned, proposed or sought ";
            case NEVER_HELD -> "a called-off or never held ";
            case ONLY_PROPOSED -> "a proposed or sought ";
        };
    }

    List<Negotiation> keep(List<Negotiation> rows) {
        return switch (this) {
            case ANY -> rows;
            case NOT_HELD -> rows.stream().filter(n -> EventStatus.of(n.status()) != EventStatus.HELD).toList();
            case NEVER_HELD -> rows.stream().filter(n -> EventStatus.of(n.status()) == EventStatus.SOUGHT
                    || EventStatus.of(n.status()) == EventStatus.CANCELLED).toList();
            case ONLY_PROPOSED -> rows.stream().filter(n -> EventStatus.of(n.status()) == EventStatus.PROPOSED
                    || EventStatus.of(n.status()) == EventStatus.SOUGHT).toList();
        };
    }
}
