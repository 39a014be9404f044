package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Clauses.Clause;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.Vocabulary.TariffKind;
import org.tariffgraph.model.Vocabulary.TariffStatus;

/**
 * Proposes tariffs from rates in clauses that speak of a tariff, duty or levy: the kind and status
 * from the words of {@code ingest/tariffs.txt}, the sectors the clause names (or only "affects" after
 * a verb such as "could strain"), whose goods, and how rates stack: "to 27.5 percent from 2.5 percent"
 * gives a rate that replaces another; "10 … plus an additional 14 …, 24 in total" gives two parts of
 * a whole. A clause that acts on a tariff on a date is also a tariff action.
 */
final class TariffRules {

    private static final RuleTable RULES = new RuleTable("tariffs.txt");
    private static final String RATE_TEXT = "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b|pct\\b)";
    private static final Pattern RATE = Pattern.compile(RATE_TEXT, Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_RATE = Pattern.compile("^\\s+from\\s+(?:an?\\s+|the\\s+)?" + RATE_TEXT, Pattern.CASE_INSENSITIVE);
    private static final Pattern TARIFF_WORD = RuleFiles.pattern("\\b(tariffs?|dut(y|ies)|levy|levies|rates?|baseline|surcharges?|add-on|pays?|paid|paying)\\b");
    /** A percentage that measures something else: "by 75 percent", "75 percent more", "a 3% rise", "40% of exports". */
    private static final Pattern NOT_A_RATE = RuleFiles.pattern("^\\s*(more|less|fewer|of|stake|share|growth|rise|drop|fall|decline|jump|gain|increase|"
            + "decrease|majority|lower|higher|cut|slump|surge)\\b");
    private static final Pattern BY_BEFORE = RuleFiles.pattern("\\b(by|nearly|almost|roughly|up|down|as high as|up to)\\s*$");
    private static final Set<String> TARGET_NAMES = Set.of("country-japan", "gov-japan");

    private TariffRules() {}

    static void read(Reading r, Clause c) {
        if (!TARIFF_WORD.matcher(r.sentence.text()).find()) {
            return;
        }
        int firstIndex = r.tariffs.size();
        rates(r, c);
        shareSectorsOfAStack(r, firstIndex);
        if (r.tariffs.size() == firstIndex) {
            sectorTariffs(r, c);
        }
        stack(r, firstIndex);
        action(r, c, firstIndex);
    }

    /** Every rate of the clause; "to A percent from B percent" gives A, which replaces B. */
    private static void rates(Reading r, Clause c) {
        Matcher m = RATE.matcher(c.text());
        int skipUntil = -1;
        while (m.find()) {
            if (m.start() < skipUntil || !isRate(c, m)) {
                continue;
            }
            Matcher from = FROM_RATE.matcher(c.text().substring(m.end()));
            var sectors = sectors(r, c, m.start());
            int index = add(r, c, m.start(), m.group(1), null, null, sectors);
            if (from.find() && index >= 0) {
                int before = add(r, c, m.end() + from.start(1), from.group(1), TariffStatus.SUPERSEDED, TariffKind.MFN, sectors);
                replace(r, index, before);
                skipUntil = m.end() + from.end();
            }
        }
    }

    private static final Pattern STACKING = RuleFiles.pattern("\\b(on top of|stacked|includes|inclusive|plus|layer|added to|sits on)\\b");

    /** "Automakers pay 27.5%: the 25% tariff stacked on a 2.5% duty": rates of one stack share its sectors. */
    private static void shareSectorsOfAStack(Reading r, int firstIndex) {
        if (!STACKING.matcher(r.sentence.text()).find()) {
            return;
        }
        var shared = r.tariffs.stream().filter(t -> t.evidence().start() == r.sentence.start() && !t.sectors().isEmpty())
                .map(Extraction.Tariff::sectors).findFirst().orElse(null);
        for (int i = firstIndex; i < r.tariffs.size() && shared != null; i++) {
            var t = r.tariffs.get(i);
            if (t.sectors().isEmpty() && !List.of(TariffKind.BASELINE, TariffKind.COUNTRY_SPECIFIC).contains(t.kind())) {
                r.tariffs.set(i, new Extraction.Tariff(t.rate(), t.kind() == TariffKind.RECIPROCAL ? TariffKind.SECTORAL : t.kind(),
                        t.imposedBy(), t.target(), shared, t.affects(), t.status(), t.effectiveFrom(), t.evidence(), t.partOf(), t.replaces()));
            }
        }
    }

    private static final Pattern TARIFFS_ON = RuleFiles.pattern("\\b(tariffs?|dut(y|ies)|levy|levies)\\s+(on|against)\\b");

    /** "tariffs on Japanese autos, auto parts, steel and aluminum" with no rate: one tariff per sector, rate unknown. */
    private static void sectorTariffs(Reading r, Clause c) {
        Matcher on = TARIFFS_ON.matcher(c.text());
        if (!on.find()) {
            return;
        }
        var sectors = sectors(r, c);
        for (Mention m : r.namesIn(c)) {
            String id = m.entity().id();
            if (!m.entity().label().equals("Sector") || m.start() < c.start() + on.end() || !sectors.covers().contains(id)
                    || r.tariffs.stream().anyMatch(t -> t.sectors().equals(List.of(id)))) {
                continue;
            }
            r.tariffs.add(new Extraction.Tariff(null, TariffKind.SECTORAL, imposer(r, c), target(r, c), List.of(id), List.of(), status(c),
                    null, r.evidence("tariff-on-sector", m.start(), m.end()), null, null));
        }
    }

    private static boolean isRate(Clause c, Matcher m) {
        return !NOT_A_RATE.matcher(c.text().substring(m.end())).find() && !BY_BEFORE.matcher(c.text().substring(0, m.start())).find();
    }

    private static int add(Reading r, Clause c, int at, String rateText, TariffStatus fixedStatus, TariffKind fixedKind, Sectors sectors) {
        Double rate = rateText == null ? null : Double.valueOf(rateText);
        TariffKind kind = fixedKind != null ? fixedKind : kind(c, at, sectors.covers().isEmpty());
        TariffStatus status = fixedStatus != null ? fixedStatus : status(c);
        Dated effective = status == TariffStatus.PLANNED || status == TariffStatus.EXPECTED ? effectiveFrom(r, c.start() + at) : null;
        // A most-favoured-nation rate is everyone's rate: it targets no one country.
        String target = kind == TariffKind.MFN ? null : target(r, c);
        var t = new Extraction.Tariff(rate, kind, imposer(r, c), target, sectors.covers(), sectors.affects(), status,
                effective, r.evidence("tariff-" + kind.word(), c.start() + at, c.start() + rateEnd(c, at)), null, null);
        for (int i = 0; i < r.tariffs.size(); i++) {
            var known = r.tariffs.get(i);
            if (java.util.Objects.equals(known.rate(), rate) && known.sectors().equals(t.sectors()) && java.util.Objects.equals(known.target(), t.target())) {
                return i;
            }
        }
        r.tariffs.add(t);
        return r.tariffs.size() - 1;
    }

    private static final Pattern EFFECT = RuleFiles.pattern("\\b(take effect|takes effect|from|starting|effective|as of|beginning|in)\\s*(on\\s*)?$");

    /** The date a planned rate starts: a date after the rate in its sentence, after "take effect", "from" or "starting". */
    private static Dated effectiveFrom(Reading r, int rateAt) {
        String after = r.text().substring(rateAt, r.sentence.end());
        for (var f : DatePhrases.find(after, r.published, DatePhrases.Tense.FUTURE)) {
            String lead = after.substring(Math.max(0, f.start() - 30), f.start());
            if (EFFECT.matcher(lead).find() || EFFECT.matcher(lead + f.date().text().split("\\s")[0]).find()) {
                return f.date();
            }
        }
        return null;
    }

    private static int rateEnd(Clause c, int at) {
        Matcher m = RATE.matcher(c.text());
        return m.find(at) ? m.end() : at;
    }

    private static void replace(Reading r, int index, int before) {
        var t = r.tariffs.get(index);
        r.tariffs.set(index, new Extraction.Tariff(t.rate(), t.kind() == TariffKind.MFN ? TariffKind.SECTORAL : t.kind(), t.imposedBy(),
                t.target(), t.sectors(), t.affects(), t.status(), t.effectiveFrom(), t.evidence(), t.partOf(), before));
    }

    /** A combined rate read after its layers (in this sentence or the one before) makes them its parts. */
    private static void stack(Reading r, int firstIndex) {
        for (int i = firstIndex; i < r.tariffs.size(); i++) {
            if (r.tariffs.get(i).kind() != TariffKind.COMBINED) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                var part = r.tariffs.get(j);
                boolean layer = part.kind() == TariffKind.BASELINE || part.kind() == TariffKind.COUNTRY_SPECIFIC;
                if (layer && part.partOf() == null && r.sentence.start() - part.evidence().start() < 400) {
                    r.tariffs.set(j, new Extraction.Tariff(part.rate(), part.kind(), part.imposedBy(), part.target(), part.sectors(),
                            part.affects(), part.status(), part.effectiveFrom(), part.evidence(), i, part.replaces()));
                }
            }
        }
    }

    private record Sectors(List<String> covers, List<String> affects) {}

    private static Sectors sectors(Reading r, Clause c) {
        return sectors(r, c, 0, c.text().length());
    }

    /**
     * The sectors of the rate at clause offset {@code at}: those named after it, up to the next rate;
     * failing those, for the first rate of the clause, those named before it ("the tariff on imported
     * cars to 27.5 percent"); "25% on cars, and a 24% rate" gives each rate its own.
     */
    private static Sectors sectors(Reading r, Clause c, int at) {
        int previous = 0;
        int next = c.text().length();
        Matcher m = RATE.matcher(c.text());
        while (m.find()) {
            if (m.end() <= at) {
                previous = m.end();
            } else if (m.start() > at) {
                next = Math.min(next, m.start());
            }
        }
        var after = sectors(r, c, rateEnd(c, at), next);
        boolean first = previous == 0;
        return after.covers().isEmpty() && after.affects().isEmpty() && first ? sectors(r, c, 0, at) : after;
    }

    private static Sectors sectors(Reading r, Clause c, int from, int to) {
        Matcher verb = rule("affects", c.text());
        int affectFrom = verb != null ? c.start() + verb.start() : Integer.MAX_VALUE;
        var covers = new LinkedHashSet<String>();
        var affects = new LinkedHashSet<String>();
        for (Mention m : r.namesIn(c)) {
            if (m.entity().label().equals("Sector") && m.start() >= c.start() + from && m.start() < c.start() + to) {
                (m.start() > affectFrom ? affects : covers).add(m.entity().id());
            }
        }
        return new Sectors(List.copyOf(covers), List.copyOf(affects));
    }

    /** The kind whose words stand nearest the rate [at, end) (within 40 characters before it or 50 after). */
    private static TariffKind kind(Clause c, int at, boolean allGoods) {
        int end = rateEnd(c, at);
        int from = Math.max(0, at - 40);
        String near = c.text().substring(from, Math.min(c.text().length(), end + 50));
        TariffKind best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleTable.Rule rule : RULES.of("kind")) {
            Matcher m = rule.pattern().matcher(near);
            while (m.find()) {
                int distance = from + m.start() >= end ? from + m.start() - end : Math.abs(at - (from + m.end()));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = TariffKind.valueOf(rule.value().toUpperCase(Locale.ROOT).replace('-', '_'));
                }
            }
        }
        return best != null ? best : allGoods ? TariffKind.RECIPROCAL : TariffKind.SECTORAL;
    }

    private static TariffStatus status(Clause c) {
        String value = RULES.value("status", c.text());
        return value == null ? TariffStatus.IN_FORCE : TariffStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The legal basis a sentence gives its tariffs ("on national security grounds"), or null. */
    static String legalBasis(String sentence) {
        return RULES.value("basis", sentence);
    }

    private static Matcher rule(String what, String text) {
        return RULES.first(what, text);
    }

    /** Whose goods: the country the clause names as target (Japan, Japanese), else the report's main country. */
    private static String target(Reading r, Clause c) {
        for (Mention m : r.namesIn(c)) {
            if (TARGET_NAMES.contains(m.entity().id())) {
                return "country-japan";
            }
        }
        return r.mainCountry;
    }

    /** Who imposes it: the US government when the sentence names the US side (the talks are about US duties). */
    private static String imposer(Reading r, Clause c) {
        for (Mention m : r.sentenceNames) {
            String id = m.entity().id();
            if (id.equals("gov-us") || id.equals("country-us") || id.equals("person-donald-trump")) {
                return "gov-us";
            }
        }
        return null;
    }

    /** A clause that imposes, raises or pauses a tariff on a date is a tariff action, concerning the clause's tariffs. */
    private static void action(Reading r, Clause c, int firstIndex) {
        Matcher verb = rule("action", c.text());
        if (verb == null) {
            return;
        }
        var hitStatus = EventRules.statusBefore(c, verb.start() + c.start());
        var dates = Dates.near(r, c, hitStatus.status() == EventStatus.HELD ? DatePhrases.Tense.PAST : DatePhrases.Tense.FUTURE,
                c.start() + verb.start(), c.start() + verb.end());
        if (dates.isEmpty() || !dates.get(0).known()) {
            return;
        }
        var actors = new LinkedHashSet<String>();
        for (Mention m : r.namesIn(c)) {
            String id = Actors.actor(r, m);
            if (id != null && !id.equals(r.mainGovernment)) {
                actors.add(id);
            }
        }
        var concerns = new ArrayList<Integer>();
        for (int i = firstIndex; i < r.tariffs.size(); i++) {
            concerns.add(i);
        }
        r.events.add(new Extraction.Event(EventKind.TARIFF_ACTION, List.copyOf(actors), List.of(), dates.get(0), null, false, null,
                null, null, null, hitStatus.status(), List.of(), null, null, r.evidence("tariff-action", c.start() + verb.start(), c.start() + verb.end()), concerns));
    }
}
