package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tariffgraph.ask.Tokens.Token;

/**
 * The fifth stage: the cue text (the question less the words earlier stages took, each run of them
 * a "_"), the kinds of event it names, the kind of answer it wants ({@link Reading.Ask}) and the
 * words that narrow a list ({@link Reading.Qualifiers}). Cue vocabulary that is only a list of words
 * lives in {@code ask/cues.txt} ({@link Cues}); what needs a pattern is here.
 */
final class CueStage {

    /** Words that name a kind of event, by the label of that kind. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("call", "PhoneCall"), Map.entry("phone", "PhoneCall"), Map.entry("telephone", "PhoneCall"),
            Map.entry("rang", "PhoneCall"), Map.entry("ring", "PhoneCall"), Map.entry("dial", "PhoneCall"),
            Map.entry("meet", "Meeting"), Map.entry("met", "Meeting"), Map.entry("sat down", "Meeting"),
            Map.entry("sit down", "Meeting"), Map.entry("in person", "Meeting"), Map.entry("face to face", "Meeting"),
            Map.entry("briefed", "Meeting"), Map.entry("brief", "Meeting"), Map.entry("debrief", "Meeting"), Map.entry("to see", "Meeting"),
            Map.entry("leave for", "Trip"), Map.entry("left for", "Trip"), Map.entry("leaving for", "Trip"), Map.entry("depart", "Trip"), Map.entry("summit", "Summit"),
            Map.entry("trip", "Trip"), Map.entry("travel", "Trip"), Map.entry("visit", "Trip"), Map.entry("flew", "Trip"),
            Map.entry("fly", "Trip"), Map.entry("arriv", "Trip"), Map.entry("journey", "Trip"),
            Map.entry("statement", "Statement"), Map.entry("said", "Statement"), Map.entry("say", "Statement"),
            Map.entry("announce", "Statement"), Map.entry("remark", "Statement"), Map.entry("vow", "Statement"),
            Map.entry("told", "Statement"), Map.entry("comment", "Statement"), Map.entry("declare", "Statement"));

    /** The groups of ask/cues.txt. */
    static final List<String> CUE_GROUPS = List.of("tariff", "chip", "document", "timeline", "office", "talk", "actors", "source");

    /** "Tariff talks", "trade negotiations": the first word names the talks, not a tariff. */
    private static final String TALKS_ABOUT_TARIFFS = "\\b(tariff|trade|tariffs) (talks|negotiations?|negotiators?|deal|dispute|fight|war|row|standoff|envoy|issues?)\\b";
    private static final Pattern CHIP_STATUS = Pattern.compile("\\b(merely|only|just|simply|still|formally|officially|actually)\\s+(floated|submitted|under consideration|considered)\\b"
            + "|\\b(floated|submitted|under consideration|considered)\\s+(rather than|but not|and not|as opposed to)\\b");
    /** "Never submitted", "not formally put forward", "didn't make it into the package". */
    private static final Pattern NOT_SUBMITTED = Pattern.compile("\\b(never|not|n't|wasn't|weren't|didn't|haven't|hasn't)\\s+(?:\\w+\\s+){0,2}?"
            + "(submitted|handed over|put forward|tabled|included|made it into|make it into|part of the package|in the package|formally offered)\\b");
    /** A chip's status named by its verb ("did Japan submit", "the ideas it floated"). */
    private static final Map<Pattern, String> STATUS_VERBS = Map.of(
            Pattern.compile("\\b(submit|submits|submitted|submitting|handed over|put forward)\\b"), "submitted",
            Pattern.compile("\\b(float|floats|floated|floating)\\b"), "floated",
            Pattern.compile("\\b(consider|considers|considered|considering|under consideration|mulling|weighing)\\b"), "under consideration");
    private static final String ANNOUNCED = ".*\\b(unveil|unveiled|announce|announced|introduce|introduced|declared|set out)\\b.*";
    private static final String IMPOSED = ".*\\b(imposed|imposes|impose|levied|levies|charges|retaliat\\w*)\\b.*";
    /** "Which came first, the fifth round or the G7 summit?": group 1 the order asked, 2 and 3 the two events. */
    static final Pattern WHICH_FIRST = Pattern.compile("\\b(?:which|what) (?:one )?(?:came|happened|was|took place|occurred|comes)\\s+"
            + "(first|earlier|sooner|before|last|later|after)\\b\\s*(?:the\\s+)?(.+?)\\s+or\\s+(?:the\\s+)?(.+?)\\s*$");
    private static final String EXCLUDING = ".*\\b(apart from|other than|besides|except|excluding|not counting|aside from)\\b.*";
    private static final String HIGHER = ".*\\b(higher|more|greater|bigger|steeper|above|exceed\\w*)\\b.*";
    private static final String LOWER = ".*\\b(lower|less|smaller|below|cheaper)\\b.*";
    private static final String HELD_ONLY = ".*\\b(actually|really|personally|in person|indeed|in fact)\\b.*";

    private CueStage() {}

    static void read(Parse p) {
        p.cue = cueText(p);
        for (var e : KINDS.entrySet()) {
            if (has(p.cue, e.getKey())) {
                p.kinds.add(e.getValue());
            }
        }
        if (has(p.cue, "round")) {
            p.kinds.add("NegotiationRound");
        }
        if (p.kinds.contains("Meeting") && !p.kinds.contains("NegotiationRound") && !p.cue.matches(".*\\bhow long\\b.*")) {
            p.kinds.add("NegotiationRound");
        }
        p.ask = ask(p.lower);
        p.qualifiers = qualifiers(p);
        if (comparesTwo(p)) {
            // "the morning call or the evening call": each side names one event; neither narrows the list
            p.timeOfDay = null;
            p.minutes = null;
        }
    }

    /** "Which was longer, A or B?": two events set against each other. */
    private static boolean comparesTwo(Parse p) {
        var order = p.qualifiers.order();
        return (order == Order.LONGEST || order == Order.SHORTEST) && p.lower.contains(" or ");
    }

    private static String cueText(Parse p) {
        var rest = new ArrayList<String>();
        for (Token t : p.tokens) {
            rest.add(p.taken.contains(t.index()) ? "_" : t.word());
        }
        String cue = (" " + String.join(" ", rest) + " ").replace(" _ _ ", " _ ").replaceAll(TALKS_ABOUT_TARIFFS, "$2");
        return p.lower.contains("bargaining chip") ? cue + " bargaining " : cue;
    }

    private static Reading.Qualifiers qualifiers(Parse p) {
        String chipStatus = null;
        boolean negated = false;
        Matcher status = CHIP_STATUS.matcher(p.cue);
        Matcher not = NOT_SUBMITTED.matcher(p.cue);
        if (not.find()) {
            chipStatus = "submitted";
            negated = true;
        } else if (status.find()) {
            String word = status.group(2) != null ? status.group(2) : status.group(3);
            chipStatus = word.equals("considered") ? "under consideration" : word;
        } else {
            chipStatus = STATUS_VERBS.entrySet().stream().filter(e -> e.getKey().matcher(p.cue).find())
                    .map(Map.Entry::getValue).sorted().findFirst().orElse(null);
        }
        boolean imposedBySubject = p.cue.matches(IMPOSED) && !p.actors.isEmpty() && p.actors.get(0).type().equals("Government");
        Order order = p.ask == Reading.Ask.HOW_MANY ? Order.NONE : Order.of(p.question);
        String comparative = p.lower.matches(LOWER) ? "lower" : p.lower.matches(HIGHER) ? "higher" : null;
        Matcher pair = WHICH_FIRST.matcher(p.lower);
        var alternatives = pair.find() ? List.of(pair.group(2).strip(), pair.group(3).strip()) : List.<String>of();
        return new Reading.Qualifiers(Standing.of(p.question), order, p.lower.matches(HELD_ONLY), chipStatus, p.cue.matches(ANNOUNCED),
                imposedBySubject, negated, comparative, alternatives, p.lower.matches(EXCLUDING));
    }

    static Reading.Ask ask(String lower) {
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
        if (lower.matches(".*\\b(who|whom|(which|what) (officials?|ministers?|persons?|people|leaders?|negotiators?|politicians?))\\b.*")) {
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
                || cue.matches(".*\\b(position|stance|stand|views?|attitude|line) (on|about|toward|towards|to)\\b.*")
                || cue.matches(".*\\b(spoke|speak|speaks|spoken) (of|about)\\b.*")
                || cue.matches(".*\\b(insist\\w*|warn\\w*|characteri[sz]\\w*|holds? that|(tell|told|telling) the press|announce\\w* about|"
                        + "say about|said about|weighs? on|positions? (has|have|had|did) .{1,30} tak(en|e)|pressing|press(es|ed)? (the|for)|urg(e|es|ed|ing))\\b.*")
                || cue.matches(".*\\b(under pressure|political pressure|pressures?|trying to achieve|hoping to achieve|hope to achieve|goals?|objectives?|what does _ want|what did _ want)\\b.*")
                || cue.matches(".*\\b(say|said|says|saying|stated|statements?|told|tell reporters|remarks?|quoted?|quotes|describ\\w*|"
                        + "vow\\w*|pledg\\w*|promis\\w*|stances?|priorit\\w*|wanted most|wants most|want most|aims?|aiming)\\b.*")
                || cue.matches(".*\\b(willingness|signall?ed|signals|signalling|signaling|any sign|sign of|hint\\w*|reckons?|reckoned|believes?|"
                        + "believed|predict\\w*|expects? _ (to|will)|thinks? _ will)\\b.*");
    }

    /** Whether {@code cue} starts a word of {@code text}. */
    static boolean has(String text, String cue) {
        return text.matches(".*\\b" + Pattern.quote(cue) + ".*");
    }
}
