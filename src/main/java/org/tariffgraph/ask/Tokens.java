package org.tariffgraph.ask;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A question cut into words: lower-cased, accents and possessives dropped, with each word's original spelling. */
final class Tokens {

    /** One word: its normal form and how it was written. */
    record Token(String word, String original, int index) {
        boolean capitalized() {
            return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:[.][0-9]+)?%?|%");

    private Tokens() {}

    static List<Token> of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replace('’', '\'').replace('‘', '\'');
        t = t.replaceAll("(?i)\\b(u)\\.(s)\\.?", "US");
        t = t.replaceAll("(?i)'s\\b", "").replaceAll("(?i)s'(?=\\s)", "s");
        var out = new ArrayList<Token>();
        var m = WORD.matcher(t);
        while (m.find()) {
            String original = m.group();
            if (original.endsWith("%") && original.length() > 1) {
                out.add(new Token(normal(original.substring(0, original.length() - 1)), original.substring(0, original.length() - 1), out.size()));
                out.add(new Token("%", "%", out.size()));
            } else {
                out.add(new Token(normal(original), original, out.size()));
            }
        }
        return out;
    }

    /** Short forms people type, spelt out: "sec" is secretary, "rnd" round, "govt" government. */
    private static final java.util.Map<String, String> SHORT = java.util.Map.of(
            "sec", "secretary", "secy", "secretary", "rnd", "round", "govt", "government", "gov", "government",
            "mtg", "meeting", "min", "minister", "negs", "negotiations", "mins", "minutes");

    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SHORT.getOrDefault(w, w);
    }

    /** The normal form of a name as a list of words ("U.S. Secretary of Commerce" → us secretary of commerce). */
    static List<String> words(String name) {
        return of(name).stream().map(Token::word).toList();
    }
}
