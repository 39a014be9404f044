package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;

import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Statement;
import org.tariffgraph.query.Queries;

/**
 * Who said what: statements, quotes, stances and attributions by speaker and period, the best
 * matches of the question's words first ({@link StatementMatch}); or how many a speaker made.
 */
record StatementsAnswerer(Queries queries) implements Answerer {

    private static final int SHOWN = 3;

    @Override
    public Answer answer(String question, Reading r) {
        // "who pledged to work with the United States?": a name after the verb is what was said, not who said it
        Entity speaker = r.ask() == Reading.Ask.WHO ? null : r.names().side() != null ? r.names().side()
                : r.actors().stream().filter(a -> a.type().equals("Person") || a.type().equals("Government")).findFirst().orElse(null);
        // "what did Tokyo say after the call?": a statement on the call's own day is after it
        String from = r.when().sinceLandmark() != null ? r.when().sinceLandmark() : r.from();
        var filter = new Queries.StatementFilter(id(speaker), null, from, r.to());
        var all = Answers.aboutTopicDate(queries, r, queries.statements(filter), Statement::about);
        boolean count = r.ask() == Reading.Ask.HOW_MANY;
        var rows = count ? all : StatementMatch.best(all, question, r.understood().entities());
        String by = (speaker != null ? " by " + speaker.name() : "") + Phrasing.period(r);
        String sentence;
        if (rows.isEmpty()) {
            sentence = NO_RECORD + "any statement" + by + ".";
        } else if (count) {
            sentence = "The knowledge base records " + Phrasing.count(rows.size(), "statement", "statements") + by + ": "
                    + join(rows.stream().map(StatementsAnswerer::said).toList()) + ".";
        } else {
            sentence = join(rows.stream().limit(SHOWN).map(StatementsAnswerer::said).toList())
                    + (rows.size() > SHOWN ? "; and " + (rows.size() - SHOWN) + " more" : "") + ".";
        }
        return Answers.of(question, r, Intent.STATEMENTS, filter.parameters(), rows, Statement.class, sentence,
                Answers.sourcesOf(rows, Statement::sources));
    }

    /** One statement in a sentence: who, what (in the graph's own words), when, and on whose report. */
    private static String said(Statement s) {
        String who = s.speakers().isEmpty() ? "An unnamed source" : join(s.speakers());
        boolean stance = s.kind().startsWith("stance");
        // a stance is told by its headline, then in full ("US shows no sign of dropping its sector tariffs. Trump and ...")
        String verb = stance ? " (" + s.kind().substring("stance: ".length()) + "): " + s.name() + ". " : " said: ";
        String date = s.date() == null ? "" : Phrasing.when(s.date(), s.datePrecision(), s.dateBasis()).replaceFirst("^ on ", "");
        return who + verb + s.summary() + " (" + (date.isBlank() ? "" : date.strip() + "; ") + String.join(", ", s.sources())
                + (s.attributions().isEmpty() ? "" : "; " + String.join("; ", s.attributions())) + ")";
    }
}
