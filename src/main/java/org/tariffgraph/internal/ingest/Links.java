package org.tariffgraph.internal.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.EventKind;

/**
 * Rules that tie a sentence's event to one read before: "the calls came one day after the two sat
 * down together" dates that meeting from the calls; a later sentence giving two lengths, one per call
 * ("some 10 minutes at breakfast time, some 25 at night"), gives the report's calls their lengths.
 */
final class Links {

    private static final Pattern ANCHOR = RuleFiles.pattern("\\b(a|one|two|three) (days?|weeks?) (after|before|later|earlier)\\b");
    private static final Pattern REFERENCE = RuleFiles.pattern("\\b(trip|visit|calls?|meeting|talks|round|summit)\\b");
    private static final Pattern SPOKE = RuleFiles.pattern("\\b(spoke|talked|speaking|talking) (to|with)\\b");
    private static final Pattern TIME_OF_DAY = RuleFiles.pattern("^\\s*(?:in the|on \\w+) (morning|afternoon|evening|night)");
    private static final List<String> NUMBERS = List.of("a", "one", "two", "three");

    private Links() {}

    /** An event of this sentence placed "a day after" an earlier dated event takes its date from it. */
    static void anchors(Reading r, int firstNew) {
        Matcher m = ANCHOR.matcher(r.sentence.text());
        if (!m.find() || firstNew >= r.events.size()) {
            return;
        }
        int at = r.sentence.start() + m.start();
        Extraction.Event reference = reference(r, firstNew, r.sentence.text().substring(0, m.start()));
        if (reference == null) {
            return;
        }
        int n = Math.max(1, NUMBERS.indexOf(m.group(1).toLowerCase(Locale.ROOT)));
        int days = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
        boolean after = m.group(3).equalsIgnoreCase("after") || m.group(3).equalsIgnoreCase("later");
        for (int i = firstNew; i < r.events.size(); i++) {
            var e = r.events.get(i);
            if (!e.date().known() && e.evidence().start() <= at + 200) {
                var base = reference.date();
                var d = new Dated(after ? base.date().minusDays(days) : base.date().plusDays(days), base.precision(), DateBasis.RESOLVED,
                        m.group(), null, base.yearAssumed());
                r.events.set(i, e.withDate(d));
                return;
            }
        }
    }

    private static final Pattern THEN = RuleFiles.pattern("\\b(then|afterwards|later that day|the same day)\\b");

    /** "Akazawa then held talks with …": an undated event of this sentence is on the day of the event before it. */
    static void sameDay(Reading r, int firstNew) {
        if (!THEN.matcher(r.sentence.text()).find() || firstNew == 0) {
            return;
        }
        Dated before = null;
        for (int i = firstNew - 1; i >= 0 && before == null; i--) {
            if (r.events.get(i).date().known() && r.events.get(i).date().precision() == org.tariffgraph.model.Vocabulary.DatePrecision.DAY) {
                before = r.events.get(i).date();
            }
        }
        for (int i = firstNew; i < r.events.size() && before != null; i++) {
            var e = r.events.get(i);
            if (!e.date().known() && e.kind() != EventKind.STATEMENT) {
                r.events.set(i, e.withDate(new Dated(before.date(), before.precision(), DateBasis.RESOLVED,
                        "then (the day of the event before)", before.weekday(), before.yearAssumed())));
            }
        }
    }

    /** The dated event "the trip came a week after …" counts from: the last of the kind named before the words, else the last dated one. */
    private static Extraction.Event reference(Reading r, int firstNew, String before) {
        Matcher named = REFERENCE.matcher(before);
        EventKind kind = null;
        while (named.find()) {
            String w = named.group(1).toLowerCase(Locale.ROOT);
            kind = w.startsWith("call") ? EventKind.PHONE_CALL : w.equals("trip") || w.equals("visit") ? EventKind.TRIP
                    : w.equals("round") ? EventKind.NEGOTIATION_ROUND : w.equals("summit") ? EventKind.SUMMIT : EventKind.MEETING;
        }
        for (int i = firstNew - 1; i >= 0; i--) {
            var e = r.events.get(i);
            if (e.date().known() && (kind == null || e.kind() == kind)) {
                return e;
            }
        }
        return null;
    }

    /** "talked with X for some 10 minutes in the morning and some 25 at night": lengths for the report's calls. */
    static void callDetails(Reading r) {
        String s = r.sentence.text();
        if (!SPOKE.matcher(s).find() && !EventRules.TWICE.matcher(s).find()) {
            return;
        }
        var durations = Durations.find(s);
        var calls = new java.util.ArrayList<Integer>();
        for (int i = 0; i < r.events.size(); i++) {
            var e = r.events.get(i);
            boolean here = e.evidence().start() == r.sentence.start(); // "twice on Saturday, for 15 minutes … and 20 minutes …"
            if (e.kind() == EventKind.PHONE_CALL && (here || e.minutes() == null && e.evidence().end() <= r.sentence.start())) {
                calls.add(i);
            }
        }
        if (durations.isEmpty() || calls.size() < durations.size()) {
            return;
        }
        for (int k = 0; k < durations.size(); k++) {
            var d = durations.get(k);
            Matcher time = TIME_OF_DAY.matcher(s.substring(d.end()));
            int index = calls.get(calls.size() - durations.size() + k);
            r.events.set(index, r.events.get(index).withDuration(d.minutes(), d.approximate(), time.find() ? time.group(1) : null));
        }
    }
}
