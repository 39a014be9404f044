package org.tariffgraph.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.Statement;

/** Which statements a question's own words pick, without Neo4j. */
class StatementMatchTest {

    private static Statement said(String id, String summary, String... quotes) {
        return new Statement(id, "statement", null, null, null, List.of("Someone"), id, summary, List.of(quotes), null, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static final List<Statement> ROWS = List.of(
            said("levies", "The US levies on Japan stay in place for now."),
            said("unacceptable", "Tokyo holds the tariffs imposed on it unacceptable.", "unacceptable"),
            said("common-ground", "The sides had yet to find common ground.", "yet to find common ground"));

    private static List<String> ids(List<Statement> rows) {
        return rows.stream().map(Statement::id).toList();
    }

    @Test
    void the_words_a_question_quotes_outweigh_its_other_words() {
        assertEquals(List.of("unacceptable"), ids(StatementMatch.best(ROWS, "Which official insisted the US levies on Japan were 'unacceptable'?", List.of())));
        assertEquals(List.of("common-ground"), ids(StatementMatch.best(ROWS, "Who said the sides had \"yet to find common ground\"?", List.of())));
    }

    @Test
    void a_quote_is_found_between_single_or_double_marks_but_not_in_a_possessive() {
        assertEquals(List.of("unacceptable"), StatementMatch.quoted("Who called the tariffs 'unacceptable'?"));
        assertEquals(List.of(), StatementMatch.quoted("What did Japan's negotiator tell Lutnick's team?"));
    }

    @Test
    void the_press_is_the_reporters_a_statement_was_made_to() {
        var rows = List.of(said("progress", "Akazawa said the round brought some progress."),
                said("reporters", "Akazawa told reporters the sides were apart."));
        assertEquals(List.of("reporters"), ids(StatementMatch.best(rows, "What did Akazawa tell the press?", List.of("Akazawa"))));
    }

    @Test
    void no_matching_word_keeps_every_statement() {
        assertEquals(ids(ROWS), ids(StatementMatch.best(ROWS, "What was said?", List.of())));
    }
}
