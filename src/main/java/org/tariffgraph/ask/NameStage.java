package org.tariffgraph.ask;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.tariffgraph.ask.Lexicon.Mention;
import org.tariffgraph.model.Entity;

/**
 * The third stage: the names the graph knows, found by the {@link Lexicon} in the words no earlier
 * stage took, and the part each plays: an actor, a side ("US officials", "from the Japanese side"),
 * a qualifier of the next name ("Japan's Akazawa"), a place ("in Tokyo"), a sector, a tariff, a chip.
 */
final class NameStage {

    static final Set<String> SIDE_NOUNS = Set.of("officials", "official", "side", "negotiators", "team", "people",
            "cabinet", "members", "figures", "counterparts", "delegation", "ministers", "leaders", "politicians", "players",
            "participants", "posts", "offices", "government", "camp", "colleagues", "allies",
            "politician", "member", "colleague", "ally", "delegate", "delegates");
    private static final String CHIPS_AS_BARGAINING = ".*\\b(what|which|list|any|other|the|japan|tokyo|offered|proposed|floated|main|key|these) chips\\b.*";
    private static final String CHIPS_AS_GOODS = ".*\\b(tariffs?|duty|duties|levy|semiconductors?)\\b.*";
    private static final java.util.regex.Pattern GIVEN = java.util.regex.Pattern.compile(
            "\\b(submitted|offered|proposed|presented|handed|given|sent|made|put|pitched|floated|delivered)\\b");
    private static final String TRAVEL = ".*\\b(trips?|travel\\w*|fl[yi]\\w*|flew|head\\w*|visits?|went|go|going|leave|left|leaving|depart\\w*)\\b.*";
    private static final String ASKS_FOR_PEOPLE = ".*\\b(who|whom|which|officials?|people|anyone|anybody|someone|figures?)\\b.*";

    /** Words never taken for a misspelt name: everyday words and every cue word ("actors" is not "autos"). */
    private static final Set<String> NOT_NAMES;

    static {
        var all = new HashSet<>(CommonWords.SET);
        for (String group : CueStage.CUE_GROUPS) {
            Cues.group(group).stream().map(Cues.Cue::words).filter(c -> !c.contains(" ")).forEach(all::add);
        }
        all.addAll(CueStage.KINDS.keySet());
        all.addAll(LandmarkStage.EVENT_NOUNS);
        all.addAll(SIDE_NOUNS);
        all.addAll(NumberStage.ORDINALS.keySet());
        NOT_NAMES = Set.copyOf(all);
    }

    /** Nouns after a leader's name that mean the government he serves in: "the Ishiba government". */
    static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration", "cabinet");

    private final Lexicon lexicon;
    private final Function<Entity, Entity> governmentOf;

    /**
     * @param governmentOf the government a person holds office in, or null if none is recorded
     */
    NameStage(Lexicon lexicon, Function<Entity, Entity> governmentOf) {
        this.lexicon = lexicon;
        this.governmentOf = governmentOf;
    }

    void read(Parse p) {
        takeBargainingChips(p);
        p.mentions = lexicon.find(p.tokens, Set.copyOf(p.taken), NOT_NAMES);
        for (int k = 0; k < p.mentions.size(); k++) {
            Mention m = p.mentions.get(k);
            for (int i = m.start(); i < m.end(); i++) {
                p.taken.add(i);
            }
            Mention next = k + 1 < p.mentions.size() ? p.mentions.get(k + 1) : null;
            if (!asSide(p, m) && !asQualifier(p, m, next) && !asPlace(p, m) && !asRecipient(p, m) && !asLeadersGovernment(p, m)) {
                asThing(p, m);
            }
        }
    }

    /** "Bargaining chips" are never semiconductors, nor are "which chips" in a question about no tariff. */
    private static void takeBargainingChips(Parse p) {
        for (int i = 0; i + 1 < p.tokens.size(); i++) {
            if (p.word(i).equals("bargaining") && p.word(i + 1).startsWith("chip")) {
                p.taken.add(i);
                p.taken.add(i + 1);
            }
        }
        if (p.lower.matches(CHIPS_AS_BARGAINING) && !p.lower.matches(CHIPS_AS_GOODS)) {
            p.tokens.stream().filter(t -> t.word().equals("chips")).forEach(t -> p.taken.add(t.index()));
        }
    }

    private static boolean governmentish(Mention m) {
        return (m.has("Government") || m.has("Country")) && !m.has("Person");
    }

    /** "US officials", "the Japanese side", "Americans", "who from the US side". */
    private static boolean asSide(Parse p, Mention m) {
        String prev = p.word(m.start() - 1);
        String prev2 = p.word(m.start() - 2);
        String after = p.word(m.end());
        boolean fromThe = (prev.equals("from") || prev.equals("the") && (prev2.equals("from") || prev2.equals("on")))
                && p.lower.matches(ASKS_FOR_PEOPLE);
        if (!governmentish(m) || !(SIDE_NOUNS.contains(after) || m.text().toLowerCase(Locale.ROOT).endsWith("side")
                || m.text().equalsIgnoreCase("americans") || fromThe)) {
            return false;
        }
        p.side = m.first("Government") != null ? m.first("Government") : m.first("Country");
        p.seen.add("'" + m.text() + "' → side " + p.side.id());
        return true;
    }

    /**
     * "Japan's Akazawa", "the US commerce secretary": the country only qualifies the next name; in "US
     * defense equipment", "Japanese cars" it is the goods' origin, a country but no actor.
     */
    private static boolean asQualifier(Parse p, Mention m, Mention next) {
        if (!governmentish(m) || next == null || next.start() > m.end() + 1) {
            return false;
        }
        if (next.has("Person") || next.has("Office")) {
            p.seen.add("'" + m.text() + "' → qualifies '" + next.text() + "'");
            return true;
        }
        if (next.start() == m.end() && (next.has("Sector") || next.has("BargainingChip")) && !next.has("Person")) {
            addIf(p.countries, m.first("Country"));
            p.seen.add("'" + m.text() + "' → origin of '" + next.text() + "'");
            return true;
        }
        return false;
    }

    /** "In Tokyo", "in Washington", "in Canada": where an event took place. */
    private static boolean asPlace(Parse p, Mention m) {
        boolean seat = m.candidates().stream().anyMatch(c -> c.via().equals("alias"))
                && (m.text().equalsIgnoreCase("washington") || m.text().equalsIgnoreCase("tokyo"));
        String prev = p.word(m.start() - 1);
        boolean in = Set.of("in", "at", "inside").contains(prev) && (seat || m.has("Country") && !m.has("Government"));
        boolean to = Set.of("to", "for").contains(prev) && seat && p.lower.matches(TRAVEL);
        boolean before = seat && Set.of("visit", "trip", "stay", "talks", "meeting").contains(p.word(m.end()));
        if (!in && !to && !before) {
            return false;
        }
        p.place = m.first("Country") != null && !seat ? m.first("Country").name() : capitalize(m.text());
        p.seen.add("'" + m.text() + "' → place " + p.place);
        return true;
    }

    /**
     * "Submitted to Washington", "offered to the US", "left for the US": the government something went to,
     * or a trip's destination, is no actor of the question.
     */
    private static boolean asRecipient(Parse p, Mention m) {
        String prev = p.word(m.start() - 1).equals("the") ? p.word(m.start() - 2) : p.word(m.start() - 1);
        int back = p.word(m.start() - 1).equals("the") ? 1 : 0;
        boolean given = prev.equals("to") && GIVEN.matcher(p.word(m.start() - 2 - back) + " " + p.word(m.start() - 3 - back)).find();
        boolean destination = Set.of("to", "for").contains(prev) && p.lower.matches(TRAVEL);
        if (!governmentish(m) || !given && !destination) {
            return false;
        }
        p.seen.add("'" + m.text() + "' → the side it went to");
        return true;
    }

    /**
     * "The Ishiba government", "Ishiba's cabinet", "the Trump administration": the government the
     * person holds office in is the actor, not the person. Tried only once a side has been ruled out.
     */
    private boolean asLeadersGovernment(Parse p, Mention m) {
        Entity person = m.first("Person");
        if (person == null || !GOVERNMENT_NOUNS.contains(p.word(m.end()))) {
            return false;
        }
        Entity government = governmentOf.apply(person);
        if (government == null) {
            return false;
        }
        p.taken.add(m.end());
        if (SIDE_NOUNS.contains(p.word(m.end() + 1))) {
            // "who is on the Ishiba government's side?": the side, as "the Japanese side" would be
            p.side = government;
        } else {
            addIf(p.actors, government);
        }
        p.seen.add("'" + m.text() + " " + p.word(m.end()) + "' → " + government.id() + " (the government " + person.name() + " serves in)");
        return true;
    }

    private static void asThing(Parse p, Mention m) {
        Entity person = m.first("Person");
        addIf(p.actors, person != null ? person : m.first("Government"));
        addIf(p.countries, m.first("Country"));
        addIf(p.sectors, m.first("Sector"));
        addIf(p.organizations, m.first("Organization"));
        addIf(p.offices, m.first("Office"));
        addIf(p.tariffs, m.first("Tariff"));
        addIf(p.chips, m.first("BargainingChip"));
        var ids = m.candidates().stream().map(c -> c.entity().id()).distinct().toList();
        p.seen.add("'" + m.text() + "' → " + String.join(" | ", ids) + (m.fuzzy() ? " (spelling forgiven)" : ""));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> void addIf(List<T> list, T item) {
        if (item != null && !list.contains(item)) {
            list.add(item);
        }
    }
}
