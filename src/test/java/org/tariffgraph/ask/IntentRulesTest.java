package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Entity;

/**
 * Each intent rule on signals written by hand, without Neo4j: the cue text is the question less its
 * names and dates (a name is "_"), as the reading stages leave it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntentRulesTest {

    private static final Entity AKAZAWA = new Entity("person-ryosei-akazawa", "Ryosei Akazawa", "Person", List.of(), List.of());
    private static final Entity LUTNICK = new Entity("person-howard-lutnick", "Howard Lutnick", "Person", List.of(), List.of());
    private static final Entity KYODO = new Entity("org-kyodo", "Kyodo News", "Organization", List.of(), List.of());

    private static Signals signals(String cue, List<Entity> actors) {
        return new Signals(" " + cue + " ", " " + cue + " ", actors, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                null, null, Set.of(), Reading.Ask.LIST, List.of(), null);
    }

    private static String rule(Signals s) {
        return IntentRules.choose(s).name();
    }

    @Test
    void a_name_the_graph_does_not_know_is_unknown_whatever_else_the_question_says() {
        var s = new Signals(" who did _ meet ", "", List.of(AKAZAWA), null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                null, null, Set.of(), Reading.Ask.WHO, List.of("greer"), null);
        assertEquals("names-something-unknown", rule(s));
    }

    @Test
    void whom_one_dealt_with_needs_one_person_and_a_word_of_talking() {
        assertEquals("whom-one-dealt-with", rule(signals("who did _ negotiate with", List.of(AKAZAWA))));
        assertEquals("calls-and-meetings", rule(signals("when did _ and _ talk", List.of(AKAZAWA, LUTNICK))));
    }

    @Test
    void reports_disagreeing_are_conflicts() {
        assertEquals("reports-disagree", rule(signals("where do the reports disagree", List.of())));
    }

    @Test
    void a_news_agency_alone_asks_for_the_reports() {
        var s = new Signals(" what did _ publish ", "", List.of(), null, List.of(), List.of(), List.of(KYODO), List.of(), List.of(), null,
                null, null, null, Set.of(), Reading.Ask.LIST, List.of(), null);
        assertEquals("the-reports-themselves", rule(s));
    }

    @Test
    void who_said_what_is_a_statement_unless_it_asks_which_tariffs() {
        assertEquals("who-said-what", rule(signals("who described the tariffs as unacceptable", List.of())));
        assertEquals("tariffs-and-rates", rule(signals("which tariffs did they say would stay", List.of())));
    }

    @Test
    void a_position_on_something_is_a_stance_and_a_position_held_is_an_office() {
        assertEquals("who-said-what", rule(signals("what is _ position on the tariffs", List.of())));
        assertEquals("who-said-what", rule(signals("who called the tariffs unacceptable", List.of())));
    }

    @Test
    void called_off_meetings_are_calls_and_meetings_not_a_timeline() {
        var s = new Signals(" which meetings were called off or never happened ", " which meetings were called off or never happened ", List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, Set.of("Meeting"), Reading.Ask.LIST,
                List.of(), null);
        assertEquals("events-that-did-not-happen", rule(s));
    }

    @Test
    void a_whole_word_cue_does_not_match_a_longer_word() {
        assertEquals("no-cue-word", rule(signals("any payments", List.of())));
        assertEquals("tariffs-and-rates", rule(signals("what do exporters pay", List.of())));
    }

    @Test
    void a_round_alone_is_about_rounds() {
        assertEquals("negotiation-rounds", rule(signals("list the rounds so far", List.of())));
        assertEquals("what-came-when", rule(signals("what happened in each round", List.of())), "a sequence wins over the word round");
    }

    @Test
    void a_round_asked_for_through_what_it_held_is_reached_through_its_clues() {
        assertEquals(RoundClues.RULE, rule(signals("which round was _ late june trip to _ part of", List.of(AKAZAWA))));
        assertEquals(RoundClues.RULE, rule(signals("when did the round that included _ meeting with _ start", List.of(AKAZAWA, LUTNICK))));
        var neighbour = new Signals(" what round came right after the fifth one ", "", List.of(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, 6L, null, null, Set.of("NegotiationRound"), Reading.Ask.LIST, List.of(), null);
        assertEquals("negotiation-rounds", rule(neighbour), "a round named by its neighbour is no sequence and no clue");
    }

    @Test
    void colleagues_and_those_alongside_are_on_ones_own_side_even_with_a_government_or_a_date() {
        var japan = new Entity("gov-japan", "Government of Japan", "Government", List.of(), List.of());
        assertEquals(IntentRules.OWN_SIDE, rule(signals("who were _ colleagues in the negotiations with _", List.of(LUTNICK, japan))));
        assertEquals(IntentRules.OWN_SIDE, rule(signals("who joined _ on the _ side of the talks", List.of(LUTNICK))));
        assertEquals("whom-one-dealt-with", rule(signals("who did _ negotiate with", List.of(AKAZAWA))));
    }

    @Test
    void a_promise_or_a_stance_is_a_statement_even_with_a_word_of_talking() {
        assertEquals("who-said-what", rule(signals("on which subjects did _ promise intensive talks", List.of(AKAZAWA))));
        assertEquals("who-said-what", rule(signals("who spoke of a deep conversation with the americans", List.of())));
        assertEquals("who-said-what", rule(signals("what is _ trying to achieve in the talks", List.of())));
        assertEquals("who-said-what", rule(signals("who warned that the 25% rate would probably stay", List.of())));
        assertEquals("who-said-what", rule(signals("what positions has _ taken on the us tariffs", List.of())));
        assertEquals("offices-and-holders", rule(signals("what positions does _ hold", List.of(AKAZAWA))), "a position held is an office");
    }

    @Test
    void bargaining_chips_named_outrank_a_government_the_chips_went_to() {
        var us = new Entity("gov-us", "United States Government", "Government", List.of(), List.of());
        assertEquals("bargaining-chips-named", rule(signals("which bargaining chips were never formally submitted to _", List.of(us))));
    }

    @Test
    void who_someone_is_is_the_office_they_hold() {
        assertEquals("who-someone-is", rule(signals("who is _", List.of(LUTNICK))));
    }

    private static Signals with(String cue, List<Entity> actors, Long round, Set<String> kinds, Reading.Ask ask, Entity side) {
        return new Signals(" " + cue + " ", " " + cue + " ", actors, side, List.of(), List.of(), List.of(), List.of(), List.of(), null, round,
                null, null, kinds, ask, List.of(), null);
    }

    @Test
    void the_people_involved_and_a_rounds_content_have_rules_of_their_own() {
        assertEquals("who-is-involved", rule(signals("who is involved in the talks", List.of())));
        assertEquals("what-a-round-covered", rule(with("what topics were discussed in round 5", List.of(), 5L, Set.of("NegotiationRound"),
                Reading.Ask.LIST, null)));
    }

    @Test
    void the_source_of_a_fact_and_the_stories_by_someone_are_told_apart() {
        assertEquals("sources-of-a-fact", rule(signals("which source says _ is minister", List.of(AKAZAWA))));
        assertEquals("reports-by-someone", rule(signals("stories by _", List.of(AKAZAWA))));
    }

    @Test
    void two_events_set_against_each_other_by_date_are_in_order() {
        assertEquals("which-came-first", rule(signals("which came first the fifth round or the g7 summit", List.of())));
    }

    @Test
    void an_offer_without_a_named_chip_is_about_chips() {
        var japan = new Entity("gov-japan", "Government of Japan", "Government", List.of(), List.of());
        assertEquals("bargaining-chips", rule(signals("what did _ offer", List.of(japan))));
    }

    @Test
    void timelines_actors_and_sides_are_the_last_resorts_before_no_cue() {
        assertEquals("events-in-order", rule(signals("give me a recap", List.of())));
        assertEquals("the-actors", rule(signals("list the governments", List.of())));
        var us = new Entity("gov-us", "United States Government", "Government", List.of(), List.of());
        assertEquals("a-side", rule(with("what about the _ side", List.of(), null, Set.of(), Reading.Ask.LIST, us)));
        assertEquals("events", rule(with("how many events were there", List.of(), null, Set.of(), Reading.Ask.HOW_MANY, null)));
    }

    @Test
    void a_call_about_tariffs_with_one_person_asks_whom_they_talked_to() {
        assertEquals("who-one-talked-to", rule(with("who did _ call about the tariffs", List.of(AKAZAWA), null, Set.of("PhoneCall"),
                Reading.Ask.WHO, null)));
    }

    @Test
    void every_rule_has_a_name_of_its_own() {
        var names = IntentRules.RULES.stream().map(IntentRules.Rule::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size());
    }
}
