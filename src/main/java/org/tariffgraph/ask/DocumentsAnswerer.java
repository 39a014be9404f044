package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.List;
import java.util.Locale;
import org.tariffgraph.model.DocumentInfo;
import org.tariffgraph.model.Entity;
import org.tariffgraph.query.Queries;

/** The reports themselves: by publisher or outlet cited, by author, and who wrote them (or that no author is named). */
record DocumentsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Entity org = r.names().organizations().isEmpty() ? null : r.names().organizations().get(0);
        Entity author = r.person();
        var params = Answers.params("id", null, "organizationId", id(org), "authorId", id(author));
        var rows = queries.documents(null, id(org), id(author));
        boolean whoWrote = question.toLowerCase(Locale.ROOT).matches(".*\\b(who wrote|author|written by|byline)\\b.*");
        if (whoWrote && !rows.isEmpty() && rows.stream().allMatch(d -> d.authors().isEmpty())) {
            String sentence = NO_RECORD + "who wrote " + (org != null ? "the " + org.name() + " report" : "these reports") + ": the text names no author.";
            return Answers.of(question, r, Intent.DOCUMENTS, params, List.of(), DocumentInfo.class, sentence, List.of());
        }
        String by = org != null ? " published by or citing " + org.name() : "";
        String sentence = rows.isEmpty() ? NO_RECORD + "a report" + by + (author != null ? " written by " + author.name() : "") + "."
                : rows.size() + " report" + (rows.size() == 1 ? "" : "s") + by + ": " + join(rows.stream().map(DocumentsAnswerer::document).toList()) + ".";
        return Answers.of(question, r, Intent.DOCUMENTS, params, rows, DocumentInfo.class, sentence, rows.stream().map(DocumentInfo::id).toList());
    }

    private static String document(DocumentInfo d) {
        return d.id() + " (" + (d.publishers().isEmpty() ? "publisher not named" : "published by " + String.join(", ", d.publishers()))
                + (d.authors().isEmpty() ? "" : ", written by " + String.join(", ", d.authors()))
                + (d.published() != null ? ", " + d.published() + ("stated".equals(d.publishedBasis()) ? "" : " (" + d.publishedPrecision() + ", inferred)") : "")
                + ")";
    }
}
