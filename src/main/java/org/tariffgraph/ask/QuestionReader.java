package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.ask.DateFinder.Range;
import org.tariffgraph.ask.Lexicon.Mention;
import org.tariffgraph.ask.Tokens.Token;
import org.tariffgraph.model.Entity;

/**
 * Reads a question with fixed rules: the names it finds come from the graph (through the
 * {@link Lexicon}); the intent comes from cue words; dates from the {@link DateFinder}. The same
 * question always gets the same reading.
 */
final class QuestionReader {

    // Cue words, matched as prefixes of the question's words.
    private static final List<String> TARIFF = List.of("tariff", "duty", "duties", "levy", "levies", "levied", "rate", "percent",
            "customs", "import tax", "%", "stack", "stacked", "surcharge");
    private static final List<String> CHIP = List.of("bargaining", "concession", "offer", "propos", "float", "sweetener",
            "package", "incentive", "table", "give up", "trade off", "in exchange", "chips did", "chips has", "chips on", "leverage", "pledge");
    private static final List<String> SOURCE = List.of("article", "report", "source", "document", "according", "evidence", "cite",
            "outlet", "coverage", "story", "stories", "passage", "citation", "proof", "reported", "mention");
    private static final List<String> DOCUMENT = List.of("wrote", "write", "written", "author", "publish", "publication", "byline",
            "journalist", "reporter", "news agency", "newspaper", "outlet", "media");
    private static final List<String> ROUND = List.of("round");
    private static final List<String> TIMELINE = List.of("timeline", "chronolog", "sequence", "what happened", "happen",
            "order of events", "in order", "what went on", "run down", "rundown", "recap", "key events", "major events", "events",
            "developments", "step by step", "history", "unfold");
    private static final List<String> OFFICE = List.of("job", "title", "role", "position", "post ", "portfolio", "office",
            "what does", "who is the", "who was the", "who's the", "who holds", "who held", "serve", "minister", "secretary",
            "president", "negotiator", "chief", "head of", "in charge", "cabinet", "capacity", "hat");
    private static final List<String> COUNTERPART = List.of("with whom", "counterpart", "negotiat", "talk", "speak", "spoke",
            "deal with", "dealt with", "confer", "meet", "met", "discuss", "call", "phone", "rang", "ring", "contact",
            "engage", "work with", "sat down", "sit down", "interact", "liais", "spoken", "who did", "whom");
    private static final List<String> ACTORS = List.of("involved", "players", "actors", "officials", "people", "participants",
            "who are", "parties", "stakeholders", "list the people", "list the officials", "governments", "organizations",
            "organisations", "countries", "key figures", "figures", "persons", "individuals");

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("call", "PhoneCall"), Map.entry("phone", "PhoneCall"), Map.entry("telephone", "PhoneCall"),
            Map.entry("rang", "PhoneCall"), Map.entry("ring", "PhoneCall"), Map.entry("dial", "PhoneCall"),
            Map.entry("meet", "Meeting"), Map.entry("met", "Meeting"), Map.entry("sat down", "Meeting"),
            Map.entry("sit down", "Meeting"), Map.entry("in person", "Meeting"), Map.entry("face to face", "Meeting"),
            Map.entry("face-to-face", "Meeting"), Map.entry("briefed", "Meeting"), Map.entry("brief", "Meeting"),
            Map.entry("summit", "Summit"),
            Map.entry("trip", "Trip"), Map.entry("travel", "Trip"), Map.entry("visit", "Trip"), Map.entry("flew", "Trip"),
            Map.entry("fly", "Trip"), Map.entry("arriv", "Trip"),
            Map.entry("statement", "Statement"), Map.entry("said", "Statement"), Map.entry("say", "Statement"),
            Map.entry("announce", "Statement"), Map.entry("remark", "Statement"), Map.entry("vow", "Statement"),
            Map.entry("told", "Statement"), Map.entry("comment", "Statement"));

    private static final Map<String, Long> ORDINALS = Map.ofEntries(
            Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("fourth", 4L),
            Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L), Map.entry("eighth", 8L),
            Map.entry("ninth", 9L), Map.entry("tenth", 10L), Map.entry("eleventh", 11L), Map.entry("twelfth", 12L),
            Map.entry("1st", 1L), Map.entry("2nd", 2L), Map.entry("3rd", 3L), Map.entry("4th", 4L), Map.entry("5th", 5L),
            Map.entry("6th", 6L), Map.entry("7th", 7L), Map.entry("8th", 8L), Map.entry("9th", 9L), Map.entry("10th", 10L));

    private static final Pattern ROUND_NUMBER = Pattern.compile("\\bround\\s*(?:no\\.?|number|#)?\\s*(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Map<String, Long> NUMBERS = Map.of("one", 1L, "two", 2L, "three", 3L, "four", 4L, "five", 5L,
            "six", 6L, "seven", 7L, "eight", 8L, "nine", 9L, "ten", 10L);
    private static final Pattern RATE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per cent|pct)");
    private static final Pattern ROLE = Pattern.compile("\\b((?:[a-z]+ ){0,2})(minister|secretary|ambassador|chancellor|governor|envoy|representative|premier|king|emperor|senator|mayor)\\b");

    /** Capitalised words that are grammar, not names. */
    private static final Set<String> PLAIN = Set.copyOf(List.of("who", "whom", "what", "when", "where", "which", "why", "how", "did", "does",
            "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "will", "should", "tell", "show",
            "list", "give", "name", "find", "i", "the", "a", "an", "in", "on", "of", "and", "or", "any", "please", "between",
            "since", "after", "before", "during", "according", "apart", "besides", "other", "than", "was", "were", "at",
            "cabinet", "ministers", "minister", "secretary", "president", "prime", "government", "administration", "summit",
            "round", "talks", "trade", "tariff", "tariffs", "japanese", "american", "ministerial", "g", "group", "seven",
            "remind", "me", "summarize", "summarise", "describe", "explain", "walk", "outline", "compare", "okay", "ok",
            "so", "then", "also", "quick", "question", "hey", "hi", "just", "roughly", "exactly", "approximately", "about",
            "treasury", "commerce", "economic", "revitalization", "negotiator", "chief", "top", "day", "saturday", "sunday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "for", "to", "from", "with", "by", "it", "this", "that",
            "these", "those", "there", "their", "they", "he", "she", "his", "her", "its", "our", "we", "you", "your", "all",
            "both", "each", "every", "no", "not", "yes", "if", "whether", "as", "us", "mr", "mrs", "ms", "dr", "pm", "am"));

    private final Lexicon lexicon;
    private final DateFinder dates;
    private final Set<String> common;

    QuestionReader(Lexicon lexicon, int defaultYear) {
        this.lexicon = lexicon;
        this.dates = new DateFinder(defaultYear);
        this.common = CommonWords.SET;
    }

    Reading read(String question) {
        String lower = " " + question.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("[?!.,;:\"()]", " ")
                .replaceAll("\\s+", " ") + " ";
        var tokens = Tokens.of(question);
        var keywords = new ArrayList<String>();

        // Dates first: their words are not names.
        var found = dates.find(question);
        var skip = new HashSet<Integer>();
        for (Token t : tokens) {
            if (found.usedWords().contains(t.word()) && (DateFinder.MONTHS.containsKey(t.word()) || t.word().matches("\\d+(st|nd|rd|th)?")
                    || DateFinder.WEEKDAYS.contains(t.word()) || t.word().matches("morning|evening|afternoon|night"))) {
                skip.add(t.index());
            }
        }
        // "bargaining chips" are never semiconductors.
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equals("bargaining") && tokens.get(i + 1).word().startsWith("chip")) {
                skip.add(i);
                skip.add(i + 1);
            }
        }
        boolean chipsAsBargaining = lower.matches(".*\\b(what|which|list|any|other|the|japan|tokyo|offered|proposed|floated) chips\\b.*")
                && !has(lower, TARIFF) && !lower.contains("semiconductor");
        if (chipsAsBargaining) {
            for (Token t : tokens) {
                if (t.word().equals("chips")) {
                    skip.add(t.index());
                }
            }
        }

        var mentions = lexicon.find(tokens, skip, common);
        mentions = dropQualifiers(mentions);

        var actors = new ArrayList<Entity>();
        var countries = new ArrayList<Entity>();
        var sectors = new ArrayList<Entity>();
        var organizations = new ArrayList<Entity>();
        var offices = new ArrayList<String>();
        var seen = new ArrayList<String>();
        String place = null;
        for (Mention m : mentions) {
            boolean placeWord = m.start() > 0 && Set.of("in", "at", "to", "inside").contains(tokens.get(m.start() - 1).word())
                    && (m.has("Government") || m.has("Country"))
                    && (m.candidates().stream().anyMatch(c -> c.via().equals("alias") && (m.text().equalsIgnoreCase("Washington")
                    || m.text().equalsIgnoreCase("Tokyo"))) || m.has("Country") && !m.has("Government"));
            if (placeWord) {
                place = m.text();
                seen.add("'" + m.text() + "' → place " + m.text());
                continue;
            }
            Entity person = m.first("Person");
            Entity government = m.first("Government");
            Entity country = m.first("Country");
            Entity sector = m.first("Sector");
            Entity org = m.first("Organization");
            Entity office = m.first("Office");
            if (person != null) {
                addOnce(actors, person);
            } else if (government != null) {
                addOnce(actors, government);
            }
            if (country != null) {
                addOnce(countries, country);
            }
            if (sector != null) {
                addOnce(sectors, sector);
            }
            if (org != null) {
                addOnce(organizations, org);
            }
            if (office != null && person == null) {
                offices.add(office.id());
            }
            var ids = m.candidates().stream().map(c -> c.entity().id()).distinct().toList();
            seen.add("'" + m.text() + "' → " + String.join(" | ", ids) + (m.fuzzy() ? " (spelling forgiven)" : ""));
        }

        var ranges = found.ranges();
        String from = null;
        String to = null;
        var dateTexts = new ArrayList<String>();
        if (!ranges.isEmpty()) {
            from = ranges.get(0).from();
            to = ranges.get(ranges.size() - 1).to();
            for (Range r : ranges) {
                dateTexts.add("'" + r.text().strip() + "' → " + (r.from().equals(r.to()) ? r.from() : r.from() + " … " + r.to()));
            }
            // "before June 28" / "after the 5th" / "since June": open ranges.
            String before = textBefore(lower, ranges.get(0).text());
            if (before.matches(".*\\b(before|prior to|until|till|up to|by)\\s*$")) {
                to = before.matches(".*\\b(until|till|up to|by)\\s*$") ? ranges.get(0).to() : dayBefore(ranges.get(0).from());
                from = null;
            } else if (before.matches(".*\\b(after|since|following|from)\\s*$") && ranges.size() == 1) {
                from = before.matches(".*\\b(since|from)\\s*$") ? ranges.get(0).from() : dayAfter(ranges.get(0).to());
                to = null;
            }
        }
        if (found.weekday() != null) {
            dateTexts.add("weekday " + found.weekday());
        }
        if (found.timeOfDay() != null) {
            dateTexts.add("time of day " + found.timeOfDay());
        }

        Long round = round(lower);
        var kinds = new LinkedHashSet<String>();
        KINDS.forEach((cue, label) -> {
            if (lower.matches(".*\\b" + Pattern.quote(cue) + ".*")) {
                kinds.add(label);
            }
        });
        if (lower.contains(" round")) {
            kinds.add("NegotiationRound");
        }
        Double rate = null;
        Matcher rm = RATE.matcher(lower);
        if (rm.find()) {
            rate = Double.valueOf(rm.group(1));
        }

        var unknown = unknownTerms(question, tokens, mentions, skip, lower);
        Reading.Ask ask = ask(lower);
        Intent intent = intent(lower, actors, offices, sectors, countries, organizations, rate, round, ranges, kinds, ask, keywords, unknown);

        var topicWords = new ArrayList<String>();
        for (Token t : tokens) {
            boolean inMention = mentions.stream().anyMatch(m -> t.index() >= m.start() && t.index() < m.end());
            if (!inMention && !common.contains(t.word()) && !PLAIN.contains(t.word()) && t.word().length() > 2) {
                topicWords.add(t.word());
            }
        }
        return new Reading(intent, List.copyOf(actors), List.copyOf(countries), List.copyOf(sectors), List.copyOf(organizations),
                List.copyOf(offices), place, from, to, found.weekday(), found.timeOfDay(), round, List.copyOf(kinds), rate,
                List.copyOf(topicWords), ask, unknown, List.copyOf(seen), List.copyOf(dateTexts), List.copyOf(keywords));
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** "Japan's Akazawa", "US Commerce Secretary Lutnick": a government right before a person only qualifies them. */
    private static List<Mention> dropQualifiers(List<Mention> mentions) {
        var out = new ArrayList<Mention>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean qualifier = i + 1 < mentions.size()
                    && mentions.get(i + 1).start() <= m.end() + 1
                    && (m.has("Government") || m.has("Country")) && !m.has("Person")
                    && (mentions.get(i + 1).has("Person") || mentions.get(i + 1).has("Office"));
            if (!qualifier) {
                out.add(m);
            }
        }
        return out;
    }

    private static String textBefore(String lower, String dateText) {
        int at = lower.indexOf(dateText.toLowerCase(java.util.Locale.ROOT).strip());
        return at < 0 ? "" : lower.substring(0, at);
    }

    private static String dayBefore(String iso) {
        if (iso.length() == 10) {
            return java.time.LocalDate.parse(iso).minusDays(1).toString();
        }
        if (iso.length() == 7) {
            return java.time.YearMonth.parse(iso).minusMonths(1).toString();
        }
        return String.valueOf(Integer.parseInt(iso) - 1);
    }

    private static String dayAfter(String iso) {
        if (iso.length() == 10) {
            return java.time.LocalDate.parse(iso).plusDays(1).toString();
        }
        if (iso.length() == 7) {
            return java.time.YearMonth.parse(iso).plusMonths(1).toString();
        }
        return String.valueOf(Integer.parseInt(iso) + 1);
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
        if (lower.matches(".*\\bhow (long|many minutes|much time)\\b.*") || lower.contains(" duration") || lower.contains(" last?")
                || lower.matches(".*\\b(length|lasted|last)\\b.*")) {
            return Reading.Ask.HOW_LONG;
        }
        if (lower.matches(".*\\b(how many|how often|number of|count)\\b.*")) {
            return Reading.Ask.HOW_MANY;
        }
        if (lower.matches(".*\\bhow (much|high)\\b.*")) {
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

    private static boolean has(String lower, List<String> cues) {
        for (String cue : cues) {
            if (cue.equals("%") ? lower.contains("%") : lower.matches(".*\\b" + Pattern.quote(cue) + ".*")) {
                return true;
            }
        }
        return false;
    }

    private Intent intent(String lower, List<Entity> actors, List<String> offices, List<Entity> sectors, List<Entity> countries,
            List<Entity> organizations, Double rate, Long round, List<Range> ranges, Set<String> kinds, Reading.Ask ask,
            List<String> keywords, List<String> unknown) {
        boolean tariff = has(lower, TARIFF) || rate != null;
        boolean chip = has(lower, CHIP) && !lower.matches(".*\\b(proposed|offered) (a |an )?(meeting|call|talks)\\b.*")
                || lower.contains("bargaining");
        boolean source = has(lower, SOURCE);
        boolean document = has(lower, DOCUMENT) || !organizations.isEmpty() && !tariff && !chip;
        boolean timeline = has(lower, TIMELINE);
        boolean office = has(lower, OFFICE) || !offices.isEmpty();
        boolean counterpart = has(lower, COUNTERPART);
        boolean actorsCue = has(lower, ACTORS);

        if (source && (lower.matches(".*\\b(which|what|how many|list|any|name the|show)\\b.*\\b(articles?|reports?|sources?|documents?|outlets?|stories)\\b.*")
                || lower.matches(".*\\b(according to|evidence|where does|where do|source for|sources for|cite|citation|who reported|reported by|backs? up|proof|passage)\\b.*"))
                && !lower.matches(".*\\b(who wrote|author|written by|who published|publisher)\\b.*")) {
            keywords.add("sources");
            return Intent.SOURCES;
        }
        if (document && (lower.matches(".*\\b(who wrote|wrote|author|written by|who published|published by|publisher|which outlets?|what outlets?|news agenc|newspapers?|byline|journalist|reporter|which media|which news|reports? (are|is) (in|there)|how many (reports|articles|documents))\\b.*")
                || !organizations.isEmpty() && actors.isEmpty() && !tariff && !chip)) {
            keywords.add("documents");
            return Intent.DOCUMENTS;
        }
        if (!unknown.isEmpty()) {
            keywords.add("unknown: " + String.join(", ", unknown));
            return Intent.UNKNOWN;
        }
        if (chip) {
            keywords.add("chips");
            return Intent.CHIPS;
        }
        if (tariff && !(kinds.contains("PhoneCall") || kinds.contains("Meeting")) || tariff && ask == Reading.Ask.HOW_MUCH) {
            keywords.add("tariffs");
            return Intent.TARIFFS;
        }
        if (timeline && !(ask == Reading.Ask.HOW_LONG || ask == Reading.Ask.HOW_MANY) && round == null) {
            keywords.add("timeline");
            return Intent.TIMELINE;
        }
        boolean roundAsked = lower.contains(" round");
        boolean callOrMeeting = kinds.contains("PhoneCall") || kinds.contains("Meeting") || kinds.contains("Trip") || kinds.contains("Statement");
        if (roundAsked && !callOrMeeting && actors.size() < 2) {
            keywords.add("rounds");
            return Intent.ROUNDS;
        }
        boolean whoIsPerson = lower.matches("^ (who|what) (is|was|'s) [a-z.]+( [a-z.]+)? $") && actors.size() == 1;
        if (!offices.isEmpty() && actors.isEmpty() || whoIsPerson
                || office && actors.size() <= 1 && lower.matches(".*\\b(job|title|role|position|post|portfolio|office|offices|what does|serve|serves|served|hold|holds|held|in charge|capacity|hats?)\\b.*")
                && !counterpart) {
            keywords.add("office");
            return Intent.OFFICE;
        }
        if (actorsCue && actors.isEmpty() && !callOrMeeting) {
            keywords.add("actors");
            return Intent.ACTORS;
        }
        if (counterpart && actors.size() == 1 && ranges.isEmpty() && round == null
                && (ask == Reading.Ask.WHO || lower.contains("counterpart") || lower.matches(".*\\b(with whom|whom)\\b.*"))) {
            keywords.add("counterparts");
            return Intent.COUNTERPARTS;
        }
        if (!actors.isEmpty() || !ranges.isEmpty() || round != null || !kinds.isEmpty() || counterpart) {
            keywords.add("negotiations");
            return Intent.NEGOTIATIONS;
        }
        if (actorsCue) {
            return Intent.ACTORS;
        }
        if (timeline) {
            return Intent.TIMELINE;
        }
        keywords.add("no cue word");
        return Intent.UNKNOWN;
    }

    /**
     * Names and roles the graph does not know: capitalised words that are no known name, and a role
     * ("foreign minister") held by no one in the graph.
     */
    private List<String> unknownTerms(String question, List<Token> tokens, List<Mention> mentions, Set<Integer> skip, String lower) {
        var out = new ArrayList<String>();
        var current = new ArrayList<String>();
        for (Token t : tokens) {
            boolean inMention = mentions.stream().anyMatch(m -> t.index() >= m.start() && t.index() < m.end());
            boolean candidate = t.capitalized() && !inMention && !skip.contains(t.index()) && !PLAIN.contains(t.word())
                    && !lexicon.knows(t.word()) && !DateFinder.MONTHS.containsKey(t.word())
                    && !(t.index() == 0 && common.contains(t.word())) && !t.word().matches("\\d.*")
                    && !(t.original().equals(t.original().toUpperCase(java.util.Locale.ROOT)) && t.word().length() <= 2);
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
            String phrase = (role.group(1) + role.group(2)).trim();
            var words = List.of(phrase.split(" "));
            boolean known = mentions.stream().anyMatch(m -> m.text().toLowerCase(java.util.Locale.ROOT).contains(role.group(2)));
            String qualifier = words.size() > 1 ? words.get(words.size() - 2) : "";
            if (!known && !qualifier.isEmpty() && !common.contains(qualifier) && !PLAIN.contains(qualifier) && !lexicon.knows(qualifier)) {
                out.add(qualifier + " " + role.group(2));
            }
        }
        return out;
    }
}
