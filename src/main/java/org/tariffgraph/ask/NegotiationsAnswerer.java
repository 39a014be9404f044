package org.tariffgraph.ask;

import static org.tariffgraph.ask.Answers.NO_RECORD;
import static org.tariffgraph.ask.Answers.id;
import static org.tariffgraph.ask.Phrasing.event;
import static org.tariffgraph.ask.Phrasing.join;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;

/**
 * Calls, meetings, rounds, trips and statements, filtered by who, when, where, how long and whether
 * they took place; then one of them ("the longest"), a count, who else took part, or a yes or no
 * (a no names the nearest event in time, said as such).
 */
record NegotiationsAnswerer(Queries queries) implements Answerer {

    @Override
    public Answer answer(String question, Reading r) {
        Answer compared = LengthComparison.answer(queries, question, r);
        if (compared != null) {
            return compared;
        }
        var kinds = r.kinds().isEmpty() || r.kinds().equals(List.of("NegotiationRound")) && r.round() != null ? null : r.kinds();
        Long minutes = r.numbers().minutes();
        var filter = new NegotiationFilter(id(r.actor()), id(r.other()), r.from(), r.to(), r.round(), kinds, r.when().weekday(),
                r.when().timeOfDay(), r.names().place(), minutes);
        Standing standing = r.qualifiers().standing();
        var rows = standing.keep(Answers.aboutTopicDate(queries, r, queries.negotiations(filter), Negotiation::topics));
        if (standing != Standing.ANY) {
            // "what meetings were in the pipeline for Bessent in June?": a plan with no date may fall in the period
            rows = withUndated(rows, standing.keep(sameSides(r, kinds, minutes)));
        }
        String what = standing.words()
                + Phrasing.describeEvents(r, kinds, minutes).replaceFirst("^(a|an) ", standing == Standing.ANY ? "$1 " : "");
        Order order = r.qualifiers().order();
        Negotiation picked = rows.size() > 1 ? order.pick(rows) : null;
        String sentence;
        if (rows.isEmpty() && r.ask() == Reading.Ask.WHETHER) {
            var sameSides = sameSides(r, kinds, minutes);
            var nearest = nearest(r, sameSides);
            var undated = sameSides.stream().filter(n -> n.date() == null).toList();
            var shown = new ArrayList<Negotiation>(undated);
            if (nearest != null) {
                shown.add(0, nearest);
            }
            rows = shown;
            sentence = "No: " + Character.toLowerCase(NO_RECORD.charAt(0)) + NO_RECORD.substring(1) + what + "."
                    + (nearest == null ? "" : " The nearest in time it records is " + event(nearest) + ".")
                    + (undated.isEmpty() ? "" : " Undated, it records " + join(undated.stream().map(Phrasing::event).toList()) + ".");
        } else if (rows.isEmpty()) {
            sentence = NO_RECORD + what + ".";
        } else if (picked != null) {
            rows = List.of(picked);
            sentence = order.words() + event(picked) + ".";
        } else {
            var excluded = excluded(r);
            if (!excluded.isEmpty()) {
                String actor = r.actor() == null ? null : r.actor().name();
                rows = rows.stream().filter(n -> n.participants().stream().anyMatch(p -> !p.equals(actor) && !excluded.contains(p))).toList();
            }
            sentence = rows.isEmpty() ? NO_RECORD + what + " with anyone apart from " + r.names().side().name() + "."
                    : listed(r, rows, what, question, excluded);
        }
        return Answers.of(question, r, Intent.NEGOTIATIONS, filter.parameters(), rows, Negotiation.class, sentence,
                Answers.sourcesOf(rows, Negotiation::sources));
    }

    /** "Apart from US officials, whom did Akazawa meet?": the people of the side left out, and the side itself. */
    private Set<String> excluded(Reading r) {
        if (!r.qualifiers().excluding() || r.names().side() == null || r.ask() != Reading.Ask.WHO) {
            return Set.of();
        }
        var names = new HashSet<String>();
        names.add(r.names().side().name());
        queries.office(null, null, null, r.names().side().id()).forEach(h -> names.add(h.person()));
        return names;
    }

    /** The events found, as a count, as whom the actor dealt with (less the excluded), as a yes, or as a list. */
    private static String listed(Reading r, List<Negotiation> rows, String what, String question, Set<String> excluded) {
        String events = join(rows.stream().map(Phrasing::event).toList());
        if (r.ask() == Reading.Ask.HOW_MANY) {
            return "The knowledge base records " + Phrasing.count(rows.size(), "event", "events") + " for " + what + ": " + events + ".";
        }
        if (r.ask() == Reading.Ask.WHO && r.actor() != null) {
            var others = rows.stream().flatMap(n -> n.participants().stream())
                    .filter(p -> !p.equals(r.actor().name()) && !excluded.contains(p)).distinct().toList();
            boolean noneHeld = rows.stream().noneMatch(n -> "held".equals(n.status()));
            String verb = noneHeld ? " was to meet, or sought to meet, " : " dealt with ";
            return r.actor().name() + (others.isEmpty() ? " took part alone in " : verb + join(others) + " in ")
                    + Phrasing.countInWords(rows.size(), "event", "events") + ": " + events + ".";
        }
        if (r.ask() == Reading.Ask.WHETHER) {
            boolean noneHeld = rows.stream().noneMatch(n -> "held".equals(n.status()));
            return noneHeld && !ABOUT_PLANS.matcher(question.toLowerCase(java.util.Locale.ROOT)).find()
                    ? "No: no report says it took place; the knowledge base records only " + events + "."
                    : "Yes: " + events + ".";
        }
        return Phrasing.capitalized(events) + ".";
    }


    /** Words of a yes/no question that asks whether something was planned, not whether it happened. */
    private static final java.util.regex.Pattern ABOUT_PLANS = java.util.regex.Pattern.compile("\\b(plan\\w*|due|schedul\\w*|expect\\w*|set to|"
            + "propos\\w*|suggest\\w*|supposed|going to|intend\\w*|hop(e|ed|ing)|sought|seek\\w*|try|tried|trying|arrang\\w*|possib\\w*|"
            + "potential\\w*|lined up|pipeline|pencil\\w*|upcoming|floated|talk of|prepar\\w*|ready)\\b");

    /** The rows, then the undated ones of {@code same} not among them. */
    private static List<Negotiation> withUndated(List<Negotiation> rows, List<Negotiation> same) {
        var out = new ArrayList<>(rows);
        same.stream().filter(n -> n.date() == null && rows.stream().noneMatch(k -> k.id().equals(n.id()))).forEach(out::add);
        return out;
    }

    /** For a "did X meet Y on D?" that finds nothing: the same sides' events of the same kind at any date (none without a date asked). */
    private List<Negotiation> sameSides(Reading r, List<String> kinds, Long minutes) {
        if (r.from() == null && r.to() == null) {
            return List.of();
        }
        return queries.negotiations(new NegotiationFilter(id(r.actor()), id(r.other()), null, null, r.round(), kinds, null, null,
                r.names().place(), minutes));
    }

    /** Of the same sides' events, the dated one nearest to the date asked about, if any. */
    private static Negotiation nearest(Reading r, List<Negotiation> any) {
        if (any.isEmpty()) {
            return null;
        }
        long target = days(r.from() != null ? r.from() : r.to());
        return any.stream().filter(n -> n.date() != null).min(Comparator.comparingLong(n -> Math.abs(days(n.date()) - target))).orElse(null);
    }

    private static long days(String iso) {
        String day = iso.length() == 4 ? iso + "-07-01" : iso.length() == 7 ? iso + "-15" : iso;
        return java.time.LocalDate.parse(day).toEpochDay();
    }
}
