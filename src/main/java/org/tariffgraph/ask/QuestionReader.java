package org.tariffgraph.ask;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.ask.DateFinder.Range;
import org.tariffgraph.ask.Lexicon.Mention;
import org.tariffgraph.ask.Tokens.Token;
import org.tariffgraph.model.Entity;

/**
 * Reads a question with fixed rules. Names come from the graph (through the {@link Lexicon}), dates
 * from the {@link DateFinder}, events used as landmarks ("before the G7 summit") from an anchor
 * look-up in the graph, and the intent from cue words in what is left once names and dates are taken
 * out. The same question always gets the same reading.
 */
final class QuestionReader {


    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("call", "PhoneCall"), Map.entry("phone", "PhoneCall"), Map.entry("telephone", "PhoneCall"),
            Map.entry("rang", "PhoneCall"), Map.entry("ring", "PhoneCall"), Map.entry("dial", "PhoneCall"),
            Map.entry("meet", "Meeting"), Map.entry("met", "Meeting"), Map.entry("sat down", "Meeting"),
            Map.entry("sit down", "Meeting"), Map.entry("in person", "Meeting"), Map.entry("face to face", "Meeting"),
            Map.entry("briefed", "Meeting"), Map.entry("brief", "Meeting"), Map.entry("summit", "Summit"),
            Map.entry("trip", "Trip"), Map.entry("travel", "Trip"), Map.entry("visit", "Trip"), Map.entry("flew", "Trip"),
            Map.entry("fly", "Trip"), Map.entry("arriv", "Trip"), Map.entry("journey", "Trip"),
            Map.entry("statement", "Statement"), Map.entry("said", "Statement"), Map.entry("say", "Statement"),
            Map.entry("announce", "Statement"), Map.entry("remark", "Statement"), Map.entry("vow", "Statement"),
            Map.entry("told", "Statement"), Map.entry("comment", "Statement"), Map.entry("declare", "Statement"));

    private static final Map<String, Long> ORDINALS = Map.ofEntries(
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
    private static final Pattern WEEKDAY_THE_DAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: the)? (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ROLE = Pattern.compile("\\b([a-z]+) (minister|secretary|ambassador|chancellor|governor|envoy|representative|premier|king|emperor|senator|mayor|spokesperson|spokesman)\\b");

    /** How a topic's date travels to the answerer, in the reading's keywords. */
    static final String TOPIC_DATE_KEY = "topic date: ";

    /** Words before a date that make it the date of a tariff the question is about, not of the event it asks for. */
    static final Pattern TOPIC_DATE = Pattern.compile("\\b(due|effective|takes? effect|taking effect|to take effect|deadline|expires?|expiring|"
            + "kicks? in|kicking in|set to start|starting|imposed from|from)( on| from)?( the)?\\s*$");

    private static final Set<String> ANCHOR_WORDS = Set.of("before", "after", "since", "following", "until", "till", "ahead", "prior", "between", "from");
    private static final Set<String> EVENT_NOUNS = Set.of("summit", "round", "increase", "hike", "rise", "raise", "call", "calls",
            "meeting", "announcement", "talks", "pause", "suspension", "visit", "trip", "deadline", "statement", "remark",
            "remarks", "regime", "unveiling", "briefing", "g7");
    private static final Set<String> SIDE_NOUNS = Set.of("officials", "official", "side", "negotiators", "team", "people",
            "cabinet", "members", "figures", "counterparts", "delegation", "ministers", "leaders", "politicians", "players",
            "participants", "posts", "offices", "government", "camp");
    /** Qualifiers that never make a role unknown ("the minister", "Japan's minister"). */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("the", "a", "an", "which", "what", "who", "whose", "any", "this",
            "that", "japan", "japanese", "us", "american", "tokyo", "washington", "top", "chief", "economic", "prime", "cabinet",
            "commerce", "treasury", "revitalization", "his", "her", "their", "its", "same", "other", "another", "as", "of", "was", "is");

    /** Capitalised words that are grammar, not names. */
    private static final Set<String> PLAIN = Set.copyOf(List.of("who", "whom", "what", "when", "where", "which", "why", "how",
            "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "will", "should",
            "tell", "show", "list", "give", "name", "find", "i", "the", "a", "an", "in", "on", "of", "and", "or", "any", "please",
            "between", "since", "after", "before", "during", "according", "other", "than", "at", "me", "it", "this", "that",
            "g", "pm", "am", "mr", "mrs", "ms", "dr", "us", "ok", "okay"));

    /** The groups of ask/cues.txt. */
    static final List<String> CUE_GROUPS = List.of("tariff", "chip", "document", "timeline", "office", "talk", "actors", "source");

    /** Words never taken for a misspelt name: everyday words and every cue word ("actors" is not "autos"). */
    private static final Set<String> NOT_NAMES;

    static {
        var all = new HashSet<>(CommonWords.SET);
        for (String group : CUE_GROUPS) {
            Cues.group(group).stream().map(Cues.Cue::words).filter(c -> !c.contains(" ")).forEach(all::add);
        }
        all.addAll(KINDS.keySet());
        all.addAll(EVENT_NOUNS);
        all.addAll(SIDE_NOUNS);
        all.addAll(ORDINALS.keySet());
        NOT_NAMES = Set.copyOf(all);
    }

    private final Lexicon lexicon;
    private final DateFinder dates;
    private final int defaultYear;
    private final Function<List<String>, String> anchorDate;

    /**
     * @param anchorDate finds the date of an event named by some words ("g7", "summit"), or null
     */
    QuestionReader(Lexicon lexicon, int defaultYear, Function<List<String>, String> anchorDate) {
        this.lexicon = lexicon;
        this.dates = new DateFinder(defaultYear);
        this.defaultYear = defaultYear;
        this.anchorDate = anchorDate;
    }

    Reading read(String question) {
        String lower = " " + question.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("(?<!\\d)[.]|[.](?!\\d)", " ").replaceAll("[?!,;:\"()\\[\\]]", " ").replaceAll("\\s+", " ") + " ";
        var tokens = Tokens.of(question);
        var keywords = new ArrayList<String>();
        var dateTexts = new ArrayList<String>();
        var skip = new HashSet<Integer>();

        // 1. Dates: their words are not names.
        var found = dates.find(question);
        for (Token t : tokens) {
            if (found.usedWords().contains(t.word()) && (DateFinder.MONTHS.containsKey(t.word()) || t.word().matches("\\d+(st|nd|rd|th)?")
                    || DateFinder.WEEKDAYS.contains(t.word()) || t.word().matches("morning|evening|afternoon|night"))) {
                skip.add(t.index());
            }
        }
        var ranges = new ArrayList<>(found.ranges());
        // "the call about the tariff due on August 1": a date inside the topic names the tariff, not the call
        if (lower.matches(".*\\b(call|calls|meeting|meetings|talks|round|conversation|discussion)\\b.*")) {
            for (var r : List.copyOf(ranges)) {
                if (TOPIC_DATE.matcher(textBefore(lower, r.text())).find()) {
                    ranges.remove(r);
                    dateTexts.add("'" + r.text().strip() + "' → the date of the topic, not of the event: " + r.from());
                    keywords.add(TOPIC_DATE_KEY + r.from());
                }
            }
        }
        Matcher wd = WEEKDAY_THE_DAY.matcher(lower);
        if (ranges.isEmpty() && wd.find()) {
            String day = dayOfMonthOn(wd.group(1), Integer.parseInt(wd.group(2)));
            if (day != null) {
                ranges.add(new Range(day, day, wd.group()));
            }
        }
        String from = null;
        String to = null;
        if (!ranges.isEmpty()) {
            from = ranges.get(0).from();
            to = ranges.get(ranges.size() - 1).to();
            for (Range r : ranges) {
                dateTexts.add("'" + r.text().strip() + "' → " + (r.from().equals(r.to()) ? r.from() : r.from() + " … " + r.to()));
            }
            String before = textBefore(lower, ranges.get(0).text());
            if (before.matches(".*\\b(before|prior to|ahead of)( the)?\\s*$")) {
                to = dayBefore(ranges.get(0).from());
                from = null;
            } else if (before.matches(".*\\b(until|till|up to|by)( the)?\\s*$")) {
                to = ranges.get(0).to();
                from = null;
            } else if (before.matches(".*\\b(after|following)( the)?\\s*$") && ranges.size() == 1) {
                from = dayAfter(ranges.get(0).to());
                to = null;
            } else if (before.matches(".*\\b(since|from|starting from|starting)( the)?\\s*$") && ranges.size() == 1) {
                to = null;
            }
        }

        // 2. Events as landmarks: "before the G7 summit", "after the April increase", "between the G7 summit and August 1".
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!ANCHOR_WORDS.contains(w) || skip.contains(i)) {
                continue;
            }
            int j = i + 1;
            if (w.equals("ahead") || w.equals("prior")) {
                j++;
            }
            var phrase = new ArrayList<String>();
            var indices = new ArrayList<Integer>();
            while (j < tokens.size() && phrase.size() < 6 && !Set.of("and", "to", "until", "or").contains(tokens.get(j).word())
                    && !skip.contains(j)) {
                if (!Set.of("the", "a", "an", "of").contains(tokens.get(j).word())) {
                    phrase.add(tokens.get(j).word());
                }
                indices.add(j);
                j++;
            }
            if (phrase.stream().noneMatch(EVENT_NOUNS::contains)) {
                continue;
            }
            String date = anchorDate.apply(phrase);
            if (date == null) {
                continue;
            }
            skip.addAll(indices);
            dateTexts.add("'" + w + " " + String.join(" ", phrase) + "' → " + w + " " + date);
            switch (w) {
                case "before", "until", "till", "ahead", "prior" -> to = w.equals("until") || w.equals("till") ? date : dayBefore(date);
                case "after", "following" -> from = dayAfter(date);
                default -> from = date; // since, from, between
            }
        }

        // 3. "bargaining chips" are never semiconductors.
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equals("bargaining") && tokens.get(i + 1).word().startsWith("chip")) {
                skip.add(i);
                skip.add(i + 1);
            }
        }
        boolean chipsAsBargaining = lower.matches(".*\\b(what|which|list|any|other|the|japan|tokyo|offered|proposed|floated|main|key|these) chips\\b.*")
                && !lower.matches(".*\\b(tariffs?|duty|duties|levy|semiconductors?)\\b.*");
        if (chipsAsBargaining) {
            tokens.stream().filter(t -> t.word().equals("chips")).forEach(t -> skip.add(t.index()));
        }

        // 4. Names.
        var mentions = lexicon.find(tokens, skip, NOT_NAMES);
        var actors = new ArrayList<Entity>();
        var countries = new ArrayList<Entity>();
        var sectors = new ArrayList<Entity>();
        var organizations = new ArrayList<Entity>();
        var offices = new ArrayList<Entity>();
        var tariffs = new ArrayList<Entity>();
        var chips = new ArrayList<Entity>();
        var seen = new ArrayList<String>();
        var used = new HashSet<Integer>(skip);
        Entity side = null;
        String place = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            for (int i = m.start(); i < m.end(); i++) {
                used.add(i);
            }
            Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            String prev = m.start() > 0 ? tokens.get(m.start() - 1).word() : "";
            String after = m.end() < tokens.size() ? tokens.get(m.end()).word() : "";
            boolean governmentish = (m.has("Government") || m.has("Country")) && !m.has("Person");
            Entity government = m.first("Government");
            String prev2 = m.start() > 1 ? tokens.get(m.start() - 2).word() : "";
            boolean fromThe = (prev.equals("from") || prev.equals("the") && (prev2.equals("from") || prev2.equals("on")))
                    && lower.matches(".*\\b(who|whom|which|officials?|people|anyone|anybody|someone|figures?)\\b.*");
            if (governmentish && (SIDE_NOUNS.contains(after) || m.text().toLowerCase(Locale.ROOT).endsWith("side")
                    || m.text().equalsIgnoreCase("americans") || fromThe)) {
                side = government != null ? government : m.first("Country");
                seen.add("'" + m.text() + "' → side " + side.id());
                continue;
            }
            if (governmentish && next != null && next.start() <= m.end() + 1 && (next.has("Person") || next.has("Office"))) {
                seen.add("'" + m.text() + "' → qualifies '" + next.text() + "'");
                continue;
            }
            boolean seat = m.candidates().stream().anyMatch(c -> c.via().equals("alias"))
                    && (m.text().equalsIgnoreCase("washington") || m.text().equalsIgnoreCase("tokyo"));
            if (Set.of("in", "at", "inside").contains(prev) && (seat || m.has("Country") && !m.has("Government"))) {
                place = m.first("Country") != null && !seat ? m.first("Country").name() : capitalize(m.text());
                seen.add("'" + m.text() + "' → place " + place);
                continue;
            }
            Entity person = m.first("Person");
            if (person != null) {
                addOnce(actors, person);
            } else if (government != null) {
                addOnce(actors, government);
            }
            addIf(countries, m.first("Country"));
            addIf(sectors, m.first("Sector"));
            addIf(organizations, m.first("Organization"));
            addIf(offices, m.candidates().stream().filter(c -> c.type().equals("Office")).map(Lexicon.Candidate::entity).findFirst()
                    .orElse(null));
            addIf(tariffs, m.first("Tariff"));
            addIf(chips, m.first("BargainingChip"));
            var ids = m.candidates().stream().map(c -> c.entity().id()).distinct().toList();
            seen.add("'" + m.text() + "' → " + String.join(" | ", ids) + (m.fuzzy() ? " (spelling forgiven)" : ""));
        }
        if (found.weekday() != null) {
            dateTexts.add("weekday " + found.weekday());
        }
        if (found.timeOfDay() != null) {
            dateTexts.add("time of day " + found.timeOfDay());
        }

        // 5. Cue words are read in what is left once names, dates and landmarks are taken out.
        var restWords = new ArrayList<String>();
        for (Token t : tokens) {
            restWords.add(used.contains(t.index()) ? "_" : t.word());
        }
        String cue = " " + String.join(" ", restWords) + " ";
        cue = cue.replace(" _ _ ", " _ ");
        // "tariff talks", "trade negotiations": the word names the talks, not a tariff
        cue = cue.replaceAll("\\b(tariff|trade|tariffs) (talks|negotiations?|negotiators?|deal|dispute|fight|war|row|standoff|envoy|issues?)\\b", "$2");
        if (lower.contains("bargaining chip")) {
            cue = cue + " bargaining ";
        }

        Long round = round(lower);
        var kinds = new LinkedHashSet<String>();
        for (var e : KINDS.entrySet()) {
            if (has(cue, e.getKey())) {
                kinds.add(e.getValue());
            }
        }
        if (has(cue, "round")) {
            kinds.add("NegotiationRound");
        }
        if (kinds.contains("Meeting") && !kinds.contains("NegotiationRound") && !cue.matches(".*\\bhow long\\b.*")) {
            kinds.add("NegotiationRound");
        }
        Double rate = null;
        Matcher rm = RATE.matcher(lower);
        if (rm.find()) {
            rate = Double.valueOf(rm.group(1));
        }
        Long minutes = null;
        Matcher mm = MINUTES.matcher(lower);
        if (mm.find()) {
            minutes = Long.valueOf(mm.group(1));
        }
        // A status narrows the chips only when the question sets one against the others ("merely floated").
        String chipStatus = null;
        Matcher status = Pattern.compile("\\b(merely|only|just|simply|still|formally|officially|actually)\\s+(floated|submitted|under consideration|considered)\\b"
                + "|\\b(floated|submitted|under consideration|considered)\\s+(rather than|but not|and not|as opposed to)\\b").matcher(cue);
        if (status.find()) {
            String word = status.group(2) != null ? status.group(2) : status.group(3);
            chipStatus = word.equals("considered") ? "under consideration" : word;
        }
        boolean announced = cue.matches(".*\\b(unveil|unveiled|announce|announced|introduce|introduced|declared|set out)\\b.*");
        boolean imposedBySubject = cue.matches(".*\\b(imposed|imposes|impose|levied|levies|charges|retaliat\\w*)\\b.*")
                && !actors.isEmpty() && actors.get(0).type().equals("Government");

        Reading.Ask ask = ask(lower);
        var unknown = unknownTerms(tokens, mentions, used, lower);
        Intent intent = intent(new Signals(cue, lower, actors, side, offices, sectors, organizations, tariffs, chips, rate, round, from,
                to, kinds, ask, unknown, found.weekday()), keywords);
        if (intent == Intent.TARIFFS && unknown.isEmpty()) {
            var odd = unknownObjects(tokens, used, cue);
            if (!odd.isEmpty()) {
                unknown = odd;
                keywords.add("unknown: " + String.join(", ", odd));
                intent = Intent.UNKNOWN;
            }
        }
        var topicWords = new ArrayList<String>();
        for (Token t : tokens) {
            if (!used.contains(t.index()) && !CommonWords.SET.contains(t.word()) && !PLAIN.contains(t.word()) && t.word().length() > 2) {
                topicWords.add(t.word());
            }
        }
        return new Reading(intent, ask, List.copyOf(actors), side, List.copyOf(countries), List.copyOf(sectors),
                List.copyOf(organizations), List.copyOf(offices), List.copyOf(tariffs), List.copyOf(chips), place, from, to,
                found.weekday(), found.timeOfDay(), round, List.copyOf(kinds), rate, minutes, chipStatus, announced,
                imposedBySubject, List.copyOf(topicWords), List.copyOf(unknown), List.copyOf(seen), List.copyOf(dateTexts),
                List.copyOf(keywords));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static <T> void addIf(List<T> list, T item) {
        if (item != null) {
            addOnce(list, item);
        }
    }

    /** The one day of the talks' year with this day of month that falls on this weekday ("Saturday the 28th"). */
    private String dayOfMonthOn(String weekday, int day) {
        String match = null;
        for (int month = 1; month <= 12; month++) {
            try {
                var d = LocalDate.of(defaultYear, month, day);
                if (d.getDayOfWeek() == DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))) {
                    if (match != null) {
                        return null;
                    }
                    match = d.toString();
                }
            } catch (java.time.DateTimeException e) {
                // no such day in this month
            }
        }
        return match;
    }

    private static String textBefore(String lower, String dateText) {
        int at = lower.indexOf(dateText.toLowerCase(Locale.ROOT).strip());
        return at < 0 ? "" : lower.substring(0, at);
    }

    static String dayBefore(String iso) {
        return shift(iso, -1);
    }

    static String dayAfter(String iso) {
        return shift(iso, 1);
    }

    /** The day, month or year next to an ISO date of that precision ("2025-06" after is "2025-07"). */
    private static String shift(String iso, int by) {
        return switch (iso.length()) {
            case 10 -> LocalDate.parse(iso).plusDays(by).toString();
            case 7 -> java.time.YearMonth.parse(iso).plusMonths(by).toString();
            default -> String.valueOf(Integer.parseInt(iso) + by);
        };
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

    private static Reading.Ask ask(String lower) {
        if (lower.matches(".*\\b(since when|how long has|how long have|take over|took over|took office|appointed|became)\\b.*")) {
            return Reading.Ask.SINCE_WHEN;
        }
        if (lower.matches(".*\\bhow (long|many minutes|much time)\\b.*") || lower.matches(".*\\b(duration|length|lasted|last|lasting)\\b.*")) {
            return Reading.Ask.HOW_LONG;
        }
        if (lower.matches(".*\\b(how many|how often|number of|count|times)\\b.*")) {
            return Reading.Ask.HOW_MANY;
        }
        if (lower.matches(".*\\bhow (much|high|big|steep)\\b.*")) {
            return Reading.Ask.HOW_MUCH;
        }
        if (lower.matches(".*\\b(when|what date|which date|what day|which day|on what)\\b.*")) {
            return Reading.Ask.WHEN;
        }
        if (lower.matches(".*\\b(where|what city|which city|what place|which place|what country|which country)\\b.*")) {
            return Reading.Ask.WHERE;
        }
        if (lower.matches("^ (did|has|have|was|were|is|are|do|does) .*")) {
            return Reading.Ask.WHETHER;
        }
        if (lower.matches(".*\\b(who|whom)\\b.*")) {
            return Reading.Ask.WHO;
        }
        return Reading.Ask.LIST;
    }

    /** Sources disagreeing: "where do the reports disagree?", "conflicting accounts". */
    static boolean conflictCue(String cue) {
        return cue.matches(".*\\b(conflicts?|conflicting|contradict\\w*|discrepanc\\w*|inconsisten\\w*)\\b.*")
                || cue.matches(".*\\b(disagree\\w*|differ\\w*)\\b.*") && cue.matches(".*\\b(reports?|sources?|accounts?|articles?|outlets?)\\b.*");
    }

    /** Who said what: "what did X say", "who described the tariffs as …", "what did Japan want most". */
    static boolean statementCue(String cue) {
        return cue.matches(".*\\bwho (called|branded|labell?ed|termed|dubbed)\\b.*")
                || cue.matches(".*\\b(position|stance|stand|views?|attitude|line) (on|about|toward|towards|to)\\b.*") || cue.matches(".*\\b(say|said|says|saying|stated|statements?|told|tell reporters|remarks?|quoted?|quotes|describ\\w*|"
                + "vow\\w*|pledg\\w*|promis\\w*|stances?|priorit\\w*|wanted most|wants most|want most|aims?|aiming)\\b.*");
    }

    /** Whether {@code cue} starts a word of {@code text}. */
    static boolean has(String text, String cue) {
        return text.matches(".*\\b" + Pattern.quote(cue) + ".*");
    }

    /** The intent the first rule that holds gives, with what was read noted in {@code keywords} (--explain shows them). */
    private static Intent intent(Signals signals, List<String> keywords) {
        var rule = IntentRules.choose(signals);
        if (rule.intent() == Intent.UNKNOWN && !signals.unknown().isEmpty()) {
            keywords.add("unknown: " + String.join(", ", signals.unknown()));
        } else if (rule != IntentRules.NO_CUE) {
            keywords.add(rule.intent().label());
        } else {
            keywords.add("no cue word");
        }
        keywords.add("rule: " + rule.name());
        return rule.intent();
    }

    /**
     * Names and roles the graph does not know: capitalised words (after the first word) that are no
     * known name, and a role ("foreign minister") that no one in the graph holds.
     */
    private List<String> unknownTerms(List<Token> tokens, List<Mention> mentions, Set<Integer> used, String lower) {
        var out = new ArrayList<String>();
        var current = new ArrayList<String>();
        for (Token t : tokens) {
            boolean candidate = t.index() > 0 && t.capitalized() && !used.contains(t.index()) && !PLAIN.contains(t.word())
                    && !lexicon.knows(t.word()) && !CommonWords.SET.contains(t.word()) && !DateFinder.MONTHS.containsKey(t.word())
                    && !DateFinder.WEEKDAYS.contains(t.word()) && !t.word().matches("\\d.*") && !cueWord(t.word());
            if (candidate) {
                current.add(t.original());
            } else if (!current.isEmpty()) {
                out.add(String.join(" ", current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            out.add(String.join(" ", current));
        }
        Matcher role = ROLE.matcher(lower);
        while (role.find()) {
            String qualifier = role.group(1);
            boolean known = mentions.stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(role.group(2)));
            if (!known && !ROLE_QUALIFIERS.contains(qualifier) && !PLAIN.contains(qualifier)) {
                out.add(qualifier + " " + role.group(2));
            }
        }
        return out;
    }

    private static final Pattern TARIFF_OBJECT = Pattern.compile("\\b(?:tariffs?|duty|duties|levy|levies|rates?|charges?)\\s+(?:on|for|against)\\s+"
            + "(?:(?:japanese|american|us|imported|foreign|the|all|any|_)\\s+)*([a-z]+)");
    private static final Pattern COVERED = Pattern.compile("^ (?:are|is|were|was) ([a-z]+) (?:covered|included|hit|targeted|affected)");

    /** The good a tariff question is about, when the graph knows no such sector or good ("rice"). */
    private List<String> unknownObjects(List<Token> tokens, Set<Integer> used, String cue) {
        var out = new ArrayList<String>();
        for (Pattern p : List.of(TARIFF_OBJECT, COVERED)) {
            Matcher m = p.matcher(cue);
            while (m.find()) {
                String w = m.group(1);
                if (w.equals("_") || w.length() < 3 || CommonWords.SET.contains(w) || PLAIN.contains(w) || lexicon.knows(w)
                        || lexicon.knowsStem(w) || cueWord(w)) {
                    continue;
                }
                out.add(w);
            }
        }
        return out;
    }

    private static boolean cueWord(String w) {
        for (String group : CUE_GROUPS) {
            for (var cue : Cues.group(group)) {
                String c = cue.words();
                if (!c.contains(" ") && (w.startsWith(c) || c.startsWith(w) && w.length() >= 4)) {
                    return true;
                }
            }
        }
        return KINDS.keySet().stream().anyMatch(k -> !k.contains(" ") && w.startsWith(k)) || ORDINALS.containsKey(w)
                || EVENT_NOUNS.contains(w) || SIDE_NOUNS.contains(w);
    }
}
