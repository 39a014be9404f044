package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds how long things lasted in a report: "a 45-minute call", "for about an hour", "1 hour and 50
 * minutes", "an hour and a half". Only hours and minutes: "90 days" and "two weeks" are terms of a
 * deal, not the length of a meeting. Number words and the hedges that make a length approximate
 * ("about", "nearly") are data, in {@code ingest/number-words.txt} and {@code ingest/duration-hedges.txt}.
 */
public final class Durations {

    /** A duration phrase: [start,end) char offsets in the text given, its length, and whether the words hedge it. */
    public record Found(int start, int end, int minutes, boolean approximate) {}

    /** One named rule: a pattern and its length in minutes (or -1: not a duration after all). */
    private record Rule(String name, Pattern pattern, ToIntFunction<Matcher> minutes) {}

    private static final Map<String, Integer> NUMBERS = RuleFiles.rows("number-words.txt").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0).toLowerCase(Locale.ROOT), r -> Integer.parseInt(r.get(1))));

    private static final String HEDGE = "(?:\\bfor\\s+)?(?:\\b(?<hedge>" + alternation(RuleFiles.rows("duration-hedges.txt")
            .stream().map(r -> r.get(0)).toList()) + ")\\s+)?";
    private static final String WORD = "(?:" + alternation(NUMBERS.keySet()) + ")";
    private static final String HOURS = "[\\s-]*(?:hours?|hrs?)\\b";
    private static final String MINUTES = "[\\s-]*(?:minutes?|mins?)\\b";
    private static final String AND_A_HALF = "[\\s-]+and[\\s-]+a[\\s-]+half";
    /** "or so" hedges too; "ten minutes' walk" and "a 10-minute drive" are distances, not how long something lasted. */
    private static final String AFTER = "(?<orso>\\s+or\\s+so\\b)?(?!['’]?\\s+(?:walk|drive)\\b)";

    private static final List<Rule> RULES = List.of(
            rule("half-hour", "\\b(?:half\\s+an\\s+hour|(?:a\\s+)?half[\\s-]hour)\\b", m -> 30),
            rule("n-and-a-half-hours", amount("h") + AND_A_HALF + HOURS, m -> hours(m, "h") + 30),
            rule("hours-and-a-half", amount("h") + HOURS + AND_A_HALF + "\\b", m -> hours(m, "h") + 30),
            rule("hours-and-minutes", amount("h") + HOURS + "(?:\\s+and\\s+|\\s+)" + amount("m") + MINUTES,
                    m -> plus(hours(m, "h"), whole(m, "m"))),
            rule("hours", amount("h") + HOURS, m -> hours(m, "h")),
            rule("minutes", amount("m") + MINUTES, m -> whole(m, "m")));

    private Durations() {}

    /** Every duration phrase in {@code text}, in order, not overlapping; none for null or empty text. */
    public static List<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var taken = new boolean[text.length()];
        var found = new ArrayList<Found>();
        for (Rule rule : RULES) {
            scan(rule, text, taken, found);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return List.copyOf(found);
    }

    /** Applies one rule wherever it matches words no earlier rule took; a rejected match is retried one character on. */
    private static void scan(Rule rule, String text, boolean[] taken, List<Found> out) {
        Matcher m = rule.pattern().matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int minutes = RuleFiles.free(taken, m.start(), m.end()) ? rule.minutes().applyAsInt(m) : -1;
            if (minutes <= 0) {
                from = m.start() + 1;
                continue;
            }
            boolean approximate = m.group("hedge") != null || m.group("orso") != null;
            out.add(new Found(m.start(), m.end(), minutes, approximate));
            Arrays.fill(taken, m.start(), m.end(), true);
            from = m.end();
        }
    }


    /** A count in digits ("1.5"), in words ("forty-five") or "a"/"an", as the named group. */
    private static String amount(String group) {
        return "(?<![\\w.,])(?<" + group + ">\\d+(?:\\.\\d+)?|" + WORD + "(?:[\\s-]" + WORD + ")?|an?)";
    }

    private static int hours(Matcher m, String group) {
        double n = number(m.group(group));
        return n < 0 ? -1 : (int) Math.round(n * 60);
    }

    private static int whole(Matcher m, String group) {
        double n = number(m.group(group));
        return n < 0 ? -1 : (int) Math.round(n);
    }

    private static int plus(int hours, int minutes) {
        return hours < 0 || minutes < 0 ? -1 : hours + minutes;
    }

    /** The value of a count, or -1 for words that are no number ("twenty twelve", "five-six"). */
    private static double number(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (Character.isDigit(w.charAt(0))) {
            return Double.parseDouble(w);
        }
        String[] parts = w.split("[\\s-]+");
        if (parts.length == 1) {
            return NUMBERS.get(parts[0]);
        }
        int tens = NUMBERS.get(parts[0]);
        int units = NUMBERS.get(parts[1]);
        return tens >= 20 && tens % 10 == 0 && units < 10 ? tens + units : -1;
    }

    /** A regex alternation of phrases, longest first so that the longest wins, any spacing between words. */
    private static String alternation(java.util.Collection<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Arrays.stream(p.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
    }

    private static Rule rule(String name, String body, ToIntFunction<Matcher> minutes) {
        return new Rule(name, Pattern.compile(HEDGE + body + AFTER, Pattern.CASE_INSENSITIVE), minutes);
    }
}
