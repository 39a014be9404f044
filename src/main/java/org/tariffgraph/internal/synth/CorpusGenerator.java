package org.tariffgraph.internal.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tariffgraph.internal.load.Schema;

/**
 * Writes a synthetic import folder shaped like the real one, for measuring the loader and the
 * questions at scale: countries and their governments, officials whose offices change hands, rounds
 * of talks between pairs of countries with calls and meetings of 2–5 people, tariffs that stack and
 * change, bargaining chips, and documents, with several sources per fact. A few negotiators take part
 * in most events (a Zipf-like skew). The same seed always gives the same files.
 */
public final class CorpusGenerator {

    private static final String[] SECTORS = {"Automobiles", "Auto parts", "Steel", "Aluminum", "Electronics", "Agriculture",
            "Shipbuilding", "Defense equipment", "Semiconductors", "Critical minerals", "Pharmaceuticals", "Textiles"};
    private static final String[] TITLES = {"Head of Government", "Trade Minister", "Chief Tariff Negotiator", "Finance Minister"};
    private static final String[] KINDS = {"phone-call", "phone-call", "phone-call", "phone-call", "meeting", "meeting", "meeting",
            "statement", "statement", "trip"};
    private static final int BODY = 4000;

    private final int events;
    private final SplittableRandom random;
    /** One open file per name while writing: rows go to disk as they are made, so memory does not grow with them. */
    private final Map<String, CSVPrinter> files = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> documents = new ArrayList<>();

    /** What was written. */
    public record Summary(int events, int nodes, int relationships, Path folder) {}

    public CorpusGenerator(int events, long seed) {
        if (events < 10) {
            throw new org.tariffgraph.InvalidRequestException("--events must be at least 10");
        }
        this.events = events;
        this.random = new SplittableRandom(seed);
    }

    public Summary writeTo(Path out) {
        try {
            Files.createDirectories(out);
            for (var file : Schema.NODES) {
                open(out, file.file(), file.columns());
            }
            for (var file : Schema.RELATIONSHIPS) {
                open(out, file.file(), file.columns());
            }
            try {
                build();
            } finally {
                for (var printer : files.values()) {
                    printer.close(true);
                }
            }
            int nodes = Schema.NODES.stream().mapToInt(f -> counts.getOrDefault(f.file(), 0)).sum();
            int rels = Schema.RELATIONSHIPS.stream().mapToInt(f -> counts.getOrDefault(f.file(), 0)).sum();
            return new Summary(events, nodes, rels, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(Path out, String file, List<Schema.Column> columns) throws IOException {
        Writer w = Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8);
        // Only the columns every header needs: the rows below have no value for the others (e.g. rules).
        var header = Schema.headerNames(columns).toArray(String[]::new);
        files.put(file, new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get()));
    }

    private void add(String file, Object... values) {
        try {
            files.get(file).printRecord(values);
            counts.merge(file, 1, Integer::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sources and spans for a fact: 1–3 distinct documents, a valid span in each. */
    private String[] provenance() {
        int n = 1 + random.nextInt(3);
        var chosen = new ArrayList<String>();
        var seen = new HashSet<String>();
        while (chosen.size() < n) {
            String d = documents.get(zipf(documents.size()));
            if (seen.add(d)) {
                chosen.add(d);
            }
        }
        var spans = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(BODY - 200);
            spans.add(start + "-" + (start + 20 + random.nextInt(150)));
        }
        return new String[] {String.join(";", chosen), String.join(";", spans)};
    }

    /** An index in [0, n) where small indexes are much more likely (a few actors do most of the talking). */
    private int zipf(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u)) - 1);
    }

    private void build() {
        int documentCount = Math.max(5, events / 4);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < documentCount; i++) {
            String id = String.format("doc_%07d", i);
            documents.add(id);
            add("documents.csv", id, "Synthetic report " + i, "", start.plusDays(random.nextInt(2190)).toString(), "day", "stated", "",
                    BODY, String.format("%064x", i));
        }
        int countryCount = Math.max(4, Math.min(60, events / 2000 + 4));
        int sectorCount = SECTORS.length;
        for (int s = 0; s < sectorCount; s++) {
            var p = provenance();
            add("sectors.csv", "sector-" + s, SECTORS[s], "", p[0], p[1]);
        }
        var people = new ArrayList<List<String>>(); // per country: person ids
        for (int c = 0; c < countryCount; c++) {
            var p = provenance();
            add("countries.csv", "country-" + c, "Country " + c, "", "C" + c, p[0], p[1]);
            p = provenance();
            add("governments.csv", "gov-" + c, "Government of Country " + c, "Capital " + c, "Capital " + c, p[0], p[1]);
            p = provenance();
            add("governs.csv", "gov-" + c, "country-" + c, p[0], p[1]);
            var mine = new ArrayList<String>();
            for (int t = 0; t < TITLES.length; t++) {
                String office = "office-" + c + "-" + t;
                p = provenance();
                add("offices.csv", office, TITLES[t] + " of Country " + c, "", p[0], p[1]);
                p = provenance();
                add("office_of.csv", office, "gov-" + c, p[0], p[1]);
                for (int h = 0; h < 2; h++) { // two holders in turn: offices change hands
                    String person = "person-" + c + "-" + t + "-" + h;
                    mine.add(person);
                    p = provenance();
                    add("people.csv", person, "Official " + c + "-" + t + "-" + h, "Surname" + c + t + h, "", p[0], p[1]);
                    p = provenance();
                    add("holds_office.csv", person, office, h == 0 ? "2020-01-01" : "2023-01-01", h == 0 ? "2022-12-31" : "",
                            "stated", "", p[0], p[1]);
                }
            }
            for (int extra = 0; extra < 4; extra++) {
                String person = "person-" + c + "-x" + extra;
                mine.add(person);
                var q = provenance();
                add("people.csv", person, "Adviser " + c + "-" + extra, "", "", q[0], q[1]);
            }
            people.add(mine);
        }
        // Tariffs: per target country a baseline, a country rate and their sum, plus sectoral rates that change once.
        int tariffs = 0;
        var tariffIds = new ArrayList<String>();
        for (int c = 1; c < countryCount; c++) {
            String base = "tariff-" + c + "-base";
            String own = "tariff-" + c + "-own";
            String sum = "tariff-" + c + "-sum";
            int rate = 5 + random.nextInt(30);
            tariffRow(base, "Baseline 10% on Country " + c, 10, "baseline", c);
            tariffRow(own, "Country rate " + rate + "% on Country " + c, rate, "country-specific", c);
            tariffRow(sum, "Reciprocal " + (10 + rate) + "% on Country " + c, 10 + rate, "reciprocal", c);
            var p = provenance();
            add("component_of.csv", base, sum, p[0], p[1]);
            p = provenance();
            add("component_of.csv", own, sum, p[0], p[1]);
            for (int s = 0; s < 3; s++) {
                String sect = "tariff-" + c + "-sector-" + s;
                tariffRow(sect, "Sectoral duty " + s + " on Country " + c, 25, "sectoral", c);
                p = provenance();
                add("covers.csv", sect, "sector-" + ((c + s) % sectorCount), p[0], p[1]);
            }
            tariffIds.add(sum);
            tariffs += 6;
        }
        // Chips: each country offers a few, concerning a sector and seeking relief from its reciprocal rate.
        for (int c = 1; c < countryCount; c++) {
            for (int k = 0; k < 3; k++) {
                String chip = "chip-" + c + "-" + k;
                var p = provenance();
                add("chips.csv", chip, "Offer " + k + " of Country " + c, "A synthetic concession.", p[0], p[1]);
                p = provenance();
                String status = k == 0 ? "floated" : "submitted";
                add("offered.csv", "gov-" + c, chip, "", String.join(";", java.util.Collections.nCopies(p[0].split(";").length, status)), "",
                        p[0], p[1]);
                p = provenance();
                add("concerns.csv", chip, "sector-" + ((c * 3 + k) % sectorCount), p[0], p[1]);
                p = provenance();
                add("seeks_relief_from.csv", chip, "tariff-" + c + "-sum", p[0], p[1]);
            }
        }
        // Events: talks between country 0 (the tariff-setter) and the others, in numbered rounds.
        Map<Integer, Integer> roundsPerCountry = new HashMap<>();
        String currentRound = null;
        int currentRoundCountry = -1;
        Set<String> partOf = new HashSet<>();
        for (int e = 0; e < events; e++) {
            int other = 1 + zipf(countryCount - 1);
            boolean newRound = currentRound == null || currentRoundCountry != other || random.nextInt(12) == 0;
            LocalDate date = start.plusDays((long) e * 2190 / events);
            String id = "event-" + e;
            String kind;
            Long round = null;
            if (newRound && random.nextInt(3) == 0) {
                kind = "negotiation-round";
                int n = roundsPerCountry.merge(other, 1, Integer::sum);
                round = (long) n;
                currentRound = id;
                currentRoundCountry = other;
            } else {
                kind = KINDS[random.nextInt(KINDS.length)];
            }
            int participants = 2 + random.nextInt(4);
            var p = provenance();
            add("events.csv", id, name(kind, other, e), kind, date.toString(), "", "day", "stated", "", "", date.getDayOfWeek().toString().charAt(0)
                    + date.getDayOfWeek().toString().substring(1).toLowerCase(), "", kind.equals("phone-call") || kind.equals("meeting") ? 15 + random.nextInt(90) : "",
                    kind.equals("phone-call") || kind.equals("meeting") ? "true" : "", "Capital " + (random.nextBoolean() ? 0 : other),
                    round == null ? "" : round, "", "held", "", "", "", "Synthetic " + kind + " between Country 0 and Country " + other + ".", p[0], p[1]);
            var chosen = new HashSet<String>();
            while (chosen.size() < participants) {
                int side = chosen.size() % 2 == 0 ? 0 : other;
                var pool = people.get(side);
                chosen.add(pool.get(zipf(pool.size())));
            }
            for (String person : chosen) {
                var q = provenance();
                add("participated_in.csv", person, id, "negotiator", q[0], q[1]);
            }
            if (!kind.equals("negotiation-round") && currentRound != null && currentRoundCountry == other && partOf.add(id)) {
                var q = provenance();
                add("part_of.csv", id, currentRound, q[0], q[1]);
            }
            if (random.nextInt(4) == 0 && other < countryCount && other >= 1) {
                var q = provenance();
                add("concerns.csv", id, "tariff-" + other + "-sum", q[0], q[1]);
            }
        }
    }

    private static String name(String kind, int other, int e) {
        return switch (kind) {
            case "phone-call" -> "Call with Country " + other + " #" + e;
            case "meeting" -> "Meeting with Country " + other + " #" + e;
            case "negotiation-round" -> "Round with Country " + other + " #" + e;
            case "statement" -> "Statement on Country " + other + " #" + e;
            default -> "Trip to Country " + other + " #" + e;
        };
    }

    private void tariffRow(String id, String name, double rate, String kind, int target) {
        var p = provenance();
        add("tariffs.csv", id, name, rate, "", kind, "synthetic", "2020-04-02", "2020-04-09", "", "", "in-force", "",
                "A synthetic " + kind + " rate.", p[0], p[1]);
        p = provenance();
        add("imposed_by.csv", id, "gov-0", p[0], p[1]);
        p = provenance();
        add("targets.csv", id, "country-" + target, p[0], p[1]);
    }
}
