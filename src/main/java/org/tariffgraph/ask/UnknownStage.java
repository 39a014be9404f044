package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.ask.Tokens.Token;

/**
 * What a question names that the graph does not know: capitalised words (after the first) that are
 * no known name, a role ("foreign minister") no one in the graph holds, and the good a tariff
 * question is about when no sector or good of the graph matches it ("rice"). Such a question is
 * answered with an honest "no record of", never with the closest thing.
 */
final class UnknownStage {

    private static final Pattern ROLE = Pattern.compile("\\b([a-z]+) (minister|secretary|ambassador|chancellor|governor|envoy|representative|premier|king|emperor|senator|mayor|spokesperson|spokesman|commissioner|president|chairman|chair)\\b");
    /** Qualifiers that never make a role unknown ("the minister", "Japan's minister"). */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("the", "a", "an", "which", "what", "who", "whose", "any", "this",
            "that", "japan", "japanese", "us", "american", "tokyo", "washington", "top", "chief", "economic", "prime", "cabinet",
            "commerce", "treasury", "revitalization", "his", "her", "their", "its", "same", "other", "another", "as", "of", "was", "is");
    /** Capitalised words that are grammar, not names. */
    static final Set<String> PLAIN = Set.copyOf(List.of("who", "whom", "what", "when", "where", "which", "why", "how",
            "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "will", "should",
            "tell", "show", "list", "give", "name", "find", "i", "the", "a", "an", "in", "on", "of", "and", "or", "any", "please",
            "between", "since", "after", "before", "during", "according", "other", "than", "at", "me", "it", "this", "that",
            "g", "pm", "am", "mr", "mrs", "ms", "dr", "us", "ok", "okay"));
    private static final Pattern TARIFF_OBJECT = Pattern.compile("\\b(?:tariffs?|duty|duties|levy|levies|rates?|charges?)\\s+(?:on|for|against)\\s+"
            + "(?:(?:japanese|american|us|imported|foreign|the|all|any|_)\\s+)*([a-z]+)");
    private static final Pattern FACES = Pattern.compile("\\b(?:does|do|did|will|would) (?:the |japanese |american |us |imported |foreign |_ )*([a-z]+) "
            + "(?:face|pay|get|attract|incur)\\b");
    private static final String GOODS_QUALIFIERS = "(?:(?:japanese|american|us|u\\.s\\.|imported|foreign|the|any|_)\\s+)*";
    private static final Pattern AMONG = Pattern.compile("^ (?:is|was|are|were) " + GOODS_QUALIFIERS + "([a-z]+) (?:among|part of|one of|included in|in the)\\b");
    private static final Pattern COVERED = Pattern.compile("^ (?:are|is|were|was) ([a-z]+) (?:covered|included|hit|targeted|affected)");

    private final Lexicon lexicon;

    UnknownStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Unknown names and roles, read before the intent is chosen. */
    void read(Parse p) {
        var out = new ArrayList<String>();
        var tokens = p.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (!unknownName(p, tokens.get(i))) {
                continue;
            }
            int start = i;
            int end = i;
            while (start - 1 > 0 && partOfName(p, tokens.get(start - 1))) {
                start--;
            }
            while (end + 1 < tokens.size() && (unknownName(p, tokens.get(end + 1)) || partOfName(p, tokens.get(end + 1)))) {
                end++;
            }
            out.add(String.join(" ", tokens.subList(start, end + 1).stream().map(Token::original).toList()));
            i = end;
        }
        Matcher role = ROLE.matcher(p.lower);
        while (role.find()) {
            String qualifier = role.group(1);
            boolean known = p.mentions.stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(role.group(2)));
            boolean roleUnknown = !lexicon.knows(role.group(2));
            if (!known && (roleUnknown || !ROLE_QUALIFIERS.contains(qualifier) && !PLAIN.contains(qualifier))) {
                out.add(qualifier + " " + role.group(2));
            }
        }
        p.unknown = out;
    }

    private boolean unknownName(Parse p, Token t) {
        String w = t.word();
        return t.index() > 0 && t.capitalized() && !p.taken.contains(t.index()) && !PLAIN.contains(w) && !lexicon.knows(w)
                && !CommonWords.SET.contains(w) && !DateFinder.MONTHS.containsKey(w) && !DateFinder.WEEKDAYS.contains(w)
                && !w.matches("\\d.*") && !cueWord(w);
    }

    /**
     * A capitalised word beside an unknown one that belongs to the same name even though the graph
     * knows it alone: "Steel" in "Nippon Steel", "Trade" and "Organization" in "World Trade
     * Organization". A word that names a person, government or country stays a name of its own.
     */
    private static boolean partOfName(Parse p, Token t) {
        String w = t.word();
        boolean actor = p.mentions.stream().anyMatch(m -> t.index() >= m.start() && t.index() < m.end()
                && (m.has("Person") || m.has("Government") || m.has("Country")));
        return t.index() > 0 && t.capitalized() && !actor && !PLAIN.contains(w) && !DateFinder.MONTHS.containsKey(w)
                && !DateFinder.WEEKDAYS.contains(w) && !w.matches("\\d.*");
    }

    /** The good a tariff question is about, when the graph knows no such sector or good ("rice"). */
    List<String> unknownObjects(Parse p) {
        var out = new ArrayList<String>();
        for (Pattern pattern : List.of(TARIFF_OBJECT, COVERED, FACES, AMONG)) {
            Matcher m = pattern.matcher(p.cue);
            while (m.find()) {
                String w = m.group(1);
                if (!w.equals("_") && w.length() >= 3 && !CommonWords.SET.contains(w) && !PLAIN.contains(w) && !lexicon.knows(w)
                        && !lexicon.knowsStem(w) && !cueWord(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean cueWord(String w) {
        for (String group : CueStage.CUE_GROUPS) {
            for (var cue : Cues.group(group)) {
                String c = cue.words();
                if (!c.contains(" ") && (w.startsWith(c) || c.startsWith(w) && w.length() >= 4)) {
                    return true;
                }
            }
        }
        return CueStage.KINDS.keySet().stream().anyMatch(k -> !k.contains(" ") && w.startsWith(k)) || NumberStage.ORDINALS.containsKey(w)
                || LandmarkStage.EVENT_NOUNS.contains(w) || NameStage.SIDE_NOUNS.contains(w);
    }
}
