package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.internal.ingest.Cells.Source;
import org.tariffgraph.internal.ingest.Draft.Decision;
import org.tariffgraph.internal.ingest.FactIndex.KnownChip;
import org.tariffgraph.internal.ingest.FactIndex.KnownTariff;
import org.tariffgraph.model.Vocabulary.ConflictAspect;

/**
 * Drafts a report's tariffs and bargaining chips. A tariff is the same as a known one when rate, target
 * and covered sectors agree; a layer of the same kind, target and sectors with another rate is a second
 * claim on it ({@code CONFLICTS_WITH}, aspect rate). A chip is the same as a known one offered by the
 * same side when they concern the same sectors (or, with none, share two words of their names).
 */
final class TariffDrafts {

    private static final Set<String> LAYERS = Set.of("baseline", "country-specific", "reciprocal");

    private final DraftBuilder b;

    TariffDrafts(DraftBuilder b) {
        this.b = b;
    }

    /** Drafts the tariffs and chips; returns the id each tariff of the extraction became, in order. */
    List<String> add(Extraction x, String doc) {
        var ids = new ArrayList<String>();
        for (var t : x.tariffs()) {
            ids.add(tariff(x, doc, t));
        }
        for (int i = 0; i < x.tariffs().size(); i++) {
            stacking(x, doc, x.tariffs().get(i), ids.get(i), ids);
        }
        for (var c : x.chips()) {
            String id = chip(x, doc, c);
            reliefSought(x, doc, c, id, ids);
        }
        return ids;
    }

    private String tariff(Extraction x, String doc, Extraction.Tariff t) {
        var source = new Source(doc, t.evidence(), Map.of());
        var sectors = new HashSet<>(t.sectors());
        for (KnownTariff k : b.index.tariffs) {
            if (java.util.Objects.equals(k.rate(), t.rate()) && java.util.Objects.equals(k.target(), t.target()) && k.sectors().equals(sectors)) {
                b.node(k.id(), source);
                links(k.id(), t, source);
                b.review(x, Decision.CORROBORATES, describe(t), k.id(), t.evidence());
                return k.id();
            }
        }
        String id = create(x, t, source);
        KnownTariff rival = rival(t, id);
        if (rival != null) {
            String note = "this report gives " + rate(t.rate()) + "%; the graph had " + rate(rival.rate()) + "% for the same " + t.kind().word() + " layer";
            b.relationship("conflicts_with.csv", id, rival.id(), Map.of("aspect", ConflictAspect.RATE.word(), "note", note), source);
            b.review(x, Decision.CONFLICTS, describe(t) + " (" + note + ")", id, t.evidence());
        } else {
            b.review(x, Decision.NEW, describe(t), id, t.evidence());
        }
        return id;
    }

    private KnownTariff rival(Extraction.Tariff t, String self) {
        for (KnownTariff k : b.index.tariffs) {
            if (!k.id().equals(self) && LAYERS.contains(t.kind().word()) && k.kind().equals(t.kind().word()) && t.rate() != null && k.rate() != null && !k.rate().equals(t.rate())
                    && java.util.Objects.equals(k.target(), t.target()) && k.sectors().equals(new HashSet<>(t.sectors()))
                    && k.status().equals(t.status().word())) {
                return k;
            }
        }
        return null;
    }

    private String create(Extraction x, Extraction.Tariff t, Source source) {
        String target = t.target() == null ? "all" : t.target().replaceFirst("^country-", "");
        String sectors = t.sectors().isEmpty() ? "" : "-" + String.join("-", t.sectors().stream().map(s -> s.replaceFirst("^sector-", "")).toList());
        String id = b.index.fresh("tariff-" + target + sectors + (t.rate() == null ? "" : "-" + rate(t.rate()).replace('.', '-')));
        var row = new LinkedHashMap<String, String>();
        row.put("id", id);
        row.put("name", (t.rate() == null ? "" : rate(t.rate()) + "% ") + t.kind().word() + " tariff" + (t.target() == null ? "" : " on goods of " + name(t.target()))
                + (t.sectors().isEmpty() ? "" : " (" + String.join(", ", t.sectors().stream().map(this::name).toList()) + ")"));
        row.put("ratePercent", rate(t.rate()));
        row.put("kind", t.kind().word());
        row.put("status", t.status().word());
        row.put("effectiveFrom", t.effectiveFrom() == null ? "" : t.effectiveFrom().iso());
        String basis = TariffRules.legalBasis(x.report().text().substring(t.evidence().start(), t.evidence().end()));
        row.put("legalBasis", basis == null ? "" : basis);
        row.put("summary", "A " + (t.rate() == null ? "" : rate(t.rate()) + "% ") + t.kind().word() + " tariff"
                + (t.rate() == null ? " whose rate the report does not give" : "") + ", " + t.status().word() + " as report " + x.report().id()
                + " tells it; read by ingest.");
        b.newNode("tariffs.csv", id, row, source);
        b.index.tariffs.add(new KnownTariff(id, t.rate(), t.kind().word(), t.status().word(), t.target(), new HashSet<>(t.sectors())));
        links(id, t, source);
        return id;
    }

    private void links(String id, Extraction.Tariff t, Source source) {
        if (t.imposedBy() != null) {
            b.relationship("imposed_by.csv", id, t.imposedBy(), Map.of(), source);
        }
        if (t.target() != null) {
            b.relationship("targets.csv", id, t.target(), Map.of(), source);
        }
        t.sectors().forEach(s -> b.relationship("covers.csv", id, s, Map.of(), source));
        t.affects().forEach(s -> b.relationship("expected_to_affect.csv", id, s, Map.of("wording", "said to affect"), source));
    }

    private void stacking(Extraction x, String doc, Extraction.Tariff t, String id, List<String> ids) {
        var source = new Source(doc, t.evidence(), Map.of());
        if (t.partOf() != null && !ids.get(t.partOf()).equals(id)) {
            b.relationship("component_of.csv", id, ids.get(t.partOf()), Map.of(), source);
        }
        if (t.replaces() != null && !ids.get(t.replaces()).equals(id)) {
            var old = x.tariffs().get(t.replaces());
            b.relationship("supersedes.csv", id, ids.get(t.replaces()), Map.of("basis", "stated",
                    "note", "The report says the rate went to " + rate(t.rate()) + "% from " + rate(old.rate()) + "%."), source);
        }
    }

    /**
     * "Tokyo offers more farm imports in exchange for relief from the 25% car tariff": where the chip's
     * sentence says it seeks relief, it seeks it from the tariffs that sentence names.
     */
    private void reliefSought(Extraction x, String doc, Extraction.Chip c, String chipId, List<String> tariffIds) {
        String sentence = x.report().text().substring(c.evidence().start(), c.evidence().end());
        if (!ChipRules.seeksRelief(sentence)) {
            return;
        }
        var source = new Source(doc, c.evidence(), Map.of());
        for (int i = 0; i < x.tariffs().size(); i++) {
            if (x.tariffs().get(i).evidence().start() == c.evidence().start()) {
                b.relationship("seeks_relief_from.csv", chipId, tariffIds.get(i), Map.of(), source);
            }
        }
    }

    private String chip(Extraction x, String doc, Extraction.Chip c) {
        var perSource = new LinkedHashMap<String, String>();
        perSource.put("status", c.status().word());
        if (c.attribution() != null) {
            perSource.put("attributions", c.attribution());
        }
        var source = new Source(doc, c.evidence(), perSource);
        KnownChip match = match(c);
        String id = match != null ? match.id() : create(x, c, source);
        if (match != null) {
            b.node(id, source);
        }
        if (c.offeredBy() != null) {
            b.relationship("offered.csv", c.offeredBy(), id, Map.of(), source);
        }
        c.sectors().forEach(s -> b.relationship("concerns.csv", id, s, Map.of(), source));
        b.review(x, match != null ? Decision.CORROBORATES : Decision.NEW, "chip '" + c.name() + "' " + c.sectors() + ", " + c.status().word()
                + (c.offeredBy() == null ? "" : ", offered by " + c.offeredBy()), id, c.evidence());
        return id;
    }

    private KnownChip match(Extraction.Chip c) {
        var sectors = new HashSet<>(c.sectors());
        for (KnownChip k : b.index.chips) {
            boolean side = c.offeredBy() == null || k.offeredBy().isEmpty() || k.offeredBy().contains(c.offeredBy());
            boolean same = sectors.isEmpty() || k.sectors().isEmpty() ? sharedWords(k.name(), c.name()) >= 2 : k.sectors().equals(sectors);
            if (side && same) {
                return k;
            }
        }
        return null;
    }

    private String create(Extraction x, Extraction.Chip c, Source source) {
        String words = String.join(" ", java.util.Arrays.stream(c.name().split("\\s+")).limit(6).toList());
        String id = b.index.fresh("chip-" + PeopleRules.slug(words));
        var row = new LinkedHashMap<String, String>();
        row.put("id", id);
        row.put("name", c.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.name().substring(1));
        row.put("summary", "One item of a list of proposals in report " + x.report().id() + "; read by ingest.");
        b.newNode("chips.csv", id, row, source);
        b.index.chips.add(new KnownChip(id, c.name(), new HashSet<>(c.sectors()), c.offeredBy() == null ? Set.of() : Set.of(c.offeredBy())));
        return id;
    }

    private static long sharedWords(String a, String b) {
        var left = new HashSet<>(List.of(a.toLowerCase(java.util.Locale.ROOT).split("\\W+")));
        return java.util.Arrays.stream(b.toLowerCase(java.util.Locale.ROOT).split("\\W+")).filter(w -> w.length() > 3 && left.contains(w)).distinct().count();
    }

    private String name(String id) {
        return b.nameOf(id);
    }

    static String rate(Double rate) {
        return Cells.number(rate);
    }

    static String describe(Extraction.Tariff t) {
        return "tariff " + (t.rate() == null ? "(no rate)" : rate(t.rate()) + "%") + " " + t.kind().word() + " on " + t.target() + " " + t.sectors() + ", " + t.status().word()
                + (t.affects().isEmpty() ? "" : ", said to affect " + t.affects());
    }
}
