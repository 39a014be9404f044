package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.internal.ingest.Clauses.Clause;
import org.tariffgraph.internal.ingest.Gazetteer.Mention;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * Proposes statements: a sentence with a verb of {@code ingest/speech.txt} and a speaker. A quote
 * makes it a statement whoever speaks (an unnamed official is kept as the attribution); without a
 * quote the speaker must be named and the verb must report content ("stated that", "according to").
 * The next sentence by the same speaker, with no date of its own, continues the same statement.
 */
final class StatementRules {

    /** The verbs of speech.txt: read here, and by the events' rules to tell a side from one who only tells of it. */
    static final Pattern SPEECH = RuleFiles.words("speech.txt");
    private static final Pattern QUOTE = Pattern.compile("[\u201C\"]([^\u201D\"]{2,}?)[\u201D\"]");
    private static final Pattern CONTENT = RuleFiles.pattern("\\b(that|according to|confirmed|reiterated|reaffirmed|vowed|emphasi[sz]ed|stressed)\\b");
    private static final Pattern REFUSAL = RuleFiles.pattern("\\b(declined|refused) to (comment|say|elaborate)\\b");
    private static final Pattern PRONOUN = RuleFiles.pattern("^\\W*(he|she)\\b|\\b(he|she) (said|says|told|added|noted)\\b");
    private static final Pattern AUDIENCE = RuleFiles.pattern("\\btold (reporters|journalists|lawmakers|parliament|a news conference|the press)\\b");
    private static final Pattern ANONYMOUS = RuleFiles.pattern("\\b((?:an?|the|one) (?:[\\w-]+ ){0,3}(?:official|officials|source|sources|aide|spokesperson|spokesman|spokeswoman)(?: [\\w-]+){0,4}) (said|says|told)\\b");

    private StatementRules() {}

    static void read(Reading r, List<Clause> clauses) {
        if (r.sentence.label() != null) {
            transcript(r, clauses);
            return;
        }
        String sentence = r.sentence.text();
        if (REFUSAL.matcher(sentence).find()) {
            return;
        }
        List<String> quotes = quotes(sentence);
        for (Clause c : clauses) {
            String outside = QUOTE.matcher(c.text()).replaceAll(m -> " ".repeat(m.group().length()));
            Matcher verb = SPEECH.matcher(outside);
            if (!verb.find()) {
                continue;
            }
            String speaker = speaker(r, c, verb.start() + c.start());
            if (speaker == null && quotes.isEmpty() || speaker != null && quotes.isEmpty() && !CONTENT.matcher(outside).find()) {
                continue;
            }
            String attribution = speaker == null ? anonymous(sentence) : null;
            if (speaker == null && attribution == null) {
                continue;
            }
            add(r, c, speaker, quotes, attribution, c.start() + verb.start(), c.start() + verb.end());
            return;
        }
    }

    /** A transcript's paragraph under a speaker's label: the speaker's own words, one statement per paragraph. */
    private static void transcript(Reading r, List<Clause> clauses) {
        String label = r.sentence.label().replaceAll("\\(.*?\\)", "").strip();
        var words = new StringBuilder();
        for (String w : label.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            words.append(words.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        String speaker = null;
        for (Mention m : r.names.find(words.toString(), 0, words.length())) {
            if (m.entity().label().equals("Person")) {
                speaker = m.entity().id();
            }
        }
        if (speaker == null || clauses.isEmpty()) {
            return; // an anchor or a reporter: not a side of the talks
        }
        String said = r.sentence.text().strip().replaceAll("[.!?]+$", "");
        add(r, clauses.get(0), speaker, List.of(said), null, r.sentence.start(), r.sentence.end());
    }

    private static void add(Reading r, Clause c, String speaker, List<String> quotes, String attribution, int verbStart, int verbEnd) {
        var dates = Dates.near(r, c, DatePhrases.Tense.PAST, verbStart, verbEnd);
        if (dates.isEmpty() && r.sentence.text().matches("(?s)^(Speaking|Talking|Addressing|Writing)\\b.*")) {
            dates = Dates.in(r, r.clauses.get(0), DatePhrases.Tense.PAST); // "Speaking in Washington on Friday, X said …"
        }
        Dated date = dates.isEmpty() ? Dated.unknown("", null) : dates.get(0);
        var audience = AUDIENCE.matcher(r.sentence.text());
        var evidence = r.evidence("statement" + (quotes.isEmpty() ? "-reported" : "-quoted"), verbStart, verbEnd);
        var speakers = speaker == null ? List.<String>of() : List.of(speaker);
        var event = new Extraction.Event(EventKind.STATEMENT, speakers, speakers, date, null, false,
                null, null, null, null, EventStatus.HELD, quotes, attribution, audience.find() ? audience.group(1) : null, evidence, List.of());
        if (continues(r, event)) {
            return;
        }
        r.events.add(event);
    }

    /** The same speaker's next sentence, undated: one statement, its passage and quotes extended. */
    private static boolean continues(Reading r, Extraction.Event next) {
        int at = lastStatement(r);
        if (at < 0 || next.speakers().isEmpty()) {
            return false;
        }
        var last = r.events.get(at);
        boolean adjacent = r.text().substring(last.evidence().end(), next.evidence().start()).isBlank();
        boolean datesAgree = !last.date().known() || !next.date().known() || last.date().equals(next.date());
        if (!last.speakers().equals(next.speakers()) || !adjacent || !datesAgree) {
            return false;
        }
        var quotes = new ArrayList<>(last.quotes());
        quotes.addAll(next.quotes());
        var evidence = new Extraction.Evidence(last.evidence().start(), next.evidence().end(), last.evidence().rule(),
                last.evidence().markStart(), last.evidence().markEnd());
        r.events.set(at, new Extraction.Event(last.kind(), last.participants(), last.speakers(), last.date().known() ? last.date() : next.date(),
                null, false, null, null, null, null, last.status(), quotes, last.attribution(), last.audience(), evidence, List.of()));
        return true;
    }

    private static int lastStatement(Reading r) {
        for (int i = r.events.size() - 1; i >= 0; i--) {
            if (r.events.get(i).kind() == EventKind.STATEMENT) {
                return i;
            }
        }
        return -1;
    }

    /** Who speaks: a name before the verb in its clause, else after it ("said Akazawa", "according to …"), else "he". */
    private static String speaker(Reading r, Clause c, int verbAt) {
        if (c.text().strip().startsWith("who ")) {
            return relativeOrPronoun(r, c);
        }
        String before = null;
        String after = null;
        Matcher unnamed = ANONYMOUS.matcher(r.text()).region(c.start(), c.end());
        int[] aside = unnamed.find() ? new int[] {unnamed.start(), unnamed.end()} : new int[] {-1, -1};
        for (Mention m : r.namesIn(c)) {
            String id = Actors.actor(r, m);
            if (id == null || m.start() >= aside[0] && m.end() <= aside[1]) {
                continue; // "a senior Japanese official said": the adjective names no speaker
            }
            if (m.start() < verbAt && (before == null || !id.startsWith("gov-") || before.startsWith("gov-"))) {
                before = id;
            } else if (m.start() > verbAt && after == null && m.start() - verbAt < 60) {
                after = id;
            }
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        return relativeOrPronoun(r, c);
    }

    private static String relativeOrPronoun(Reading r, Clause c) {
        String text = c.text().strip();
        if (text.startsWith("who ")) {
            return Actors.antecedent(r, c, true);
        }
        return PRONOUN.matcher(text).find() ? r.lastPerson : null;
    }

    private static String anonymous(String sentence) {
        Matcher m = ANONYMOUS.matcher(sentence);
        return m.find() ? m.group() : null;
    }

    static List<String> quotes(String sentence) {
        var out = new ArrayList<String>();
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            String q = m.group(1).strip().replaceAll("[,.]+$", "");
            if (!q.isEmpty()) {
                out.add(q);
            }
        }
        return out;
    }
}
