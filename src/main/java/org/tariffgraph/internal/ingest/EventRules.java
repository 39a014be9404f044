package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Clauses.Clause;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * Proposes calls, meetings, rounds, trips and summits, one clause at a time: a trigger from
 * {@code ingest/events.txt}, the people of the same clause, its date, duration, place and round,
 * and a status from {@code ingest/modality.txt}. A call or meeting needs two sides (the event coders'
 * "dyad"); an event whose only sides are pronouns takes them from the sentence before.
 */
final class EventRules {

    private record Trigger(String rule, EventKind kind, Pattern pattern) {}

    private record Modality(String rule, EventStatus status, boolean anywhere, Pattern pattern) {}

    private record Hit(Trigger trigger, int start, int end) {}

    private static final List<Trigger> TRIGGERS = RuleFiles.rows("events.txt", 3).stream()
            .map(r -> new Trigger(r.get(0), EventKind.valueOf(r.get(1).toUpperCase(Locale.ROOT).replace('-', '_')), RuleFiles.pattern(r.get(2))))
            .toList();
    private static final List<Modality> MODALITIES = RuleFiles.rows("modality.txt", 4).stream()
            .map(r -> new Modality(r.get(0), EventStatus.valueOf(r.get(1).toUpperCase(Locale.ROOT)), r.get(2).equals("any"), RuleFiles.pattern(r.get(3))))
            .toList();
    private static final Places PLACES = new Places();
    private static final Pattern ORDINAL = RuleFiles.pattern("\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\\d+)(?:st|nd|rd|th))\\s+round");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Pattern PRONOUN_SUBJECT = RuleFiles.pattern("\\b(they|the two|both sides|the pair|the two men)\\b");
    private static final Pattern SHARED_SUBJECT = RuleFiles.pattern("^\\s*(and|but|then)\\b|^\\s*(?:(?:after|before|while|when|since)\\s+)?\\w+ing\\b");
    private static final Pattern PARTICIPLE = RuleFiles.pattern("^\\s*(?:(?:after|before|while|when)\\s+)?\\w+ing\\b");
    private static final Pattern HE_OR_SHE = RuleFiles.pattern("\\b(he|she|his|her)\\b");
    /** "spoke by phone twice": two events of one description. */
    static final Pattern TWICE = RuleFiles.pattern("\\btwice\\b");
    private static final Pattern ATTRIBUTION = RuleFiles.pattern("\\baccording to\\b");

    private EventRules() {}

    static void read(Reading r, Clause c) {
        for (Hit hit : triggers(c)) {
            var participants = participants(r, c, hit);
            boolean tripWithoutPlace = hit.trigger().kind() == EventKind.TRIP && PLACES.in(c.text(), true) == null;
            if (!enoughSides(hit.trigger().kind(), participants) || tripWithoutPlace) {
                continue;
            }
            Status status = status(c, hit);
            var tense = status.status() == EventStatus.HELD ? DatePhrases.Tense.PAST : DatePhrases.Tense.FUTURE;
            var dates = Dates.near(r, c, tense, c.start() + hit.start(), c.start() + hit.end());
            if (dates.isEmpty() && PARTICIPLE.matcher(c.text()).find()) {
                // ", sitting down with …", "hours after holding talks with …": the time of the clause it hangs on
                dates = Dates.in(r, r.clauses.get(0), tense);
            }
            int copies = TWICE.matcher(c.text()).find() && dates.size() <= 1 ? 2 : 1;
            for (Dated d : dates.isEmpty() ? List.of(Dated.unknown("", null)) : dates) {
                for (int i = 0; i < copies; i++) {
                    r.events.add(event(r, c, hit, participants, status, d));
                }
            }
        }
    }

    private static Extraction.Event event(Reading r, Clause c, Hit hit, List<String> participants, Status status, Dated date) {
        var duration = Durations.find(c.text()).stream().findFirst();
        var place = PLACES.in(c.text(), hit.trigger().kind() == EventKind.TRIP);
        String rule = hit.trigger().rule() + (status.rule() == null ? "" : "+" + status.rule());
        return new Extraction.Event(hit.trigger().kind(), participants, List.of(), date,
                duration.map(Durations.Found::minutes).orElse(null), duration.map(Durations.Found::approximate).orElse(false),
                null, place == null ? null : place.name(), place == null ? null : place.country(), round(c, hit),
                status.status(), List.of(), null, null, r.evidence(rule, c.start() + hit.start(), c.start() + hit.end()), List.of());
    }

    /** The triggers of a clause, the first (longest) rule winning where two overlap; one per kind. */
    private static List<Hit> triggers(Clause c) {
        var hits = new ArrayList<Hit>();
        for (Trigger t : TRIGGERS) {
            Matcher m = t.pattern().matcher(c.text());
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                boolean overlaps = hits.stream().anyMatch(h -> s < h.end() && h.start() < e);
                boolean sameKind = hits.stream().anyMatch(h -> h.trigger().kind() == t.kind());
                if (!overlaps && !sameKind) {
                    hits.add(new Hit(t, s, e));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean enoughSides(EventKind kind, List<String> participants) {
        return switch (kind) {
            case PHONE_CALL, MEETING -> participants.size() >= 2;
            default -> !participants.isEmpty();
        };
    }

    /**
     * The people of the clause (a title standing for its holder counts; a name after "according to"
     * is a source, not a side). A trip has one traveller: the first person named. A pronoun subject
     * ("they held a meeting") stands for the sides of the report's last event.
     */
    private static List<String> participants(Reading r, Clause c, Hit hit) {
        boolean trip = hit.trigger().kind() == EventKind.TRIP;
        int until = trip ? c.start() + hit.start() : attributionStart(c);
        var ids = people(r, r.namesIn(c), until);
        for (Mention m : r.namesIn(c)) {
            if (m.start() > c.start() + hit.end() && reporter(r, m)) {
                ids.remove(Actors.person(r, m)); // "…, Hayashi told a news conference": who tells of it, not a side
            }
        }
        antecedent(r, c, ids);
        if (ids.isEmpty() || ids.size() == 1 && needsTwo(hit)) {
            addImplicitSides(r, c, hit, ids);
        }
        // A numbered round ("the fifth round …") is one event: the sentence's people are its sides.
        if (ids.isEmpty() && hit.trigger().kind() == EventKind.NEGOTIATION_ROUND && ORDINAL.matcher(c.text()).find()) {
            ids.addAll(people(r, r.sentenceNames, attributionStart(c)));
            if (ids.isEmpty()) {
                r.namesIn(c).stream().filter(m -> m.entity().label().equals("Government") && !partOfTitle(r, m))
                        .forEach(m -> ids.add(m.entity().id()));
            }
        }
        if (trip && ids.size() > 1) {
            return List.of(new java.util.ArrayList<>(ids).get(ids.size() - 1)); // the traveller is the subject nearest the verb
        }
        return List.copyOf(ids);
    }

    /** The people among {@code names} before report offset {@code until}, leaving out owners ("Trump's tariffs"). */
    private static LinkedHashSet<String> people(Reading r, List<Mention> names, int until) {
        var ids = new LinkedHashSet<String>();
        for (Mention m : names) {
            String id = m.start() < until ? Actors.person(r, m) : null;
            if (id != null && !possessive(r, m)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** "…, Hayashi told a news conference": the one who tells of the event, not a side of it. */
    private static boolean reporter(Reading r, Mention m) {
        String after = r.text().substring(m.end(), Math.min(r.sentence.end(), m.end() + 25));
        return StatementRules.SPEECH.matcher(after).lookingAt() || StatementRules.SPEECH.matcher(after.stripLeading()).lookingAt();
    }

    private static boolean possessive(Reading r, Mention m) {
        String after = r.text().substring(m.end(), Math.min(r.text().length(), m.end() + 2));
        return after.startsWith("'s") || after.startsWith("\u2019s");
    }

    /** "U.S." in "U.S. President Donald Trump" is part of a title, not a side. */
    private static boolean partOfTitle(Reading r, Mention m) {
        return r.sentenceNames.stream().anyMatch(o -> o != m && o.start() > m.start() && o.start() <= m.end() + 1);
    }

    /** A relative clause ("…, who briefed Prime Minister Ishiba …") acts for the person just before it. */
    private static void antecedent(Reading r, Clause c, LinkedHashSet<String> ids) {
        String id = Actors.antecedent(r, c, false);
        if (id != null) {
            var rest = new java.util.ArrayList<>(ids);
            ids.clear();
            ids.add(id);
            ids.addAll(rest);
        }
    }

    private static boolean needsTwo(Hit hit) {
        return hit.trigger().kind() == EventKind.PHONE_CALL || hit.trigger().kind() == EventKind.MEETING;
    }

    private static void addImplicitSides(Reading r, Clause c, Hit hit, LinkedHashSet<String> ids) {
        String before = c.text().substring(0, hit.start());
        if (SHARED_SUBJECT.matcher(c.text()).find()) {
            String subject = sharedSubject(r, c);
            if (subject != null) {
                ids.add(subject);
            }
            return;
        }
        var last = r.events.stream().filter(e -> e.kind() != EventKind.STATEMENT && e.kind() != EventKind.TARIFF_ACTION)
                .reduce((a, b) -> b);
        if (PRONOUN_SUBJECT.matcher(before).find() && last.isPresent()) {
            ids.addAll(last.get().participants());
        } else if (HE_OR_SHE.matcher(before).find()) {
            // "he": the last person named before this clause in the sentence, else in the sentences before
            String nearest = null;
            for (var id : people(r, r.sentenceNames, c.begin())) {
                nearest = id;
            }
            if (nearest != null || r.lastPerson != null) {
                ids.add(nearest != null ? nearest : r.lastPerson);
            }
        }
    }

    /**
     * The subject a clause without one shares ("Akazawa spoke to Lutnick … and will fly to Washington",
     * "…, sitting down with …"): the sentence's first person, or, after a verb of speech ("Hayashi said
     * Akazawa will return … and report to Ishiba"), the first person after it.
     */
    private static String sharedSubject(Reading r, Clause c) {
        String before = r.text().substring(r.sentence.start(), c.begin());
        Matcher speech = StatementRules.SPEECH.matcher(before);
        int from = r.sentence.start();
        while (speech.find()) {
            from = r.sentence.start() + speech.end();
        }
        for (var m : r.sentenceNames) {
            String id = m.start() >= from && m.start() < c.begin() ? Actors.person(r, m) : null;
            if (id != null && !possessive(r, m)) {
                return id;
            }
        }
        return from == r.sentence.start() ? null : people(r, r.sentenceNames, c.begin()).stream().findFirst().orElse(null);
    }

    private static int attributionStart(Clause c) {
        Matcher m = ATTRIBUTION.matcher(c.text());
        return m.find() ? c.start() + m.start() : Integer.MAX_VALUE;
    }

    record Status(EventStatus status, String rule) {}

    private static Status status(Clause c, Hit hit) {
        return statusBefore(c, c.start() + hit.start());
    }

    /** The first modality rule that matches: "before" rules only in the words before report offset {@code at}. */
    static Status statusBefore(Clause c, int at) {
        String before = c.text().substring(0, at - c.start());
        for (Modality m : MODALITIES) {
            if (m.pattern().matcher(m.anywhere() ? c.text() : before).find()) {
                return new Status(m.status(), m.rule());
            }
        }
        return new Status(EventStatus.HELD, null);
    }

    private static Integer round(Clause c, Hit hit) {
        if (hit.trigger().kind() != EventKind.NEGOTIATION_ROUND) {
            return null;
        }
        Matcher m = ORDINAL.matcher(c.text());
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? Integer.valueOf(m.group(2)) : ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    }
}
