package org.tariffgraph.ask;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fourth stage: the numbers a question gives: a round ("round 5", "the fifth round"), a rate ("25%"), a length ("40-minute"). */
final class NumberStage {

    static final Map<String, Long> ORDINALS = Map.ofEntries(
            Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("fourth", 4L),
            Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L), Map.entry("eighth", 8L),
            Map.entry("ninth", 9L), Map.entry("tenth", 10L), Map.entry("eleventh", 11L), Map.entry("twelfth", 12L),
            Map.entry("1st", 1L), Map.entry("2nd", 2L), Map.entry("3rd", 3L), Map.entry("4th", 4L), Map.entry("5th", 5L),
            Map.entry("6th", 6L), Map.entry("7th", 7L), Map.entry("8th", 8L), Map.entry("9th", 9L), Map.entry("10th", 10L));
    private static final Map<String, Long> NUMBERS = Map.of("one", 1L, "two", 2L, "three", 3L, "four", 4L, "five", 5L,
            "six", 6L, "seven", 7L, "eight", 8L, "nine", 9L, "ten", 10L);

    private static final Pattern ROUND_NUMBER = Pattern.compile("\\bround\\s*(?:no\\.?|number|#)?\\s*(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Pattern RATE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per cent|pct)");
    private static final Pattern MINUTES = Pattern.compile("\\b(\\d{1,3})[- ]?(?:minute|min)s?\\b");
    /** "An hour-long meeting", "the one-hour meeting": sixty minutes, as the graph records "about an hour". */
    private static final Pattern AN_HOUR = Pattern.compile("\\b(an|one|1)[- ]hour\\b|\\bhour[- ]long\\b");

    /** "Which round came right after the fifth one?", "the round before round 7": a round named by its neighbour. */
    private static final Pattern NEIGHBOUR = Pattern.compile("\\b(?:which|what) (?:negotiation )?round\\b.*\\b(after|following|before|preceding)\\s+"
            + "(?:the\\s+)?(?:round\\s+)?(\\w+)(?:\\s+(?:one|round))?\\s*$");

    private NumberStage() {}

    static void read(Parse p) {
        // a landmark's words are kept as its tokens ("50 minute call"), so hyphens are read as spaces to find them
        String asked = p.lower.replace('-', ' ');
        for (String landmark : p.landmarks) {
            asked = asked.replace(landmark, " ");
        }
        p.round = round(asked);
        Matcher n = NEIGHBOUR.matcher(p.lower);
        if (n.find()) {
            Long next = ORDINALS.containsKey(n.group(2)) ? ORDINALS.get(n.group(2)) : NUMBERS.get(n.group(2));
            if (next == null && n.group(2).matches("\\d{1,2}")) {
                next = Long.valueOf(n.group(2));
            }
            if (next != null) {
                p.round = n.group(1).startsWith("after") || n.group(1).startsWith("follow") ? next + 1 : next - 1;
                p.from = null; // the neighbour is no landmark of a period
                p.to = null;
                p.dateNotes.add("'" + n.group().strip() + "' → round " + p.round);
            }
        }
        Matcher rm = RATE.matcher(p.lower);
        while (rm.find()) {
            p.rates.add(Double.valueOf(rm.group(1)));
        }
        p.rate = p.rates.isEmpty() ? null : p.rates.get(0);
        Matcher mm = MINUTES.matcher(asked);
        if (mm.find()) {
            p.minutes = Long.valueOf(mm.group(1));
        } else if (AN_HOUR.matcher(asked).find()) {
            p.minutes = 60L;
        }
        p.lengths.addAll(lengths(asked));
    }

    /** Every length the question names, in the order written: "the 45-minute call … the one-hour meeting" is 45, 60. */
    static List<Long> lengths(String asked) {
        var found = new java.util.TreeMap<Integer, Long>();
        Matcher mm = MINUTES.matcher(asked);
        while (mm.find()) {
            found.put(mm.start(), Long.valueOf(mm.group(1)));
        }
        Matcher hour = AN_HOUR.matcher(asked);
        while (hour.find()) {
            found.put(hour.start(), 60L);
        }
        return List.copyOf(found.values());
    }

    private static Long round(String lower) {
        Matcher m = ROUND_NUMBER.matcher(lower);
        if (m.find()) {
            String n = m.group(1);
            return NUMBERS.containsKey(n) ? NUMBERS.get(n) : Long.valueOf(n);
        }
        var words = lower.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (ORDINALS.containsKey(words[i])) {
                for (int k = i + 1; k < Math.min(words.length, i + 4); k++) {
                    if (words[k].startsWith("round")) {
                        return ORDINALS.get(words[i]);
                    }
                }
            }
        }
        return null;
    }
}
