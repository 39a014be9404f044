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
        if (r.numbers().rates().size() == 2 && r.qualifiers().comparative() != null) {
            return compared(question, r);
        }
        if (r.numbers().rates().size() >= 3 && r.ask() == Reading.Ask.WHETHER) {
            return madeOf(question, r);
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

    /** "Is the 27.5% car tariff higher than the 24% reciprocal rate?": the two rates set side by side. */
    private Answer compared(String question, Reading r) {
        double a = r.numbers().rates().get(0);
        double b = r.numbers().rates().get(1);
        boolean higherAsked = r.qualifiers().comparative().equals("higher");
        boolean yes = higherAsked ? a > b : a < b;
        var rows = new java.util.ArrayList<TariffInfo>();
        for (double rate : r.numbers().rates()) {
            rows.addAll(queries.tariffs(new Queries.TariffFilter(null, null, null, rate, null, null)));
        }
        String sentence = (yes ? "Yes: " : "No: ") + number(a) + "% is " + (a > b ? "higher" : a < b ? "lower" : "the same")
                + (a == b ? " as " : " than ") + number(b) + "%" + (rows.isEmpty() ? "." : "; " + join(rows.stream().map(TariffsAnswerer::tariff).toList()) + ".");
        return Answers.of(question, r, Intent.TARIFFS, Answers.params("rates", r.numbers().rates()), rows, TariffInfo.class, sentence,
                Answers.sourcesOf(rows, TariffInfo::sources));
    }

    /** "Is the 24% rate the 10% baseline plus the 14% country rate?": the first rate's tariffs, and whether the others make it up. */
    private Answer madeOf(String question, Reading r) {
        var rates = r.numbers().rates();
        double whole = rates.get(0);
        var parts = rates.subList(1, rates.size()).stream().sorted().toList();
        var rows = queries.tariffs(new Queries.TariffFilter(null, null, null, whole, null, null));
        var made = rows.stream().filter(t -> t.componentRates().stream().sorted().toList().equals(parts)).toList();
        String parts2 = String.join(" + ", rates.subList(1, rates.size()).stream().map(x -> number(x) + "%").toList());
        String sentence = rows.isEmpty() ? NO_RECORD + "a tariff of " + number(whole) + "%."
                : (made.isEmpty() ? "No: no report makes " + number(whole) + "% of " + parts2 + "; "
                        : "Yes: " + join(made.stream().map(TariffInfo::name).toList()) + " is " + number(whole) + "% = " + parts2 + "; ")
                        + join(rows.stream().map(TariffsAnswerer::tariff).toList()) + ".";
        return Answers.of(question, r, Intent.TARIFFS, Answers.params("rates", rates), rows, TariffInfo.class, sentence,
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
