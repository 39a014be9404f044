package org.tariffgraph.ask;

import java.util.List;
import java.util.function.Predicate;

/**
 * The one ordered list of rules that choose what a question asks for: each rule a name, a predicate
 * over the {@link Signals} and the intent it gives. The first rule that holds decides, and
 * {@code ask --explain} names it. To teach ask a new kind of question, add a rule here (and its test
 * in {@code IntentRulesTest}), in the place of the list where it should win.
 */
final class IntentRules {

    /** One rule: its name (shown by --explain), when it holds, and what it answers. */
    record Rule(String name, Intent intent, Predicate<Signals> when) {}

    /** The rule for contacts on one's own side ("whom did Akazawa brief?"): the answerer reads it to query contacts. */
    static final String OWN_SIDE = "whom-one-briefed";

    private static final String PEOPLE_ASKED = ".*\\b(who is involved|who's involved|who are involved|involved|players|key figures|figures|"
            + "every person|persons?|people named|named in|who features|features|participants|stakeholders|who are the|on that team|"
            + "on the team|team members|members|who works for|who serves in)\\b.*";
    private static final String REPORTS_ASKED = ".*\\b(who wrote|wrote|write|written|author|authors|byline|who published|published by|"
            + "publisher|publishers|outlets?|news agenc\\w*|newspapers?|dateline|datelines|journalists?)\\b.*";
    private static final String ROUND_CONTENT = ".*\\b(topics?|agenda|discussed|on the table|made up|make up|comprised?|consist\\w*|"
            + "part of|belong\\w*|included|includes|happened in|covered)\\b.*";
    private static final String OFFICE_WORDS = ".*\\b(jobs?|titles?|roles?|positions?|posts?|portfolios?|offices?|serves?|served|serving|"
            + "holds?|held|runs|heads|leads|in charge|capacity|hats?|occup\\w*|responsible|what does)\\b.*";
    /** "Which round was the trip part of?", "in which round did Trump take part?": a round found through what it held. */
    private static final String WHICH_ROUND = ".*\\b((which|what) (negotiation |ministerial |of the )?(round|rounds)|in which round|during which round|"
            + "the round (that|which) (included|contained|held|featured|had)|the round (in which|where|during which|of which))\\b.*";
    private static final String OWN_SIDE_WORDS = ".*\\b(brief|briefs|briefed|briefing|report to|reports to|reported to|reporting to|report back|reported back|"
            + "update|updated|updates|own side|his own|her own|own government|within (his|her) (own )?government|colleagues?|joined|alongside|"
            + "together with|teammates?|teamed|team up|teams up|partnered|paired|fellow|same side|same team|on (his|her) team|debrief\\w*)\\b.*";
    private static final String SEQUENCE = ".*\\b(came after|came before|what followed|followed|what happened|chronolog\\w*|timeline|"
            + "sequence of events|walk me through)\\b.*";

    /** The rule for when a tariff's pause was to end ("when was the suspension due to lapse?"): the timeline answerer reads it. */
    static final String PAUSE_ENDS = "when-a-pause-ends";
    private static final String PAUSE_ENDING = ".*\\b(pause|paused|suspension|suspended|freeze|reprieve|hold)\\b.*"
            + "\\b(run out|runs out|ran out|running out|expir\\w*|laps\\w*|end|ends|ended|ending|over|finish\\w*|deadline|come to an end|"
            + "be lifted|up)\\b.*";

    static final List<Rule> RULES = List.of(
            new Rule("names-something-unknown", Intent.UNKNOWN, s -> !s.unknown().isEmpty()),
            new Rule(PAUSE_ENDS, Intent.TIMELINE, s -> s.matches(PAUSE_ENDING) && s.matches(".*\\b(when|what date|which day|by when|date)\\b.*")),
            new Rule("reports-disagree", Intent.CONFLICTS, s -> CueStage.conflictCue(s.cue()) && s.rate() == null
                    && s.tariffs().isEmpty() && s.chips().isEmpty()),
            new Rule("who-is-involved", Intent.ACTORS, s -> s.matches(PEOPLE_ASKED) && !s.persons() && s.rate() == null && s.kinds().isEmpty()
                    && !s.matches(".*\\b(wrote|author|publish\\w*)\\b.*")),
            new Rule("the-reports-themselves", Intent.DOCUMENTS, IntentRules::aboutTheReports),
            new Rule("sources-of-a-fact", Intent.SOURCES, s -> s.cue("source") && s.subject()
                    && !s.matches(".*\\b(what did|what does|what do)\\b.*_.*\\b(say|said)\\b.*")),
            new Rule("what-a-round-covered", Intent.ROUNDS, s -> s.round() != null && s.matches(ROUND_CONTENT) && s.actors().size() < 2),
            new Rule(RoundClues.RULE, Intent.ROUNDS, s -> s.round() == null && s.matches(WHICH_ROUND) && !s.howLongOrMany()
                    && !s.matches(SEQUENCE)),
            new Rule("reports-by-someone", Intent.DOCUMENTS, s ->
                    s.matches(".*\\b(articles?|reports?|pieces?|stories|story|writing|work)\\s+(by|from)\\s+_.*") && !s.organizations().isEmpty()
                    || s.matches(".*\\b(articles?|reports?|pieces?|stories|story)\\s+(by|from)\\s+_.*") && s.persons()),
            new Rule("who-someone-is", Intent.OFFICE, s -> s.people() == 1 && s.actors().size() == 1 && s.matches("^ (who|what) (is|was|'s) _ $")),
            new Rule(OWN_SIDE, Intent.COUNTERPARTS, s -> s.people() == 1 && s.round() == null && s.matches(OWN_SIDE_WORDS)
                    && s.matches(".*\\b(who|whom|which)\\b.*")),
            new Rule("bargaining-chips-named", Intent.CHIPS, s -> (s.cue().contains("bargaining") || !s.chips().isEmpty())
                    && !CueStage.statementCue(s.cue()) && !s.kinds().contains("PhoneCall")),
            new Rule("whom-one-dealt-with", Intent.COUNTERPARTS, IntentRules::counterparts),
            new Rule("events-that-did-not-happen", Intent.NEGOTIATIONS, s -> Standing.asked(s.lower()) && !s.tariffCue() && !s.chipCue()),
            new Rule("which-came-first", Intent.TIMELINE, s -> CueStage.WHICH_FIRST.matcher(s.lower()).find()),
            new Rule("what-came-when", Intent.TIMELINE, s -> s.matches(SEQUENCE) && !s.howLongOrMany() && !s.matches(WHICH_ROUND)),
            new Rule("who-said-what", Intent.STATEMENTS, s -> CueStage.statementCue(s.cue())
                    && !s.matches(".*\\b(which|what) (tariffs?|rates?|duty|duties|levy|levies)\\b.*")),
            new Rule("bargaining-chips", Intent.CHIPS, s -> s.chipCue() && !(s.kinds().contains("PhoneCall") && s.actors().size() >= 2)),
            new Rule("tariffs-and-rates", Intent.TARIFFS, s -> s.tariffCue() && !(s.kinds().contains("PhoneCall") || s.kinds().contains("Meeting"))
                    || s.tariffCue() && s.ask() == Reading.Ask.HOW_MUCH || s.tariffCue() && s.rate() != null && !s.cue("talk")),
            new Rule("offices-and-holders", Intent.OFFICE, IntentRules::office),
            new Rule("events-in-order", Intent.TIMELINE, s -> s.cue("timeline") && !s.howLongOrMany() && !(s.cue("talk") && s.actors().size() >= 2)),
            new Rule("negotiation-rounds", Intent.ROUNDS, s -> CueStage.has(s.cue(), "round") && !s.eventKinds() && (s.actors().size() < 2 || s.people() == 0)
                    && !s.matches(".*\\b(how many|calls?|meetings?)\\b.*")),
            new Rule("the-actors", Intent.ACTORS, s -> s.cue("actors") && s.actors().isEmpty() && !s.eventKinds()),
            new Rule("who-one-talked-to", Intent.COUNTERPARTS, s -> s.who() && s.cue("talk") && s.actors().size() == 1 && s.round() == null
                    && s.from() == null && s.ask() != Reading.Ask.HOW_LONG && s.ask() != Reading.Ask.WHEN),
            new Rule("calls-and-meetings", Intent.NEGOTIATIONS, s -> !s.actors().isEmpty() || s.from() != null || s.to() != null
                    || s.round() != null || !s.kinds().isEmpty() || s.cue("talk") || s.weekday() != null),
            new Rule("a-side", Intent.ACTORS, s -> s.cue("actors") || s.side() != null),
            new Rule("events", Intent.TIMELINE, s -> s.cue("timeline")));

    /** When no rule holds: nothing in the question says what it asks for. */
    static final Rule NO_CUE = new Rule("no-cue-word", Intent.UNKNOWN, s -> true);

    private IntentRules() {}

    static Rule choose(Signals s) {
        for (Rule r : RULES) {
            if (r.when().test(s)) {
                return r;
            }
        }
        return NO_CUE;
    }

    private static boolean aboutTheReports(Signals s) {
        boolean sourceCue = s.cue("source");
        return s.matches(REPORTS_ASKED) && !(sourceCue && s.subject()
                && !s.actors().stream().allMatch(a -> a.type().equals("Person") && s.matches(".*\\b(wrote|write|written)\\b.*")))
                || s.media() && !s.tariffCue() && !s.chipCue() && s.actors().isEmpty()
                || s.cue("document") && !s.subject() && !s.cue("talk") && !s.tariffCue() && !s.chipCue() && !s.cue("actors");
    }

    private static boolean counterparts(Signals s) {
        boolean endsWithWith = s.matches(".*\\bwith\\s*$") || s.cue().contains("with whom");
        boolean talk = s.cue("talk");
        if (CueStage.statementCue(s.cue())) {
            return false;
        }
        return s.who() && talk && s.actors().size() == 1 && s.round() == null && s.from() == null
                && !s.matches(".*\\b(when|how long|how many)\\b.*") && (!s.tariffCue() || endsWithWith)
                || s.cue().contains("counterpart") && s.actors().size() == 1
                || talk && s.actors().size() == 1 && s.side() != null && s.round() == null && s.from() == null;
    }

    private static boolean office(Signals s) {
        boolean talk = s.cue("talk");
        boolean whoIsTitle = !s.offices().isEmpty() && s.matches(".*\\b(who|whom|name)\\b.*") && !talk;
        boolean officeAsked = s.cue("office") && s.actors().size() <= 1 && !talk
                && (s.matches(OFFICE_WORDS) || s.ask() == Reading.Ask.SINCE_WHEN || s.matches("^ (who|what) (is|was|'s) _ $"));
        boolean titleAlone = !s.offices().isEmpty() && !talk && !s.cue("timeline") && !s.tariffCue() && !s.chipCue() && s.kinds().isEmpty()
                && s.from() == null && s.round() == null;
        return whoIsTitle || officeAsked || titleAlone || !s.offices().isEmpty() && s.actors().isEmpty() && !talk && !s.cue("timeline");
    }
}
