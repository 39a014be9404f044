package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.query.Queries;

/**
 * Bargaining chips: by who offered them, the sector they concern, their status ("merely floated"; or
 * "never submitted", every chip no report gives that status) and the tariff they seek relief from.
 */
record ChipsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Entity by = r.actor();
        Entity sector = r.sector();
        String reliefFrom = null;
        if (r.rate() != null) {
            reliefFrom = tariffOfRate(question, r.rate(), sector);
            sector = null; // the sector described the tariff, not the chips
        } else if (!r.names().tariffs().isEmpty()) {
            reliefFrom = r.names().tariffs().get(0).id();
        }
        if (by != null && by.type().equals("Person") && !r.names().chips().isEmpty()) {
            by = null;
        }
        boolean negated = r.qualifiers().negated();
        String status = r.qualifiers().chipStatus();
        String asked = negated ? null : status;
        var params = Answers.params("offeredById", id(by), "sectorId", id(sector), "status", asked, "reliefFromId", reliefFrom);
        var rows = queries.chips(id(by), id(sector), asked, reliefFrom);
        if (negated) {
            rows = rows.stream().filter(c -> c.status().stream().noneMatch(s -> s.startsWith(status))).toList();
        }
        String what = (negated ? " never " + status : "") + (sector != null ? " on " + sector.name().toLowerCase(Locale.ROOT) : "");
        String sentence = rows.isEmpty() ? NO_RECORD + "a bargaining chip" + (by != null ? " offered by " + by.name() : "") + what + "."
                : Phrasing.count(rows.size(), "bargaining chip", "bargaining chips") + what + ": "
                        + join(rows.stream().map(c -> c.name() + " (" + String.join(", ", c.offeredBy()) + ", " + String.join("/", c.status()) + ")").toList()) + ".";
        return Answers.of(question, r, Intent.CHIPS, params, rows, Chip.class, sentence, Answers.sourcesOf(rows, Chip::sources));
    }

    /** "The 25% car tariff", "the 24% reciprocal tariff": the tariff of that rate whose kind or sector the question names. */
    private String tariffOfRate(String question, double rate, Entity sector) {
        var targets = queries.tariffs(new Queries.TariffFilter(null, id(sector), null, rate, null, null));
        if (targets.isEmpty()) {
            targets = queries.tariffs(new Queries.TariffFilter(null, null, null, rate, null, null));
        }
        String q = question.toLowerCase(Locale.ROOT);
        String wantedKind = sector != null ? "sectoral" : null;
        List<TariffInfo> found = targets;
        return found.stream().filter(t -> q.contains(t.kind().toLowerCase(Locale.ROOT)) || t.kind().equals(wantedKind))
                .map(TariffInfo::id).findFirst().orElse(found.isEmpty() ? null : found.get(0).id());
    }
}
