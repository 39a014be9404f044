package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Gazetteer.Entity;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;

/**
 * Finds people and their offices: a title before a name ("U.S. Trade Representative Jamieson Greer")
 * names a new person when the graph does not know the name; an apposition after a known name
 * ("Akazawa, the minister in charge of economic revitalization," or "…, who also serves as Japan's
 * Economic Revitalization Minister") ties a known person to a known office. Titles come from the
 * graph's offices and from {@code ingest/titles.txt}.
 */
final class PeopleRules {

    record Title(String words, String officeId, String officeName, String government) {}

    /** Two or three capitalised words (a middle initial allowed), none of them a weekday or a month. */
    private static final String WORD = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b)\\p{Lu}[\\p{L}'-]+";
    private static final String NAME = "(" + WORD + "(?:\\s+\\p{Lu}\\.)?(?:\\s+" + WORD + "){1,2})";
    private static final Pattern APPOSITION_LEAD = Pattern.compile("^,\\s+(?:who (?:also )?(?:serves|served|is) as\\s+)?(?:the\\s+|Japan's\\s+|Japan\u2019s\\s+|his country's\\s+)?");

    private PeopleRules() {}

    static void read(Reading r, List<Title> titles) {
        String s = r.sentence.text();
        for (Title t : titles) {
            Matcher m = Pattern.compile("(?<![\\p{L}])(?i:" + Pattern.quote(t.words()) + "),?\\s+" + NAME).matcher(s);
            while (m.find()) {
                newPerson(r, m.group(1), r.sentence.start() + m.start(1), t);
            }
        }
        appositions(r, titles);
        namesWithAppositions(r, titles);
    }

    private static final Pattern NAME_THEN_COMMA = Pattern.compile(NAME + ",\\s+(?:the\\s+|a\\s+|an\\s+)?(?:US\\s+|U\\.S\\.\\s+|Japan's\\s+|Japan\u2019s\\s+)?");

    /** "Jamieson Greer, the US trade representative,": a name the graph does not know, made known by the office after it. */
    private static void namesWithAppositions(Reading r, List<Title> titles) {
        Matcher m = NAME_THEN_COMMA.matcher(r.sentence.text());
        while (m.find()) {
            int at = r.sentence.start() + m.start(1);
            if (!r.names.find(r.text(), at, at + m.group(1).length()).isEmpty()) {
                continue; // known already (the apposition of a known name is read above)
            }
            String rest = r.sentence.text().substring(m.end()).toLowerCase(Locale.ROOT);
            Title title = knownTitle(rest, titles);
            if (title == null) {
                title = officePhrase(rest, titles);
            }
            if (title != null) {
                newPerson(r, m.group(1), at, title);
            }
        }
    }

    static List<Title> titles(KnownGraph graph) {
        var out = new ArrayList<Title>();
        for (var row : graph.rows("offices.csv")) {
            var gov = graph.rows("office_of.csv").stream().filter(o -> o.get("start").equals(row.get("id"))).findFirst();
            String government = gov.map(o -> o.get("end")).orElse(null);
            for (String alias : KnownGraph.list(row.get("aliases"))) {
                out.add(new Title(alias, row.get("id"), row.get("name"), government));
            }
        }
        for (var row : RuleFiles.rows("titles.txt")) {
            String officeName = row.get(1);
            String known = out.stream().filter(t -> t.officeName().equals(officeName) && t.officeId() != null)
                    .map(Title::officeId).findFirst().orElse(null);
            out.add(new Title(row.get(0), known, officeName, row.size() > 2 && !row.get(2).isEmpty() ? row.get(2) : null));
        }
        out.sort(java.util.Comparator.comparingInt((Title t) -> -t.words().length()));
        return out;
    }

    private static void newPerson(Reading r, String name, int at, Title t) {
        var known = r.names.find(r.text(), at, at + name.length());
        if (!known.isEmpty() && known.get(0).entity().label().equals("Person")) {
            addOffice(r, known.get(0).entity().id(), known.get(0).entity().name(), at, true, t);
            return;
        }
        if (!known.isEmpty()) {
            return; // a known name of something else ("White House")
        }
        String id = "person-" + slug(name);
        r.names.learn(new Entity(id, "Person", name), name, name.substring(name.lastIndexOf(' ') + 1));
        addOffice(r, id, name, at, false, t);
    }

    private static void addOffice(Reading r, String personId, String name, int at, boolean known, Title t) {
        String officeId = t.officeId() != null ? t.officeId() : "office-" + slug(t.officeName());
        for (var p : r.people) {
            if (p.id().equals(personId) && officeId.equals(p.officeId())) {
                return;
            }
        }
        r.people.add(new Extraction.Person(personId, name, known, officeId, t.officeName(), t.words(), t.government(), r.evidence(
                known ? "office-title" : "person-title", at, at + name.length())));
    }

    /** "Name, the title," and "Name, who also serves as title": a known person, a known or listed office. */
    private static void appositions(Reading r, List<Title> titles) {
        for (Mention m : r.sentenceNames) {
            if (!m.entity().label().equals("Person")) {
                continue;
            }
            String after = r.text().substring(m.end(), Math.min(r.sentence.end(), m.end() + 120));
            Matcher lead = APPOSITION_LEAD.matcher(after);
            if (!lead.find()) {
                continue;
            }
            String rest = after.substring(lead.end()).toLowerCase(Locale.ROOT);
            Title title = knownTitle(rest, titles);
            if (title == null) {
                title = officePhrase(rest, titles);
            }
            if (title != null) {
                addOffice(r, m.entity().id(), m.entity().name(), m.start(), true, title);
            }
        }
    }

    private static Title knownTitle(String rest, List<Title> titles) {
        for (Title t : titles) {
            String w = t.words().toLowerCase(Locale.ROOT).replaceFirst("^(u\\.s\\.|us|japanese) ", "");
            if (rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                return t;
            }
        }
        return null;
    }

    /** "the minister in charge of economic revitalization": an office's head noun and what it is for, up to the clause's end. */
    private static final Pattern OFFICE_PHRASE = Pattern.compile("^((?:[\\p{L}-]+ ){0,3}?(?:minister|secretary|representative|negotiator|"
            + "ambassador|spokesman|spokeswoman|spokesperson|envoy|adviser|advisor)(?: (?:for|of|in charge of|on) [\\p{L} '-]{3,60}?)?)"
            + "(?=,|\\.|;| who\\b| and\\b| has\\b| is\\b| was\\b)");
    private static final java.util.Set<String> FILLER = java.util.Set.of("the", "for", "of", "in", "charge", "on", "u.s.", "us", "japan's",
            "japanese", "country's", "his", "her", "top", "chief");

    /**
     * An office named by an apposition: the known office (or listed title) whose name holds all its
     * words ("minister in charge of economic revitalization" is the Minister for Economic
     * Revitalization), else a new office of that name.
     */
    private static Title officePhrase(String rest, List<Title> titles) {
        Matcher m = OFFICE_PHRASE.matcher(rest);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1).strip();
        var words = new java.util.HashSet<>(List.of(phrase.split("\\s+")));
        words.removeAll(FILLER);
        for (Title t : titles) {
            var name = new java.util.HashSet<>(List.of(t.officeName().toLowerCase(Locale.ROOT).replaceAll("[()]", "").split("\\s+")));
            if (!words.isEmpty() && name.containsAll(words)) {
                return new Title(phrase, t.officeId(), t.officeName(), t.government());
            }
        }
        String name = java.util.Arrays.stream(phrase.split("\\s+"))
                .map(w -> FILLER.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(java.util.stream.Collectors.joining(" "));
        return new Title(phrase, null, name, null);
    }

    static String slug(String words) {
        return java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
