package org.tariffgraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.model.DocumentInfo;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.model.Round;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.Statement;
import org.tariffgraph.model.Table;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.model.TimelineEntry;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.Queries.NegotiationFilter;

/**
 * Answers plain-English questions from the graph, deterministically: a {@link QuestionReader} picks
 * an intent and fills its slots with names the graph knows, the intent's query file runs with those
 * values as parameters, and the rows are put into one sentence. Nothing the graph does not hold is
 * ever guessed: an unknown name or an empty result is said plainly. One asker serves many questions
 * (it reads the graph's names once).
 */
public final class Asker {

    private static final String NO_RECORD = "The knowledge base has no record of ";

    private final Queries queries;
    private QuestionReader reader;

    public Asker(Queries queries) {
        this.queries = queries;
    }

    private QuestionReader reader() {
        if (reader == null) {
            var lexicon = new Lexicon(queries.entities(Queries.NAMED_LABELS));
            reader = new QuestionReader(lexicon, queries.latestYear(java.time.Year.now().getValue()), this::anchorDate);
        }
        return reader;
    }

    /** The date of the event some words name best ("g7 summit"), through the full-text index; null if none. */
    private String anchorDate(List<String> words) {
        var content = words.stream().filter(w -> !CommonWords.SET.contains(w) || w.equals("summit") || w.equals("round")).toList();
        var found = queries.findNodes(content.isEmpty() ? words : content, List.of("Event"), 3);
        return found.stream().filter(m -> m.date() != null).map(m -> m.date()).findFirst().orElse(null);
    }

    public Answer ask(String question) {
        Reading r = reader().read(question);
        var understood = new Answer.Understanding(r.seen(), r.dates(), r.keywords(), r.unknown());
        return switch (r.intent()) {
            case UNKNOWN, SEARCH -> unknown(question, r, understood);
            case ACTORS -> actors(question, r, understood);
            case OFFICE -> office(question, r, understood);
            case COUNTERPARTS -> counterparts(question, r, understood);
            case NEGOTIATIONS -> negotiations(question, r, understood);
            case ROUNDS -> rounds(question, r, understood);
            case TIMELINE -> timeline(question, r, understood);
            case TARIFFS -> tariffs(question, r, understood);
            case CHIPS -> chips(question, r, understood);
            case SOURCES -> sources(question, r, understood);
            case DOCUMENTS -> documents(question, r, understood);
            case STATEMENTS -> statements(question, r, understood);
            case CONFLICTS -> conflicts(question, understood);
        };
    }

    // ---- one method per intent ------------------------------------------------------------------

    private Answer unknown(String question, Reading r, Answer.Understanding u) {
        if (r.unknown().isEmpty()) {
            var search = search(question, r, u);
            if (search != null) {
                return search;
            }
        }
        String sentence = r.unknown().isEmpty()
                ? "The question matches nothing the knowledge base can answer: it names no actor, date, tariff, bargaining chip or report it holds."
                : NO_RECORD + join(r.unknown().stream().map(t -> "'" + t + "'").toList()) + ".";
        return new Answer(question, Intent.UNKNOWN.label(), Map.of(), new Answer.Query(null, null), List.of(), List.of(), sentence, List.of(), u);
    }

    /**
     * The last resort when no reading fits but the question names nothing unknown: the facts whose own
     * words (names, summaries, quotes) best match the question's, said plainly to be a match on words.
     */
    private Answer search(String question, Reading r, Answer.Understanding u) {
        var words = r.topicWords().isEmpty() ? List.of(question.split("\\W+")) : r.topicWords();
        var rows = queries.search(words.stream().filter(w -> !CommonWords.SET.contains(w.toLowerCase(Locale.ROOT))).toList(), 5);
        if (rows.isEmpty()) {
            return null;
        }
        String sentence = "No reading of the question fits, so this is a match on its words, not an answer: the facts whose words match best are "
                + join(rows.stream().map(m -> m.name() + " (" + m.kind() + ")").toList()) + ".";
        return answer(question, Intent.SEARCH, params("search", String.join(" OR ", words), "limit", 5), rows,
                org.tariffgraph.model.WordMatch.class, sentence, sourcesOf(rows, m -> m.sources()), u);
    }

    private Answer actors(String question, Reading r, Answer.Understanding u) {
        String q = question.toLowerCase(Locale.ROOT);
        String type = q.matches(".*\\b(people|persons?|officials|individuals|figures|negotiators|journalists|named|who)\\b.*") ? "person"
                : q.contains("government") ? "government"
                : q.contains("countr") ? "country"
                : q.matches(".*\\b(organi[sz]ations?|outlets?|media)\\b.*") ? "organization" : null;
        if (r.side() != null && type == null) {
            type = "person";
        }
        Entity sideEntity = r.side() != null ? r.side()
                : r.actors().size() == 1 && r.actor().type().equals("Government") ? r.actor() : null;
        if (sideEntity != null && type == null) {
            type = "person";
        }
        String side = id(sideEntity);
        var params = params("type", type, "governmentId", side);
        var rows = queries.actors(type, side);
        String sentence = rows.isEmpty() ? NO_RECORD + "any " + (type == null ? "actor" : type) + "."
                : "The knowledge base knows " + rows.size() + " " + (type == null ? "actors" : plural(type))
                        + (sideEntity != null ? " on the side of " + sideEntity.name() : "") + ": "
                        + join(rows.stream().map(a -> a.name() + (a.offices().isEmpty() ? "" : " (" + String.join(", ", a.offices()) + ")")).toList()) + ".";
        return answer(question, Intent.ACTORS, params, rows, org.tariffgraph.model.Actor.class, sentence, sourcesOf(rows, a -> a.sources()), u);
    }

    private Answer office(String question, Reading r, Answer.Understanding u) {
        Entity person = r.person();
        String title = null;
        if (!r.offices().isEmpty() && (person == null || viaTitleOnly(question, person))) {
            title = r.offices().get(0).name();
            person = null;
        }
        String government = person == null && title == null && r.actor() != null ? r.actor().id() : id(r.side());
        String asOf = r.from() != null && r.from().equals(r.to()) ? r.from() : null;
        var params = params("title", title, "personId", id(person), "asOf", asOf, "governmentId", government);
        var rows = queries.office(title, id(person), asOf, government);
        String sentence;
        if (rows.isEmpty()) {
            sentence = NO_RECORD + (person != null ? "an office held by " + person.name() : "who holds " + (title == null ? "that office" : "the office of " + title))
                    + (asOf != null ? " as of " + asOf : "") + ".";
        } else {
            sentence = join(rows.stream().map(o -> o.person() + " is " + o.office() + " (" + o.government() + ")"
                    + (o.from() != null ? ", in office since " + o.from() + ("inferred".equals(o.dateBasis()) ? " (date inferred; the reports do not give it)" : "")
                            : r.ask() == Reading.Ask.SINCE_WHEN ? ", since a date the reports do not give" : "")).toList()) + ".";
        }
        return answer(question, Intent.OFFICE, params, rows, OfficeHolding.class, sentence, sourcesOf(rows, o -> o.sources()), u);
    }

    /**
     * Whom an actor dealt with: the other side (counterparts.cypher), or, for "whom did X brief", its own
     * side (contacts.cypher); a counterpart met only in events that did not take place is named with
     * what became of them.
     */
    private Answer counterparts(String question, Reading r, Answer.Understanding u) {
        Entity actor = r.actor();
        boolean ownSide = r.keywords().contains("rule: " + IntentRules.OWN_SIDE);
        var params = params("actorId", actor.id());
        var all = ownSide ? queries.contacts(actor.id()) : queries.counterparts(actor.id());
        // "whom did X actually sit down with": only events that took place
        boolean heldOnly = question.toLowerCase(Locale.ROOT).matches(".*\\b(actually|really|personally|in person|indeed|in fact)\\b.*");
        var rows = heldOnly ? all.stream().filter(c -> c.held() > 0).toList() : all;
        String sentence = rows.isEmpty() ? NO_RECORD + "anyone " + actor.name() + (ownSide ? " dealt with on the same side." : " negotiated with.")
                : counterpartsSentence(actor, rows, ownSide ? " dealt with, on the same side, " : " negotiated with ");
        var table = Table.of(rows, Counterpart.class);
        String file = ownSide ? "contacts" : Intent.COUNTERPARTS.query();
        return new Answer(question, Intent.COUNTERPARTS.label(), params, new Answer.Query(file + ".cypher", Queries.text(file)),
                table.columns(), table.rows(), sentence, sourcesOf(rows, c -> c.sources()), u);
    }

    /** "X negotiated with A (…); not met, only planned or sought: B (…)". */
    private static String counterpartsSentence(Entity actor, List<Counterpart> rows, String verb) {
        var met = rows.stream().filter(c -> c.held() > 0).map(Asker::counterpart).toList();
        var notMet = rows.stream().filter(c -> c.held() == 0).map(Asker::counterpart).toList();
        String sentence = met.isEmpty() ? actor.name() + " met no one in an event reported as held"
                : actor.name() + verb + join(met);
        return sentence + (notMet.isEmpty() ? "." : "; not met, only " + (met.isEmpty() ? "" : "in ") + "events that did not take place as reported: "
                + join(notMet) + ".");
    }

    private static String counterpart(Counterpart c) {
        String others = join(c.statuses().stream().map(Asker::statusWords).toList());
        String held = c.held() == c.interactions() ? c.held() + (c.held() == 1 ? " interaction" : " interactions")
                : c.held() == 0 ? others : c.held() + " held; also " + others;
        return c.counterpart() + " (" + held + range(c.firstDate(), c.lastDate()) + ")";
    }

    private Answer negotiations(String question, Reading r, Answer.Understanding u) {
        Long minutes = r.minutes();
        var kinds = r.kinds().isEmpty() ? null : r.kinds();
        if (kinds != null && kinds.equals(List.of("NegotiationRound")) && r.round() != null) {
            kinds = null;
        }
        String withId = id(r.other());
        if (withId == null && r.side() != null && r.actor() != null && !r.side().id().equals(r.actor().id())) {
            withId = null; // a side ("US officials") only narrows counterparts, which negotiations lists anyway
        }
        var filter = new NegotiationFilter(id(r.actor()), withId, r.from(), r.to(), r.round(), kinds, r.weekday(),
                r.timeOfDay(), r.place(), minutes);
        Standing standing = Standing.of(question);
        var rows = standing.keep(aboutTopicDate(r, queries.negotiations(filter)));
        String what = (standing == Standing.ANY ? "" : standing == Standing.NOT_HELD ? "a planned, proposed or sought " : "a called-off or never held ")
                + describeEvents(r, kinds, minutes).replaceFirst("^(a|an) ", standing == Standing.ANY ? "$1 " : "");
        Order order = r.ask() == Reading.Ask.HOW_MANY ? Order.NONE : Order.of(question);
        Negotiation picked = rows.size() > 1 ? order.pick(rows) : null;
        String sentence;
        if (rows.isEmpty() && r.ask() == Reading.Ask.WHETHER) {
            var nearest = nearest(r, kinds, minutes);
            rows = nearest == null ? rows : List.of(nearest);
            sentence = "No: " + Character.toLowerCase(NO_RECORD.charAt(0)) + NO_RECORD.substring(1) + what + "."
                    + (nearest == null ? "" : " The nearest in time it records is " + event(nearest) + ".");
        } else if (rows.isEmpty()) {
            sentence = NO_RECORD + what + ".";
        } else if (picked != null) {
            rows = List.of(picked);
            sentence = order.words() + event(picked) + ".";
        } else if (r.ask() == Reading.Ask.HOW_MANY) {
            sentence = "The knowledge base records " + rows.size() + " " + (rows.size() == 1 ? "event" : "events") + " for "
                    + what + ": " + join(rows.stream().map(Asker::event).toList()) + ".";
        } else if (r.ask() == Reading.Ask.WHO && r.actor() != null) {
            var others = rows.stream().flatMap(n -> n.participants().stream()).filter(p -> !p.equals(r.actor().name())).distinct().toList();
            boolean noneHeld = rows.stream().noneMatch(n -> "held".equals(n.status()));
            String verb = noneHeld ? " was to meet, or sought to meet, " : " dealt with ";
            sentence = r.actor().name() + (others.isEmpty() ? " took part alone in " : verb + join(others) + " in ")
                    + count(rows.size()) + ": " + join(rows.stream().map(Asker::event).toList()) + ".";
        } else if (r.ask() == Reading.Ask.WHETHER) {
            sentence = "Yes: " + join(rows.stream().map(Asker::event).toList()) + ".";
        } else {
            sentence = join(rows.stream().map(Asker::event).toList()) + ".";
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return answer(question, Intent.NEGOTIATIONS, filter.parameters(), rows, Negotiation.class, sentence, sourcesOf(rows, n -> n.sources()), u);
    }

    /**
     * "The call about the tariff due on August 1": when the reading took a date for the topic's, only the
     * events that concern a tariff announced or taking effect that day.
     */
    private List<Negotiation> aboutTopicDate(Reading r, List<Negotiation> rows) {
        var date = r.keywords().stream().filter(k -> k.startsWith(QuestionReader.TOPIC_DATE_KEY))
                .map(k -> k.substring(QuestionReader.TOPIC_DATE_KEY.length())).findFirst();
        if (date.isEmpty()) {
            return rows;
        }
        var tariffs = queries.tariffs(null, null, null).stream()
                .filter(t -> date.get().equals(t.effectiveFrom()) || date.get().equals(t.announced()) || date.get().equals(t.effectiveTo()))
                .map(t -> t.name()).toList();
        return rows.stream().filter(n -> n.topics() != null && n.topics().stream().anyMatch(tariffs::contains)).toList();
    }

    /** For a "did X meet Y on D?" that finds nothing: the same sides' event nearest to that date, if any. */
    private Negotiation nearest(Reading r, List<String> kinds, Long minutes) {
        if (r.from() == null && r.to() == null) {
            return null;
        }
        String withId = r.other() == null ? null : r.other().id();
        var any = queries.negotiations(new NegotiationFilter(id(r.actor()), withId, null, null, r.round(), kinds, null, null, r.place(), minutes));
        String target = r.from() != null ? r.from() : r.to();
        return any.stream().filter(n -> n.date() != null)
                .min(java.util.Comparator.comparingLong(n -> Math.abs(days(n.date()) - days(target)))).orElse(null);
    }

    private static long days(String iso) {
        String day = iso.length() == 4 ? iso + "-07-01" : iso.length() == 7 ? iso + "-15" : iso;
        return java.time.LocalDate.parse(day).toEpochDay();
    }

    private Answer rounds(String question, Reading r, Answer.Understanding u) {
        var params = params("round", r.round());
        var rows = queries.rounds(r.round());
        String lead = "";
        if (rows.isEmpty() && Long.valueOf(1).equals(r.round()) || r.round() == null && Order.of(question) == Order.LAST) {
            // "the first round" the reports number none of, "the latest round": the earliest or latest dated round
            var all = queries.rounds(null).stream().filter(x -> x.date() != null)
                    .sorted(java.util.Comparator.comparing(Round::date)).toList();
            rows = all.isEmpty() ? rows : List.of(r.round() == null ? all.get(all.size() - 1) : all.get(0));
            lead = all.isEmpty() ? "" : r.round() == null ? "The latest dated round: " : "No report numbers a first round; the earliest dated: ";
        }
        String sentence = rows.isEmpty() ? NO_RECORD + (r.round() == null ? "any negotiation round" : "a round " + r.round()) + "."
                : lead + join(rows.stream().map(x -> x.name() + (x.place() != null ? " in " + x.place() : "") + when(x.date(), x.datePrecision(), x.dateBasis())
                        + " (" + x.status() + ")" + (x.participants().isEmpty() ? "" : ", with " + join(x.participants()))).toList()) + ".";
        return answer(question, Intent.ROUNDS, params, rows, Round.class, sentence, sourcesOf(rows, x -> x.sources()), u);
    }

    private Answer timeline(String question, Reading r, Answer.Understanding u) {
        // "the US-Japan talks": both sides named together are the subject, not a filter
        Entity actor = r.actors().size() >= 2 && r.actors().stream().allMatch(a -> a.type().equals("Government")) ? null : r.actor();
        Long round = r.round();
        String from = r.from();
        String to = r.to();
        if (round != null && from == null && to == null) {
            var rounds = queries.rounds(round);
            if (!rounds.isEmpty() && rounds.get(0).date() != null) {
                String day = rounds.get(0).date();
                // the round's week, from its Monday: a trip "later this week" is dated to the week, not the day
                from = day.length() == 10 ? java.time.LocalDate.parse(day).with(java.time.DayOfWeek.MONDAY).toString() : day;
                to = day.length() == 10 ? java.time.LocalDate.parse(day).plusDays(6).toString() : day;
            }
        }
        var params = params("actorId", id(actor), "from", from, "to", to);
        var rows = queries.timeline(id(actor), from, to);
        String sentence = rows.isEmpty() ? NO_RECORD + "any event" + (actor != null ? " involving " + actor.name() : "") + period(r) + "."
                : rows.size() + " events" + (actor != null ? " involving " + actor.name() : "") + period(r) + ", in order: "
                        + join(rows.stream().map(t -> t.event() + when(t.date(), t.datePrecision(), t.dateBasis())).toList()) + ".";
        return answer(question, Intent.TIMELINE, params, rows, TimelineEntry.class, sentence, sourcesOf(rows, t -> t.sources()), u);
    }

    private Answer tariffs(String question, Reading r, Answer.Understanding u) {
        Entity country = r.countries().isEmpty() ? null : r.countries().stream().filter(c -> !c.id().equals("country-us")).findFirst()
                .orElse(null);
        Entity sector = r.sectors().isEmpty() ? null : r.sectors().get(0);
        String date = r.from() != null ? r.from() : r.to();
        String asOf = r.announced() ? null : date;
        String announced = r.announced() ? date : null;
        String imposedBy = r.imposedBySubject() ? id(r.actor()) : null;
        if (imposedBy != null) {
            country = null;
        }
        var filter = new Queries.TariffFilter(id(country), id(sector), asOf, r.rate(), announced, imposedBy);
        var params = filter.parameters();
        var rows = queries.tariffs(filter);
        String sentence;
        if (rows.isEmpty()) {
            sentence = NO_RECORD + "a tariff" + (r.rate() != null ? " of " + number(r.rate()) + "%" : "")
                    + (sector != null ? " on " + sector.name().toLowerCase(Locale.ROOT) : "") + (country != null ? " targeting " + country.name() : "")
                    + (asOf != null ? " in force on " + asOf : "") + (announced != null ? " announced on " + announced : "")
                    + (imposedBy != null ? " imposed by " + r.actor().name() : "") + ".";
        } else {
            sentence = join(rows.stream().map(t -> t.name() + ": " + (t.ratePercent() == null ? "rate not stated" : number(t.ratePercent()) + "%")
                    + (t.components().isEmpty() ? "" : " = " + String.join(" + ", t.componentRates().stream().map(x -> number(x) + "%").toList()))
                    + ", " + t.status() + (t.effectiveFrom() != null ? ", effective " + t.effectiveFrom() : "")
                    + (t.expectedToAffect().isEmpty() ? "" : ", expected to affect " + String.join(", ", t.expectedToAffect()))
                    + (t.events().isEmpty() ? "" : " [" + String.join("; ", t.events()) + "]")
                    + (t.conflicts().isEmpty() ? "" : " (reports disagree: " + String.join("; ", t.conflicts()) + ")")).toList()) + ".";
        }
        return answer(question, Intent.TARIFFS, params, rows, TariffInfo.class, sentence, sourcesOf(rows, t -> t.sources()), u);
    }

    private Answer chips(String question, Reading r, Answer.Understanding u) {
        Entity by = r.actor();
        Entity sector = r.sectors().isEmpty() ? null : r.sectors().get(0);
        String reliefFrom = null;
        if (r.rate() != null) {
            // "the 25% car tariff", "the 24% reciprocal tariff": the tariff of that rate whose kind or sector the question names
            var targets = queries.tariffs(new Queries.TariffFilter(null, id(sector), null, r.rate(), null, null));
            if (targets.isEmpty()) {
                targets = queries.tariffs(new Queries.TariffFilter(null, null, null, r.rate(), null, null));
            }
            String q = question.toLowerCase(Locale.ROOT);
            String wantedKind = sector != null ? "sectoral" : null;
            reliefFrom = targets.stream().filter(t -> q.contains(t.kind().toLowerCase(Locale.ROOT)) || t.kind().equals(wantedKind))
                    .map(TariffInfo::id).findFirst().orElse(targets.isEmpty() ? null : targets.get(0).id());
            sector = null; // the sector described the tariff, not the chips
        } else if (!r.tariffs().isEmpty()) {
            reliefFrom = r.tariffs().get(0).id();
        }
        if (by != null && by.type().equals("Person") && !r.chips().isEmpty()) {
            by = null;
        }
        var params = params("offeredById", id(by), "sectorId", id(sector), "status", r.chipStatus(), "reliefFromId", reliefFrom);
        var rows = queries.chips(id(by), id(sector), r.chipStatus(), reliefFrom);
        String sentence = rows.isEmpty() ? NO_RECORD + "a bargaining chip" + (by != null ? " offered by " + by.name() : "")
                + (sector != null ? " concerning " + sector.name().toLowerCase(Locale.ROOT) : "") + "."
                : rows.size() + " bargaining chip" + (rows.size() == 1 ? "" : "s") + (sector != null ? " on " + sector.name().toLowerCase(Locale.ROOT) : "") + ": "
                        + join(rows.stream().map(c -> c.name() + " (" + String.join(", ", c.offeredBy()) + ", " + String.join("/", c.status()) + ")").toList()) + ".";
        return answer(question, Intent.CHIPS, params, rows, Chip.class, sentence, sourcesOf(rows, c -> c.sources()), u);
    }

    private Answer sources(String question, Reading r, Answer.Understanding u) {
        var subjects = new LinkedHashMap<String, String>();
        if (r.rate() != null) {
            queries.tariffs(new Queries.TariffFilter(null, null, null, r.rate(), null, null)).forEach(t -> subjects.put(t.id(), t.name()));
        }
        r.chips().forEach(c -> subjects.put(c.id(), c.name()));
        r.tariffs().forEach(t -> subjects.putIfAbsent(t.id(), t.name()));
        if (subjects.isEmpty() && !r.sectors().isEmpty() && question.toLowerCase(Locale.ROOT).matches(".*\\b(idea|proposal|offer|chip|concession|plan|pledge)s?\\b.*")) {
            queries.chips(null, id(r.sectors().get(0))).forEach(c -> subjects.put(c.id(), c.name()));
        }
        boolean eventWords = !r.kinds().isEmpty() || r.from() != null || r.round() != null || r.minutes() != null || r.place() != null;
        if (subjects.isEmpty() && eventWords) {
            var kinds = r.kinds().isEmpty() ? null : r.kinds();
            var filter = new NegotiationFilter(id(r.actor()), id(r.other()), r.from(), r.to(), r.round(), kinds, r.weekday(),
                    r.timeOfDay(), r.place(), r.minutes());
            queries.negotiations(filter).forEach(n -> subjects.put(n.id(), n.name()));
            if (subjects.isEmpty() && kinds != null) {
                var any = new NegotiationFilter(id(r.actor()), id(r.other()), r.from(), r.to(), r.round(),
                        List.of("PhoneCall", "Meeting", "NegotiationRound", "Summit", "Trip", "Statement", "TariffAction"),
                        r.weekday(), r.timeOfDay(), r.place(), r.minutes());
                queries.negotiations(any).forEach(n -> subjects.put(n.id(), n.name()));
            }
        }
        if (subjects.isEmpty() && !r.sectors().isEmpty() && question.toLowerCase(Locale.ROOT).matches(".*\\b(tariff|duty|duties|levy)\\b.*")) {
            queries.tariffs(null, id(r.sectors().get(0)), null).forEach(t -> subjects.put(t.id(), t.name()));
        }
        if (subjects.isEmpty()) {
            r.actors().forEach(a -> subjects.put(a.id(), a.name()));
            r.sectors().forEach(s -> subjects.put(s.id(), s.name()));
        }
        if (subjects.isEmpty() && question.toLowerCase(Locale.ROOT).matches(".*\\b(tariffs?|duty|duties|levy|rate)\\b.*")) {
            var words = java.util.Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                    .filter(w -> w.length() > 2 && !CommonWords.SET.contains(w)).toList();
            queries.findNodes(words, List.of("Tariff"), 1).forEach(m -> subjects.put(m.id(), m.name()));
        }
        if (subjects.isEmpty() && !r.topicWords().isEmpty()) {
            queries.findNodes(r.topicWords(), List.of("Event", "Tariff", "BargainingChip"), 1).forEach(m -> subjects.put(m.id(), m.name()));
        }
        var ids = List.copyOf(subjects.keySet());
        var params = params("ids", ids);
        var all = ids.isEmpty() ? List.<SourceRef>of() : queries.sources(ids);
        // "the source for Akazawa being minister": only the passages of that fact, when the question names one office
        var rows = narrowToOffice(all, r);
        var docs = rows.stream().map(SourceRef::document).distinct().toList();
        String sentence = ids.isEmpty() ? "The question names nothing the knowledge base holds, so it has no sources to show."
                : rows.isEmpty() ? NO_RECORD + "a source for " + join(List.copyOf(subjects.values())) + "."
                : join(List.copyOf(subjects.values())) + (subjects.size() == 1 ? " is" : " are") + " reported by " + docs.size()
                        + (docs.size() == 1 ? " document: " : " documents: ") + join(docs.stream().map(d -> d + describeDoc(rows, d)).toList()) + ".";
        return answer(question, Intent.SOURCES, params, rows, SourceRef.class, sentence, docs, u);
    }

    private static List<SourceRef> narrowToOffice(List<SourceRef> all, Reading r) {
        if (r.offices().isEmpty() || r.person() == null) {
            return all;
        }
        String office = r.offices().get(0).name();
        var narrowed = all.stream().filter(x -> x.fact().contains(office)).toList();
        return narrowed.isEmpty() ? all : narrowed;
    }

    private Answer documents(String question, Reading r, Answer.Understanding u) {
        Entity org = r.organizations().isEmpty() ? null : r.organizations().get(0);
        Entity author = r.person();
        var params = params("id", null, "organizationId", id(org), "authorId", id(author));
        var rows = queries.documents(null, id(org), id(author));
        boolean whoWrote = question.toLowerCase(Locale.ROOT).matches(".*\\b(who wrote|author|written by|byline)\\b.*");
        if (whoWrote && !rows.isEmpty() && rows.stream().allMatch(d -> d.authors().isEmpty())) {
            String sentence = NO_RECORD + "who wrote " + (org != null ? "the " + org.name() + " report" : "these reports")
                    + ": the text names no author.";
            return answer(question, Intent.DOCUMENTS, params, List.of(), DocumentInfo.class, sentence, List.of(), u);
        }
        String sentence = rows.isEmpty() ? NO_RECORD + "a report" + (org != null ? " published by or citing " + org.name() : "")
                + (author != null ? " written by " + author.name() : "") + "."
                : rows.size() + " report" + (rows.size() == 1 ? "" : "s") + (org != null ? " published by or citing " + org.name() : "") + ": "
                        + join(rows.stream().map(d -> d.id() + " (" + (d.publishers().isEmpty() ? "publisher not named" : "published by " + String.join(", ", d.publishers()))
                                + (d.authors().isEmpty() ? "" : ", written by " + String.join(", ", d.authors()))
                                + (d.published() != null ? ", " + d.published() + ("stated".equals(d.publishedBasis()) ? "" : " (" + d.publishedPrecision() + ", inferred)") : "")
                                + ")").toList()) + ".";
        return answer(question, Intent.DOCUMENTS, params, rows, DocumentInfo.class, sentence, rows.stream().map(DocumentInfo::id).toList(), u);
    }

    private Answer statements(String question, Reading r, Answer.Understanding u) {
        Entity speaker = r.actors().stream().filter(a -> a.type().equals("Person") || a.type().equals("Government")).findFirst().orElse(null);
        var filter = new Queries.StatementFilter(id(speaker), null, r.from(), r.to());
        var names = r.seen().stream().map(Object::toString).toList();
        var rows = StatementMatch.best(queries.statements(filter), question, names);
        String sentence = rows.isEmpty() ? NO_RECORD + "any statement" + (speaker != null ? " by " + speaker.name() : "") + period(r) + "."
                : join(rows.stream().limit(3).map(Asker::said).toList()) + (rows.size() > 3 ? "; and " + (rows.size() - 3) + " more" : "") + ".";
        return answer(question, Intent.STATEMENTS, filter.parameters(), rows, Statement.class, sentence, sourcesOf(rows, Statement::sources), u);
    }

    /** One statement in a sentence: who, what (in the graph's own words), when, and on whose report. */
    private static String said(Statement s) {
        String who = s.speakers().isEmpty() ? "An unnamed source" : join(s.speakers());
        String verb = s.kind().startsWith("stance") ? " (" + s.kind().substring("stance: ".length()) + "): " : " said: ";
        String date = s.date() == null ? "" : when(s.date(), s.datePrecision(), s.dateBasis()).replaceFirst("^ on ", "");
        return who + verb + s.summary() + " (" + (date.isBlank() ? "" : date.strip() + "; ") + String.join(", ", s.sources())
                + (s.attributions().isEmpty() ? "" : "; " + String.join("; ", s.attributions())) + ")";
    }

    private Answer conflicts(String question, Answer.Understanding u) {
        var rows = queries.conflicts();
        var byConflict = new LinkedHashMap<String, List<Conflict>>();
        rows.forEach(c -> byConflict.computeIfAbsent(c.conflict(), k -> new ArrayList<>()).add(c));
        String sentence = rows.isEmpty() ? "The reports in the knowledge base do not disagree on any recorded fact."
                : "The reports disagree on " + byConflict.size() + " points: " + join(byConflict.values().stream().map(claims ->
                        claims.get(0).aspect() + " of " + claims.get(0).fact() + ": " + claims.stream()
                                .map(c -> "'" + c.claim() + "' (" + String.join(", ", c.sources()) + ")")
                                .collect(Collectors.joining(" against "))).toList()) + ".";
        return answer(question, Intent.CONFLICTS, Map.of(), rows, Conflict.class, sentence, sourcesOf(rows, Conflict::sources), u);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private <T extends Record> Answer answer(String question, Intent intent, Map<String, Object> params, List<T> rows, Class<T> type,
            String sentence, List<String> sources, Answer.Understanding u) {
        var table = Table.of(rows, type);
        return new Answer(question, intent.label(), params, new Answer.Query(intent.query() + ".cypher", Queries.text(intent.query())),
                table.columns(), table.rows(), sentence, sources, u);
    }

    private static <T> List<String> sourcesOf(List<T> rows, Function<T, List<String>> f) {
        var all = new LinkedHashSet<String>();
        rows.forEach(r -> {
            var s = f.apply(r);
            if (s != null) {
                all.addAll(s);
            }
        });
        return all.stream().sorted().toList();
    }

    private static Map<String, Object> params(Object... kv) {
        return Queries.params(kv);
    }

    private static String id(Entity e) {
        return e == null ? null : e.id();
    }


    /** True when the question names the person only by a title ("the commerce secretary"). */
    private static boolean viaTitleOnly(String question, Entity person) {
        String q = question.toLowerCase(Locale.ROOT);
        String surname = person.name().substring(person.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !q.contains(surname) && person.aliases().stream().noneMatch(a -> q.contains(a.toLowerCase(Locale.ROOT)));
    }

    private static String describeEvents(Reading r, List<String> kinds, Long minutes) {
        String noun = kinds == null ? "negotiation" : kinds.stream().map(Asker::kindNoun).collect(Collectors.joining(" or "));
        var sb = new StringBuilder(minutes != null ? "a " + minutes + "-minute " + noun : article(noun) + " " + noun);
        if (r.actor() != null && r.other() != null) {
            sb.append(" between ").append(r.actor().name()).append(" and ").append(r.other().name());
        } else if (r.actor() != null) {
            sb.append(" involving ").append(r.actor().name());
        }
        if (r.round() != null) {
            sb.append(" in round ").append(r.round());
        }
        if (r.place() != null) {
            sb.append(" in ").append(r.place());
        }
        if (r.timeOfDay() != null) {
            sb.append(" in the ").append(r.timeOfDay());
        }
        if (r.weekday() != null) {
            sb.append(" on a ").append(r.weekday());
        }
        sb.append(period(r));
        return sb.toString();
    }

    private static String period(Reading r) {
        if (r.from() == null && r.to() == null) {
            return "";
        }
        if (r.from() != null && r.from().equals(r.to())) {
            return " on " + r.from();
        }
        if (r.from() == null) {
            return " up to " + r.to();
        }
        if (r.to() == null) {
            return " from " + r.from();
        }
        return " between " + r.from() + " and " + r.to();
    }

    private static String kindNoun(String label) {
        return switch (label) {
            case "PhoneCall" -> "phone call";
            case "Meeting" -> "meeting";
            case "NegotiationRound" -> "negotiation round";
            case "Summit" -> "summit";
            case "Trip" -> "trip";
            case "Statement" -> "statement";
            default -> "event";
        };
    }

    private static String count(int n) {
        return n == 1 ? "one event" : n == 2 ? "two events" : n == 3 ? "three events" : n + " events";
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** One event as a person would write it: its name, when, how long and where unless the name says so, and whether it happened. */
    private static String event(Negotiation n) {
        String name = n.name();
        boolean lengthNamed = name.contains("minute") || name.contains("hour");
        return name + when(n.date(), n.datePrecision(), n.dateBasis())
                + (n.durationMinutes() != null && !lengthNamed ? " (" + n.durationMinutes() + " minutes)" : "")
                + (n.place() != null && !name.contains(n.place()) ? " in " + n.place() : "")
                + (!"held".equals(n.status()) ? " (" + statusWords(n.status()) + ")" : "");
    }

    /** A status as words: what the reports say became of the event. */
    static String statusWords(String status) {
        var s = EventStatus.of(status);
        return s == null ? status : s.inWords();
    }

    private static String when(String date, String precision, String basis) {
        if (date == null) {
            return " (date unknown)";
        }
        String w = " on " + date;
        if ("week".equals(precision)) {
            w = " in the week of " + date;
        } else if ("month".equals(precision)) {
            w = " in " + date;
        }
        return w + ("inferred".equals(basis) ? " (date inferred)" : "");
    }

    private static String range(String first, String last) {
        if (first == null) {
            return ", date unknown";
        }
        return first.equals(last) ? ", " + first : ", " + first + " to " + last;
    }

    private static String describeDoc(List<SourceRef> rows, String doc) {
        return rows.stream().filter(s -> s.document().equals(doc)).findFirst()
                .map(s -> s.publisher() != null ? " (" + s.publisher() + ")" : "").orElse("");
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String plural(String type) {
        return type.equals("person") ? "people" : type.equals("country") ? "countries" : type + "s";
    }

    private static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
