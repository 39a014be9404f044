package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.query.Queries;

/**
 * Bargaining chips: by who offered them, the sector they concern, their status ("merely floated",
 * "did Japan submit …?"; or "never submitted", every chip no report gives that status) and the
 * tariff they seek relief from.
 */
record ChipsAnswerer(Queries queries) implements Answerer {

    /** What narrows the chips: who offered them, their sector, and the tariff they seek relief from. */
    private record Wanted(Entity by, Entity sector, String reliefFrom) {}

    @Override
    public Answer answer(String question, Reading r) {
        var w = wanted(question, r);
        boolean negated = r.qualifiers().negated();
        String status = r.qualifiers().chipStatus();
        String asked = negated ? null : status;
        var params = Answers.params("offeredById", id(w.by()), "sectorId", id(w.sector()), "status", asked, "reliefFromId", w.reliefFrom());
        var rows = chips(w, asked);
        if (negated) {
            rows = rows.stream().filter(c -> c.status().stream().noneMatch(s -> s.startsWith(status))).toList();
        }
        if (r.ask() == Reading.Ask.WHETHER && asked != null) {
            return whether(question, r, params, rows, rows.isEmpty() ? chips(w, null) : rows, asked);
        }
        String what = (negated ? " never " + status : "") + (w.sector() != null ? " on " + w.sector().name().toLowerCase(Locale.ROOT) : "");
        String sentence = rows.isEmpty() ? NO_RECORD + "a bargaining chip" + (w.by() != null ? " offered by " + w.by().name() : "") + what + "."
                : Phrasing.count(rows.size(), "bargaining chip", "bargaining chips") + what + ": "
                        + join(rows.stream().map(ChipsAnswerer::chip).toList()) + ".";
        return Answers.of(question, r, Intent.CHIPS, params, rows, Chip.class, sentence, Answers.sourcesOf(rows, Chip::sources));
    }

    private List<Chip> chips(Wanted w, String status) {
        return queries.chips(id(w.by()), id(w.sector()), status, w.reliefFrom());
    }

    private Wanted wanted(String question, Reading r) {
        Entity by = r.actor();
        if (by != null && by.type().equals("Person") && !r.names().chips().isEmpty()) {
            by = null;
        }
        if (r.rate() != null) {
            // the sector described the tariff, not the chips
            return new Wanted(by, null, tariffOfRate(question, r.rate(), r.sector()));
        }
        return new Wanted(by, r.sector(), r.names().tariffs().isEmpty() ? null : r.names().tariffs().get(0).id());
    }

    /** "Did Japan submit X?": yes with the chips some report gives that status; no with what the reports say of them instead. */
    private Answer whether(String question, Reading r, Map<String, Object> params, List<Chip> rows, List<Chip> shown, String status) {
        String sentence = (rows.isEmpty() ? "No: no report gives " + (shown.isEmpty() ? "such a chip" : "it") + " the status " + status
                : "Yes: " + status + " according to a report") + (shown.isEmpty() ? "." : "; " + join(shown.stream().map(ChipsAnswerer::chip).toList()) + ".");
        return Answers.of(question, r, Intent.CHIPS, params, shown, Chip.class, sentence, Answers.sourcesOf(shown, Chip::sources));
    }

    private static String chip(Chip c) {
        return c.name() + " (" + String.join(", ", c.offeredBy()) + ", " + String.join("/", c.status()) + ")";
    }

    /** "The 25% car tariff", "the 24% reciprocal tariff": the tariff of that rate whose kind or sector the question names. */
    private String tariffOfRate(String question, double rate, Entity sector) {
        var ofSector = queries.tariffs(new Queries.TariffFilter(null, id(sector), null, rate, null, null));
        var targets = ofSector.isEmpty() ? queries.tariffs(new Queries.TariffFilter(null, null, null, rate, null, null)) : ofSector;
        String q = question.toLowerCase(Locale.ROOT);
        String wantedKind = sector != null ? "sectoral" : null;
        return targets.stream().filter(t -> q.contains(t.kind().toLowerCase(Locale.ROOT)) || t.kind().equals(wantedKind))
                .map(TariffInfo::id).findFirst().orElse(targets.isEmpty() ? null : targets.get(0).id());
    }
}
