package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tariffgraph.internal.ingest.Nlp.Sentence;
import org.tariffgraph.internal.ingest.Nlp.Token;

/**
 * Splits a sentence into clauses, so that one clause's date, duration or modality never lands on
 * another clause's event. A clause is kept as a copy of the sentence in which every character outside
 * it is blanked: offsets stay those of the report, and patterns cannot reach across clauses.
 *
 * <p>Boundaries: a semicolon; a subordinating word followed closely by a verb ("as both nations seek",
 * "a day after they held"); "but"/"and" before a verb; a participle after a comma or dash
 * (", adding", "—highlighting"). Parentheticals (", who has extended his stay …,", ", an official
 * said,") become clauses of their own and the clause around them continues after them.
 */
final class Clauses {

    /** One clause: its text masked into the sentence's span, and the first token that starts it. */
    record Clause(int start, int end, String text, int firstToken, int lastToken) {
        /** The report offset of the clause's first character (its span is the sentence's; words of other clauses are blanked). */
        int begin() {
            return start + text.length() - text.stripLeading().length();
        }

        /** The clause's own characters between report offsets {@code from} and {@code to}. */
        String between(int from, int to) {
            return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
        }
    }

    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "unless", "although", "though", "because",
            "whereas", "after", "before", "when", "since", "if", "until", "once");
    /** Words that open an introductory phrase closed by a comma ("Following the fifth round …, Akazawa …"). */
    private static final Set<String> INTRODUCTIONS = Set.of("following", "after", "before", "ahead", "despite", "during", "since",
            "speaking", "talking", "addressing", "writing");
    private static final Set<String> RELATIVES = Set.of("who", "which", "where");
    private static final Set<String> COORDINATORS = Set.of("but", "and", "yet");
    /** "…, and again in a meeting with …": a second event of the same subject. */
    private static final Set<String> AGAIN = Set.of("again", "later", "then", "also");
    /** "… on Thursday and again on Saturday": a second date of the same event, not a second event. */
    private static final Set<String> DATE_WORDS = Set.of("on", "in", "at", "last", "this", "next", "early", "late");

    private Clauses() {}

    static List<Clause> split(Sentence s) {
        List<Token> t = s.tokens();
        int[] id = new int[t.size()];
        int next = 1;
        int current = 0;
        int resume = -1;
        boolean introduction = !t.isEmpty() && INTRODUCTIONS.contains(lower(t.get(0)));
        for (int i = 0; i < t.size(); i++) {
            if (introduction && isComma(t.get(i))) {
                introduction = false;
                id[i] = current;
                current = next++;
                continue;
            }
            if (resume >= 0 && isComma(t.get(i))) {
                id[i] = current;
                current = resume;
                resume = -1;
                continue;
            }
            if (opensParenthetical(t, i) && resume < 0) {
                resume = current;
                current = next++;
            } else if (resume < 0 && startsClause(t, i)) {
                current = next++;
            }
            id[i] = current;
        }
        return clauses(s, id, next);
    }

    private static List<Clause> clauses(Sentence s, int[] id, int count) {
        var out = new ArrayList<Clause>();
        List<Token> t = s.tokens();
        for (int c = 0; c < count; c++) {
            char[] masked = new char[s.text().length()];
            Arrays.fill(masked, ' ');
            int first = -1;
            int last = -1;
            for (int i = 0; i < t.size(); i++) {
                if (id[i] != c) {
                    continue;
                }
                first = first < 0 ? i : first;
                last = i;
                Token tok = t.get(i);
                s.text().getChars(tok.start() - s.start(), tok.end() - s.start(), masked, tok.start() - s.start());
            }
            if (first >= 0) {
                out.add(new Clause(s.start(), s.end(), new String(masked), first, last));
            }
        }
        return out;
    }

    /** ", who …" / ", which …" / ", an official said," : a stretch to the next comma that is a clause of its own. */
    private static boolean opensParenthetical(List<Token> t, int i) {
        if (i == 0 || !isComma(t.get(i - 1))) {
            return false;
        }
        String w = lower(t.get(i));
        if (RELATIVES.contains(w)) {
            return true;
        }
        // ", an official said," ", the Japanese government said," : a short speech aside closed by a comma.
        for (int j = i; j < Math.min(t.size() - 1, i + 6) && !isComma(t.get(j)); j++) {
            String v = lower(t.get(j));
            if ((v.equals("said") || v.equals("says")) && isComma(t.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsClause(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = lower(tok);
        if (w.equals(";")) {
            return true;
        }
        if (SUBORDINATORS.contains(w) && !fixedPhrase(t, i) && verbWithin(t, i + 1, 10)) {
            return true;
        }
        boolean againAnEvent = i + 2 < t.size() && AGAIN.contains(lower(t.get(i + 1))) && !DATE_WORDS.contains(lower(t.get(i + 2)));
        if (COORDINATORS.contains(w) && i + 1 < t.size() && (t.get(i + 1).isVerb() || w.equals("but") || againAnEvent)) {
            return true;
        }
        boolean afterBreak = i > 0 && (isComma(t.get(i - 1)) || isDash(t.get(i - 1)));
        boolean participle = tok.pos().equals("VERB") && (w.endsWith("ing")
                || (w.endsWith("ed") || w.equals("set")) && i + 1 < t.size() && lower(t.get(i + 1)).equals("to")); // ", set to take effect"
        return afterBreak && participle;
    }

    /** "as high as", "such as", "as well as", "as soon as": not a clause of their own. */
    private static boolean fixedPhrase(List<Token> t, int i) {
        if (!lower(t.get(i)).equals("as")) {
            return false;
        }
        String before = i > 0 ? lower(t.get(i - 1)) : "";
        String after = i + 1 < t.size() ? t.get(i + 1).pos() : "";
        boolean closesComparison = i > 1 && lower(t.get(i - 2)).equals("as"); // the second "as" of "as high as"
        return closesComparison || before.equals("such") || before.equals("well") || before.equals("soon") || after.equals("ADJ") || after.equals("ADV")
                || (i + 2 < t.size() && lower(t.get(i + 2)).equals("as"));
    }

    private static boolean verbWithin(List<Token> t, int from, int n) {
        for (int j = from; j < Math.min(t.size(), from + n); j++) {
            if (t.get(j).text().equals(";")) {
                return false;
            }
            if (t.get(j).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComma(Token t) {
        return t.text().equals(",");
    }

    private static boolean isDash(Token t) {
        return t.text().equals("\u2014") || t.text().equals("--") || t.text().equals("\u2013");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(java.util.Locale.ROOT);
    }
}
