package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;
import static org.tariffgraph.ask.Phrasing.number;

import java.util.Locale;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.query.Queries;

/** Tariffs by target, sector, rate and date (in force, or announced), with how their rates stack. */
record TariffsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        var q = r.qualifiers();
        Entity country = r.names().countries().stream().filter(c -> !c.id().equals("country-us")).findFirst().orElse(null);
        Entity sector = r.sector();
        String date = r.from() != null ? r.from() : r.to();
        String asOf = q.announced() ? null : date;
        String announced = q.announced() ? date : null;
        String imposedBy = q.imposedBySubject() ? id(r.actor()) : null;
        if (imposedBy != null) {
            country = null;
        }
        var filter = new Queries.TariffFilter(id(country), id(sector), asOf, r.rate(), announced, imposedBy);
        var rows = queries.tariffs(filter);
        String sentence = rows.isEmpty()
                ? NO_RECORD + "a tariff" + (r.rate() != null ? " of " + number(r.rate()) + "%" : "")
                        + (sector != null ? " on " + sector.name().toLowerCase(Locale.ROOT) : "") + (country != null ? " targeting " + country.name() : "")
                        + (asOf != null ? " in force on " + asOf : "") + (announced != null ? " announced on " + announced : "")
                        + (imposedBy != null ? " imposed by " + r.actor().name() : "") + "."
                : join(rows.stream().map(TariffsAnswerer::tariff).toList()) + ".";
        return Answers.of(question, r, Intent.TARIFFS, filter.parameters(), rows, TariffInfo.class, sentence,
                Answers.sourcesOf(rows, TariffInfo::sources));
    }

    private static String tariff(TariffInfo t) {
        return t.name() + ": " + (t.ratePercent() == null ? "rate not stated" : number(t.ratePercent()) + "%")
                + (t.components().isEmpty() ? "" : " = " + String.join(" + ", t.componentRates().stream().map(x -> number(x) + "%").toList()))
                + ", " + t.status() + (t.effectiveFrom() != null ? ", effective " + t.effectiveFrom() : "")
                + (t.expectedToAffect().isEmpty() ? "" : ", expected to affect " + String.join(", ", t.expectedToAffect()))
                + (t.events().isEmpty() ? "" : " [" + String.join("; ", t.events()) + "]")
                + (t.conflicts().isEmpty() ? "" : " (reports disagree: " + String.join("; ", t.conflicts()) + ")");
    }
}
