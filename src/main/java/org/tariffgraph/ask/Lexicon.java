package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tariffgraph.ask.Tokens.Token;
import org.tariffgraph.model.Entity;
import org.tariffgraph.query.EntityResolver;

/**
 * Every name the graph knows, as word sequences: names, aliases, surnames and, for people, the
 * titles of their offices. Built from the graph itself, so a fact added to import/ is understood
 * without code changes. Finds the longest names in a question, forgiving up to two typing errors in
 * a long word.
 */
final class Lexicon {

    /** One thing a phrase may refer to, and how (name, alias, surname or title). */
    record Candidate(Entity entity, String via) {
        String type() {
            return entity.type();
        }
    }

    /** A stretch of the question that names something. */
    record Mention(int start, int end, String text, List<Candidate> candidates, boolean fuzzy) {
        boolean has(String type) {
            return candidates.stream().anyMatch(c -> c.type().equals(type));
        }

        Entity first(String... types) {
            for (String t : types) {
                for (Candidate c : candidates) {
                    if (c.type().equals(t)) {
                        return c.entity();
                    }
                }
            }
            return null;
        }

        boolean viaTitle() {
            return candidates.stream().allMatch(c -> c.via().equals("title") || c.type().equals("Office"));
        }
    }

    private static final int LONGEST = 6;

    private final Map<List<String>, List<Candidate>> phrases = new HashMap<>();
    private final Set<String> words = new HashSet<>();

    Lexicon(List<Entity> entities) {
        for (Entity e : entities) {
            add(e.name(), e, "name");
            e.aliases().forEach(a -> add(a, e, "alias"));
            if (e.type().equals("Person")) {
                String[] parts = e.name().trim().split("\\s+");
                add(parts[parts.length - 1], e, "surname");
                e.titles().forEach(t -> add(t, e, "title"));
            }
        }
    }

    private void add(String phrase, Entity e, String via) {
        var key = Tokens.words(phrase);
        if (key.isEmpty()) {
            return;
        }
        // In titles, "trade" and "tariff" are used for each other ("top trade negotiator", "tariff envoy").
        if ((via.equals("title") || e.type().equals("Office")) && (key.contains("trade") || key.contains("tariff"))) {
            var swapped = key.stream().map(w -> w.equals("trade") ? "tariff" : w.equals("tariff") ? "trade" : w).toList();
            put(swapped, e, via);
        }
        put(key, e, via);
    }

    private void put(List<String> key, Entity e, String via) {
        words.addAll(key);
        var list = phrases.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.entity().id().equals(e.id()))) {
            list.add(new Candidate(e, via));
        }
    }

    /** Whether a word occurs in any known name. */
    boolean knows(String word) {
        return words.contains(word);
    }

    /** Whether a word starts with, or is the plural of, a known word of four letters or more ("steelmakers", "tariffs"). */
    boolean knowsStem(String word) {
        if (word.endsWith("s") && words.contains(word.substring(0, word.length() - 1))) {
            return true;
        }
        return words.stream().anyMatch(w -> w.length() >= 4 && word.startsWith(w));
    }

    /**
     * The names in a question, longest first, left to right. Words in {@code skip} (already read as
     * something else) are never part of a name. A lower-case "us" is the pronoun, not the country.
     */
    List<Mention> find(List<Token> tokens, Set<Integer> skip, Set<String> commonWords) {
        var out = new ArrayList<Mention>();
        int i = 0;
        while (i < tokens.size()) {
            Mention found = null;
            for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1 && found == null; n--) {
                if (blocked(tokens, i, n, skip)) {
                    continue;
                }
                var key = tokens.subList(i, i + n).stream().map(Token::word).toList();
                var exact = phrases.get(key);
                if (exact == null && key.get(n - 1).length() > 4 && key.get(n - 1).endsWith("s")) {
                    var singular = new ArrayList<>(key);
                    singular.set(n - 1, key.get(n - 1).substring(0, key.get(n - 1).length() - 1));
                    exact = phrases.get(singular);
                }
                if (exact != null) {
                    found = new Mention(i, i + n, text(tokens, i, n), exact, false);
                } else if (n <= 2) {
                    found = fuzzy(tokens, i, n, key, commonWords);
                }
            }
            if (found != null && !pronoun(tokens, found)) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean pronoun(List<Token> tokens, Mention m) {
        return m.end() - m.start() == 1 && tokens.get(m.start()).word().equals("us") && tokens.get(m.start()).original().equals("us");
    }

    private static boolean blocked(List<Token> tokens, int i, int n, Set<Integer> skip) {
        for (int k = i; k < i + n; k++) {
            if (skip.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private Mention fuzzy(List<Token> tokens, int i, int n, List<String> key, Set<String> commonWords) {
        if (key.stream().anyMatch(w -> commonWords.contains(w) || w.endsWith("s") && commonWords.contains(w.substring(0, w.length() - 1))
                || w.chars().anyMatch(Character::isDigit))
                || key.get(key.size() - 1).length() < 5) {
            return null;
        }
        String joined = String.join(" ", key);
        int allowed = joined.length() >= 6 ? 2 : 1;
        var best = new LinkedHashMap<String, Candidate>();
        int bestDistance = Integer.MAX_VALUE;
        for (var e : phrases.entrySet()) {
            if (e.getKey().size() != n) {
                continue;
            }
            String candidate = String.join(" ", e.getKey());
            if (candidate.length() < 5 || Math.abs(candidate.length() - joined.length()) > allowed
                    || candidate.charAt(0) != joined.charAt(0)) {
                continue;
            }
            int d = EntityResolver.editDistance(joined, candidate);
            if (d == 0 || d > allowed || d > bestDistance) {
                continue;
            }
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            for (Candidate c : e.getValue()) {
                if (c.via().equals("title")) {
                    continue;
                }
                best.putIfAbsent(c.entity().id(), c);
            }
        }
        return best.isEmpty() ? null : new Mention(i, i + n, text(tokens, i, n), List.copyOf(best.values()), true);
    }

    private static String text(List<Token> tokens, int i, int n) {
        return String.join(" ", tokens.subList(i, i + n).stream().map(Token::original).toList());
    }
}
