package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tariffgraph.model.Statement;

/**
 * Picks the statements a question is about by its own words: "who described the tariffs as
 * unacceptable?" keeps the statements that hold "unacceptable". A statement scores one point per
 * content word of the question found in its name, summary, quoted words or subjects; the best
 * scorers are kept, or all of them when no word matches.
 */
final class StatementMatch {

    /** Phrasings that mean a word the facts use. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "wanted most", "priority", "wants most", "priority", "want most", "priority", "most important", "priority",
            "protectionism", "protectionist", "the press", "reporters", "journalists", "reporters", "media", "reporters");

    /** A phrase the question puts in quotation marks, not an apostrophe inside a word ("Japan's"). */
    private static final Pattern QUOTED = Pattern.compile("(?<![A-Za-z])['\"‘“]([^'\"‘’“”]{3,60})['\"’”](?![A-Za-z])");

    /** Words that say "a statement" and nothing about which. */
    private static final Set<String> CUES = Set.of("say", "said", "says", "saying", "stated", "statement", "statements", "told", "tell",
            "remark", "remarks", "quote", "quoted", "quotes", "describe", "described", "describes", "vowed", "vow", "pledged", "promised",
            "stance", "stances", "priority", "priorities", "aim", "aims", "wanted", "want", "wants", "most");

    private StatementMatch() {}

    /** Words that ask for a kind of stance: "its top priority", "what it aims at", "its position", "the pressure on it". */
    private static final Map<String, String> STANCE_WORDS = Map.of(
            "priorit", "stance: priority", "wanted most", "stance: priority", "wants most", "stance: priority", "aim", "stance: aim",
            "goal", "stance: aim", "position", "stance: position", "stance on", "stance: position", "pressure", "stance: pressure");

    static List<Statement> best(List<Statement> rows, String question, List<String> namesTaken) {
        var words = contentWords(question, namesTaken);
        var quoted = quoted(question);
        String q = question.toLowerCase(Locale.ROOT);
        var kinds = STANCE_WORDS.entrySet().stream().filter(e -> q.contains(e.getKey())).map(Map.Entry::getValue).collect(java.util.stream.Collectors.toSet());
        int best = 0;
        var kept = new ArrayList<Statement>();
        for (Statement s : rows) {
            String text = text(s);
            int score = score(text, words) + (kinds.contains(s.kind()) ? 2 : 0) + 3 * (int) quoted.stream().filter(text::contains).count();
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best && score > 0) {
                kept.add(s);
            }
        }
        return best == 0 ? rows : kept;
    }

    static List<String> contentWords(String question, List<String> namesTaken) {
        String q = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%' -]", " ") + " ";
        var words = new ArrayList<String>();
        SYNONYMS.forEach((phrase, word) -> {
            if (q.contains(" " + phrase + " ")) {
                words.add(word);
            }
        });
        for (String word : q.trim().split("\\s+")) {
            String w = word.replaceAll("^'+|'+$", "");
            boolean name = namesTaken.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(w));
            if (w.length() >= 4 && !CommonWords.SET.contains(w) && !CUES.contains(w) && !name) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words a question quotes ("described them as 'unacceptable'"), lower-cased: the surest sign of which statement. */
    static List<String> quoted(String question) {
        var m = QUOTED.matcher(question);
        var out = new ArrayList<String>();
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT).strip());
        }
        return out;
    }

    private static String text(Statement s) {
        return (s.name() + " " + s.summary() + " " + String.join(" ", s.quotes()) + " " + String.join(" ", s.about()) + " "
                + (s.audience() == null ? "" : s.audience())).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static int score(String text, List<String> words) {
        int score = 0;
        for (String w : words) {
            String stem = w.length() > 6 ? w.substring(0, w.length() - 2) : w;
            if (text.contains(stem)) {
                score++;
            }
        }
        return score;
    }
}
