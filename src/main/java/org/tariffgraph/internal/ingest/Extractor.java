package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;

/**
 * Reads one report into an {@link Extraction}: sentence by sentence, the names the graph knows, new
 * people, then clause by clause the events, tariffs and statements, and the lists of proposals. No
 * language model and no randomness: the same report and the same graph always give the same facts.
 * To add a rule, see the files under {@code src/main/resources/ingest/} first; the Java rule classes
 * ({@link EventRules}, {@link StatementRules}, {@link TariffRules}, {@link ChipRules},
 * {@link PeopleRules}, {@link Links}) each read one kind of fact.
 */
public final class Extractor {

    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(in|to|from|at|for|left|leave|reach|reached)\\s+(the\\s+)?$");

    private final Gazetteer names;
    private final List<PeopleRules.Title> titles;
    private final Map<String, String> governmentOf = new HashMap<>();
    private final Nlp nlp = new Nlp();

    public Extractor(KnownGraph graph) {
        this.names = new Gazetteer(graph);
        this.titles = PeopleRules.titles(graph);
        for (var row : graph.rows("governs.csv")) {
            governmentOf.put(row.get("end"), row.get("start"));
        }
    }

    public Extraction extract(ReportText report) {
        var r = new Reading(report, names.copy());
        var sentences = nlp.sentences(report.text(), afterDateline(report), report.bodyEnd());
        mainSide(r, sentences);
        boolean cueBefore = false;
        for (var s : sentences) {
            r.sentence = s;
            r.sentenceNames = actorNames(r, s);
            int known = r.people.size();
            PeopleRules.read(r, titles);
            if (r.people.size() > known) {
                r.sentenceNames = actorNames(r, s); // with the people just learned
            }
            r.sentenceNames.forEach(m -> r.mention(m.entity().id(), "name", m.start(), m.end()));
            readClauses(r, s);
            ChipRules.read(r, cueBefore);
            r.previousSentence = s.text();
            cueBefore = ChipRules.speaksOfProposals(s.text());
            r.sentenceNames.stream().filter(m -> m.entity().label().equals("Person")).findFirst()
                    .ifPresent(m -> r.lastPerson = m.entity().id());
        }
        return new Extraction(report, List.copyOf(r.mentions.values()), Merging.withinReport(r.events), List.copyOf(r.tariffs),
                List.copyOf(r.chips), List.copyOf(r.people));
    }

    /** The benchmark's baseline: OpenNLP's sentences, tokens and tags of the body alone, no rule run; returns the sentence count. */
    public int sentencesOnly(ReportText report) {
        return nlp.sentences(report.text(), report.bodyStart(), report.bodyEnd()).size();
    }

    /** "TOKYO, July 1 (Kyodo) -- ", "WASHINGTON (AP) — ": the dateline opens the body but dates no event. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'-]+(?:\\s*\\([^)]{1,30}\\))?,?\\s*"
            + "(?:\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}(?:, \\d{4})?\\s*)?(?:\\([^)]{1,30}\\)\\s*)?(?:--|\u2014|\u2013|-)\\s*");

    private static int afterDateline(ReportText report) {
        var m = DATELINE.matcher(report.text()).region(report.bodyStart(), report.bodyEnd());
        return m.lookingAt() ? m.end() : report.bodyStart();
    }

    private static void readClauses(Reading r, Nlp.Sentence s) {
        var clauses = Clauses.split(s);
        r.clauses = clauses;
        int firstNew = r.events.size();
        for (var c : clauses) {
            EventRules.read(r, c);
            TariffRules.read(r, c);
        }
        Links.anchors(r, firstNew);
        Links.sameDay(r, firstNew);
        Links.callDetails(r);
        StatementRules.read(r, clauses);
    }

    /** The names of a sentence, without a seat of government used as a place ("in Washington"). */
    private static List<Mention> actorNames(Reading r, Nlp.Sentence s) {
        var out = new ArrayList<Mention>();
        for (Mention m : r.names.find(r.text(), s.start(), s.end())) {
            boolean place = m.entity().label().equals("Government") && m.words().matches("Washington|Tokyo|White House")
                    && PLACE_BEFORE.matcher(r.text().substring(Math.max(s.start(), m.start() - 12), m.start())).find();
            if (!place) {
                out.add(m);
            }
        }
        return out;
    }

    /** The country named most often besides the United States: whose goods the report's tariffs tax. */
    private void mainSide(Reading r, List<Nlp.Sentence> sentences) {
        var counts = new java.util.TreeMap<String, Integer>();
        for (var s : sentences) {
            for (Mention m : r.names.find(r.text(), s.start(), s.end())) {
                String id = m.entity().id();
                String country = m.entity().label().equals("Country") ? id
                        : governmentOf.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(null);
                if (country != null && !country.equals("country-us")) {
                    counts.merge(country, 1, Integer::sum);
                }
            }
        }
        r.mainCountry = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        r.mainGovernment = r.mainCountry == null ? null : governmentOf.get(r.mainCountry);
    }
}
