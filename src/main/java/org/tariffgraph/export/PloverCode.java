package org.tariffgraph.export;

import java.util.List;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * How an event kind and status of the graph read in PLOVER (https://github.com/openeventdata/PLOVER):
 * the one place that mapping is kept. {@code category} is null where PLOVER has no equivalent.
 *
 * <p>Calls, meetings, rounds, trips and summits are consultations (CONSULT), with the mode PLOVER
 * gives for a phone call, a visit and a multilateral meeting. A statement is coded in PLOVER by what
 * it says (AGREE, REJECT, ACCUSE, ...), which the graph does not classify, so statements are their own
 * record kind. A tariff action raises, pauses or ends a tariff, and PLOVER codes those differently
 * (SANCTION to impose, nothing to lift), so it has no category either. What became of an event is
 * PLOVER's auxiliary context: a planned event is {@code future}, a proposed, potential or sought one
 * {@code hypothetical}, a cancelled one {@code negation}.
 */
record PloverCode(String category, String mode, boolean allActors) {

    /** The PLOVER code of an event kind; {@code allActors}: every participant is an actor and none a recipient. */
    static PloverCode of(EventKind kind) {
        return switch (kind) {
            case PHONE_CALL -> new PloverCode("CONSULT", "phone", true);
            case MEETING, NEGOTIATION_ROUND -> new PloverCode("CONSULT", null, true);
            case TRIP -> new PloverCode("CONSULT", "visit", false);
            case SUMMIT -> new PloverCode("CONSULT", "multilateral", true);
            case STATEMENT, TARIFF_ACTION -> new PloverCode(null, null, true);
        };
    }

    /** PLOVER's contexts for an event of the graph: always economic, and the auxiliary mode of its status. */
    static List<String> contexts(EventStatus status) {
        if (status == null) {
            return List.of("economic");
        }
        return switch (status) {
            case HELD -> List.of("economic");
            case PLANNED -> List.of("economic", "future");
            case PROPOSED, POTENTIAL, SOUGHT -> List.of("economic", "hypothetical");
            case CANCELLED -> List.of("economic", "negation");
        };
    }

    List<String> categories() {
        return category == null ? List.of() : List.of(category);
    }

    List<String> modes() {
        return mode == null ? List.of() : List.of(mode);
    }
}
