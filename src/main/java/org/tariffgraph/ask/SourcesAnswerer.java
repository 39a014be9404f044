package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;

/**
 * "Which report says …?": first the facts the question is about (a tariff of a rate, a chip, an
 * event, an actor, or the best match of its words), then the passages of the documents that report them.
 */
record SourcesAnswerer(Queries queries) implements Answerer {

    private static final List<String> ALL_KINDS = List.of("PhoneCall", "Meeting", "NegotiationRound", "Summit", "Trip", "Statement", "TariffAction");

    @Override
    public Answer answer(String question, Reading r) {
        var subjects = subjects(question.toLowerCase(Locale.ROOT), r);
        var ids = List.copyOf(subjects.keySet());
        var all = ids.isEmpty() ? List.<SourceRef>of() : queries.sources(ids);
        var rows = narrowToOffice(all, r);
        var docs = rows.stream().map(SourceRef::document).distinct().toList();
        String sentence = ids.isEmpty() ? "The question names nothing the knowledge base holds, so it has no sources to show."
                : rows.isEmpty() ? NO_RECORD + "a source for " + join(List.copyOf(subjects.values())) + "."
                : join(List.copyOf(subjects.values())) + (subjects.size() == 1 ? " is" : " are") + " reported by " + docs.size()
                        + (docs.size() == 1 ? " document: " : " documents: ") + join(docs.stream().map(d -> d + publisher(rows, d)).toList()) + ".";
        return Answers.of(question, r, Intent.SOURCES, Answers.params("ids", ids), rows, SourceRef.class, sentence, docs);
    }

    /** The facts the question asks the sources of, by id, in the order of the first kind that finds any. */
    private Map<String, String> subjects(String q, Reading r) {
        var subjects = new LinkedHashMap<String, String>();
        if (r.rate() != null) {
            queries.tariffs(new Queries.TariffFilter(null, null, null, r.rate(), null, null)).forEach(t -> subjects.put(t.id(), t.name()));
        }
        r.names().chips().forEach(c -> subjects.put(c.id(), c.name()));
        r.names().tariffs().forEach(t -> subjects.putIfAbsent(t.id(), t.name()));
        if (subjects.isEmpty() && r.sector() != null && q.matches(".*\\b(idea|proposal|offer|chip|concession|plan|pledge)s?\\b.*")) {
            queries.chips(null, id(r.sector())).forEach(c -> subjects.put(c.id(), c.name()));
        }
        if (subjects.isEmpty()) {
            events(r).forEach(n -> subjects.put(n.id(), n.name()));
        }
        if (subjects.isEmpty() && r.sector() != null && q.matches(".*\\b(tariff|duty|duties|levy)\\b.*")) {
            queries.tariffs(null, id(r.sector()), null).forEach(t -> subjects.put(t.id(), t.name()));
        }
        if (subjects.isEmpty()) {
            r.actors().forEach(a -> subjects.put(a.id(), a.name()));
            r.names().sectors().forEach(s -> subjects.put(s.id(), s.name()));
        }
        if (subjects.isEmpty() && q.matches(".*\\b(tariffs?|duty|duties|levy|rate)\\b.*")) {
            var words = Arrays.stream(q.split("[^a-z0-9]+")).filter(w -> w.length() > 2 && !CommonWords.SET.contains(w)).toList();
            queries.findNodes(words, List.of("Tariff"), 1).forEach(m -> subjects.put(m.id(), m.name()));
        }
        if (subjects.isEmpty() && !r.topicWords().isEmpty()) {
            queries.findNodes(r.topicWords(), List.of("Event", "Tariff", "BargainingChip"), 1).forEach(m -> subjects.put(m.id(), m.name()));
        }
        return subjects;
    }

    /** The events the question's event words describe, of the kinds it names or, failing that, of any kind. */
    private List<org.tariffgraph.model.Negotiation> events(Reading r) {
        boolean eventWords = !r.kinds().isEmpty() || r.from() != null || r.round() != null || r.numbers().minutes() != null
                || r.names().place() != null;
        if (!eventWords) {
            return List.of();
        }
        var kinds = r.kinds().isEmpty() ? null : r.kinds();
        var found = queries.negotiations(filter(r, kinds));
        return found.isEmpty() && kinds != null ? queries.negotiations(filter(r, ALL_KINDS)) : found;
    }

    private static NegotiationFilter filter(Reading r, List<String> kinds) {
        return new NegotiationFilter(id(r.actor()), id(r.other()), r.from(), r.to(), r.round(), kinds, r.when().weekday(),
                r.when().timeOfDay(), r.names().place(), r.numbers().minutes());
    }

    /** "The source for Akazawa being minister": only the passages of that fact, when the question names one office. */
    private static List<SourceRef> narrowToOffice(List<SourceRef> all, Reading r) {
        if (r.names().offices().isEmpty() || r.person() == null) {
            return all;
        }
        String office = r.names().offices().get(0).name();
        var narrowed = all.stream().filter(x -> x.fact().contains(office)).toList();
        return narrowed.isEmpty() ? all : narrowed;
    }

    private static String publisher(List<SourceRef> rows, String doc) {
        return rows.stream().filter(s -> s.document().equals(doc)).findFirst()
                .map(s -> s.publisher() != null ? " (" + s.publisher() + ")" : "").orElse("");
    }
}
