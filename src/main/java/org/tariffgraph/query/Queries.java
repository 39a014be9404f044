package org.tariffgraph.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.internal.db.CypherFiles;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Actor;
import org.tariffgraph.model.Chip;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.model.DocumentInfo;
import org.tariffgraph.model.NodeMatch;
import org.tariffgraph.model.Entity;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.OfficeHolding;
import org.tariffgraph.model.Round;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.model.Statement;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.model.TimelineEntry;

/**
 * One method per question. Each runs the Cypher of {@code cypher/queries/<name>.cypher} in a read
 * transaction with its values as parameters, and returns records whose components are named
 * exactly as the query's columns.
 */
public final class Queries {

    /** The labels of everything a question may name (people, governments, sectors, …). */
    public static final List<String> NAMED_LABELS = List.of("Person", "Government", "Country", "Organization", "Sector", "Office",
            "Tariff", "BargainingChip", "Topic");

    /** Every question, by the name of its Cypher file. */
    public static final List<String> NAMES = List.of("actors", "office", "counterparts", "negotiations", "rounds",
            "timeline", "tariffs", "chips", "sources", "contacts", "search", "documents", "entities", "find-nodes", "latest-year", "network",
            "statements", "conflicts", "document-texts");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private final GraphStore store;

    /**
     * The questions over one graph.
     *
     * @param store the graph to ask
     */
    public Queries(GraphStore store) {
        this.store = store;
    }

    /**
     * The Cypher text of a question, exactly as shipped in {@code cypher/queries/}.
     *
     * @param name the file's name without {@code .cypher}, e.g. {@code negotiations}
     * @return the text, comments included
     * @throws IllegalStateException if there is no such file
     */
    public static String text(String name) {
        return TEXT.computeIfAbsent(name, n -> CypherFiles.read("queries/" + n + ".cypher"));
    }

    /**
     * Filters for {@link #negotiations}: every field may be null.
     *
     * @param actorId a Person or Government id, e.g. {@code person-ryosei-akazawa}: only events it took
     *        part in; null for any
     * @param withId the id of another Person or Government that also took part; null for any
     * @param from an ISO date, possibly partial, e.g. {@code 2025-06}: only events whose date, at its own
     *        precision, overlaps the range from it on; undated events are left out; null for no start
     * @param to an ISO date, possibly partial, the range's last day (a month or year to its end); undated
     *        events are left out; null for no end
     * @param round a round number, e.g. {@code 7}: the round itself and the events that are part of it;
     *        null for any
     * @param kinds event labels to keep, e.g. {@code PhoneCall}; null for PhoneCall, Meeting,
     *        NegotiationRound and Summit
     * @param weekday a weekday, e.g. {@code Saturday}, as the report gives it or as a date known to the
     *        day falls; null for any
     * @param timeOfDay a time of day, e.g. {@code evening}; null for any
     * @param place text the event's place contains, in any case, e.g. {@code Washington}; null for any
     * @param minutes how long the event lasted, in minutes, exactly; null for any
     */
    public record NegotiationFilter(String actorId, String withId, String from, String to, Long round,
            List<String> kinds, String weekday, String timeOfDay, String place, Long minutes) {
        /**
         * The common case: no kind, weekday, time-of-day, place or length filter.
         *
         * @param actorId a Person or Government id, e.g. {@code person-ryosei-akazawa}: only events it took
         *        part in; null for any
         * @param withId the id of another Person or Government that also took part; null for any
         * @param from an ISO date, possibly partial, e.g. {@code 2025-06}: only events whose date, at its own
         *        precision, overlaps the range from it on; undated events are left out; null for no start
         * @param to an ISO date, possibly partial, the range's last day (a month or year to its end); undated
         *        events are left out; null for no end
         * @param round a round number, e.g. {@code 7}: the round itself and the events that are part of it;
         *        null for any
         */
        public NegotiationFilter(String actorId, String withId, String from, String to, Long round) {
            this(actorId, withId, from, to, round, null, null, null, null, null);
        }

        /**
         * No filter at all.
         *
         * @return a filter with every field null: every call, meeting, round and summit
         */
        public static NegotiationFilter all() {
            return new NegotiationFilter(null, null, null, null, null);
        }

        /**
         * The parameters of negotiations.cypher.
         *
         * @return every field by its name, null values kept
         */
        public Map<String, Object> parameters() {
            return params("actorId", actorId, "withId", withId, "from", from, "to", to, "round", round,
                    "kinds", kinds, "weekday", weekday, "timeOfDay", timeOfDay, "place", place, "minutes", minutes);
        }
    }

    /**
     * The people, governments, countries and organizations of the talks.
     *
     * @param type {@code person}, {@code government}, {@code country} or {@code organization}; null for all
     * @return the actors by type, then by name; empty for any other {@code type}
     */
    public List<Actor> actors(String type) {
        return actors(type, null);
    }

    /**
     * Actors of one type (or all), optionally only one government and the holders of its offices.
     *
     * @param type {@code person}, {@code government}, {@code country} or {@code organization}; null for all
     * @param governmentId a Government id, e.g. {@code gov-japan}: only it and the people holding its
     *        offices; null for any
     * @return the actors by type, then by name; empty when none match
     */
    public List<Actor> actors(String type, String governmentId) {
        return run("actors", params("type", type, "governmentId", governmentId), Actor.class);
    }

    /**
     * Who held which office, with the dates the sources give or imply.
     *
     * @param title text the office's name or one of its aliases contains, in any case, e.g.
     *        {@code negotiator}; null for any
     * @param personId a Person id, e.g. {@code person-ryosei-akazawa}; null for anyone
     * @param asOf an ISO date, possibly partial, e.g. {@code 2025-06}, that the holding must cover (an
     *        unknown start or end does not rule it out); null for any time
     * @return the holdings by government, office and person; empty when none match
     */
    public List<OfficeHolding> office(String title, String personId, String asOf) {
        return office(title, personId, asOf, null);
    }

    /**
     * As {@link #office(String, String, String)}, optionally only the offices of one government.
     *
     * @param title text the office's name or one of its aliases contains, in any case; null for any
     * @param personId a Person id, e.g. {@code person-ryosei-akazawa}; null for anyone
     * @param asOf an ISO date, possibly partial, that the holding must cover; null for any time
     * @param governmentId a Government id, e.g. {@code gov-us}; null for any
     * @return the holdings by government, office and person; empty when none match
     */
    public List<OfficeHolding> office(String title, String personId, String asOf, String governmentId) {
        return run("office", params("title", title, "personId", personId, "asOf", asOf, "governmentId", governmentId), OfficeHolding.class);
    }

    /**
     * Whom an actor negotiated with: the people and governments of the other side who took part with it
     * in calls, meetings, negotiation rounds and summits, held or not.
     *
     * @param actorId a Person or Government id, e.g. {@code person-ryosei-akazawa}
     * @return the counterparts, those in the most held events first, then the most events, then by
     *         name; empty for an unknown id
     */
    public List<Counterpart> counterparts(String actorId) {
        return run("counterparts", params("actorId", actorId), Counterpart.class);
    }

    /**
     * The facts whose words best match {@code words} through the full-text index, best first. Only
     * letters and digits of each word reach the index query, so no word can be read as index syntax.
     *
     * @param words the words to look for; a word of fewer than three letters and digits is dropped
     * @param limit the most facts to return
     * @return the matches, best first, then by id; empty when no word is left or nothing matches
     */
    public List<org.tariffgraph.model.WordMatch> search(List<String> words, int limit) {
        // lower case: the index's operators (AND, OR, NOT) are upper case, and its analyser lower-cases anyway
        var terms = words.stream().map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT)).filter(w -> w.length() > 2)
                .distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        return run("search", params("search", String.join(" OR ", terms), "limit", limit), org.tariffgraph.model.WordMatch.class);
    }

    /**
     * Whom an actor dealt with on its own side (a negotiator and the prime minister he briefed).
     *
     * @param actorId a Person or Government id, e.g. {@code person-ryosei-akazawa}
     * @return the contacts, in the order of {@link #counterparts(String)}; empty for an unknown id
     */
    public List<Counterpart> contacts(String actorId) {
        return run("contacts", params("actorId", actorId), Counterpart.class);
    }

    /**
     * The negotiating events (calls, meetings, rounds, summits), optionally narrowed down.
     *
     * @param f the filter; {@link NegotiationFilter#all()} for every event
     * @return the events in date order, undated last, then by id; empty when none match
     */
    public List<Negotiation> negotiations(NegotiationFilter f) {
        return run("negotiations", f.parameters(), Negotiation.class);
    }

    /**
     * Every round, or only round {@code number} when it is not null.
     *
     * @param number a round number, e.g. {@code 7}; null for all
     * @return the rounds by number, unnumbered last; empty when there is no such round
     */
    public List<Round> rounds(Long number) {
        return run("rounds", params("round", number), Round.class);
    }

    /**
     * Every event, tariff actions included, in date order.
     *
     * @param actorId a Person or Government id: only the events it took part in; null for all
     * @param from an ISO date, possibly partial, e.g. {@code 2025-06}: only events whose date, at its own
     *        precision, overlaps the range from it on; undated events are left out; null for no start
     * @param to an ISO date, possibly partial, the range's last day (a month or year to its end); undated
     *        events are left out; null for no end
     * @return the events by date, undated last, then by id; empty when none match
     */
    public List<TimelineEntry> timeline(String actorId, String from, String to) {
        return run("timeline", params("actorId", actorId, "from", from, "to", to), TimelineEntry.class);
    }

    /**
     * Tariffs on a country or a sector, or at a date.
     *
     * @param targetId a Country id, e.g. {@code country-japan}; null for any
     * @param sectorId a Sector id the tariff covers or is expected to affect, e.g.
     *        {@code sector-automobiles}; null for any
     * @param asOf an ISO date, possibly partial: leaves out tariffs known to start after it or to end
     *        before it; null for any time
     * @return the tariffs, highest rate first, those without a rate last; empty when none match
     */
    public List<TariffInfo> tariffs(String targetId, String sectorId, String asOf) {
        return tariffs(new TariffFilter(targetId, sectorId, asOf, null, null, null));
    }

    /**
     * Filters for {@link #tariffs(TariffFilter)}; every field may be null.
     *
     * @param targetId a Country id, e.g. {@code country-japan}; null for any
     * @param sectorId a Sector id the tariff covers or is expected to affect, e.g.
     *        {@code sector-automobiles}; null for any
     * @param asOf an ISO date, possibly partial: leaves out tariffs known to start after it or to end
     *        before it; null for any time
     * @param rate a rate in percent, e.g. {@code 27.5}: only tariffs of exactly that rate; null for any
     * @param announced an ISO date, possibly partial, e.g. {@code 2025-04}, that the announcement falls
     *        in (or overlaps); null for any
     * @param imposedById a Government id, e.g. {@code gov-us}: only tariffs it imposes; null for any
     */
    public record TariffFilter(String targetId, String sectorId, String asOf, Double rate, String announced, String imposedById) {
        /**
         * The parameters of tariffs.cypher.
         *
         * @return every field by its name, null values kept
         */
        public Map<String, Object> parameters() {
            return params("targetId", targetId, "sectorId", sectorId, "asOf", asOf, "rate", rate, "announced", announced,
                    "imposedById", imposedById);
        }
    }

    /**
     * Tariffs that pass a filter.
     *
     * @param f the filter; all fields null for every tariff
     * @return the tariffs, highest rate first, those without a rate last; empty when none match
     */
    public List<TariffInfo> tariffs(TariffFilter f) {
        return run("tariffs", f.parameters(), TariffInfo.class);
    }



    /**
     * Bargaining chips, narrowed by who offered them and their sector.
     *
     * @param offeredById a Person or Government id, e.g. {@code gov-japan}; null for anyone
     * @param sectorId a Sector id, e.g. {@code sector-agriculture}; null for any
     * @return the chips, by the date of their first report, then by name; empty when none match
     */
    public List<Chip> chips(String offeredById, String sectorId) {
        return chips(offeredById, sectorId, null, null);
    }

    /**
     * Chips, narrowed by who offered them, their sector, the status of the offer and the tariff they target.
     *
     * @param offeredById a Person or Government id, e.g. {@code gov-japan}; null for anyone
     * @param sectorId a Sector id, e.g. {@code sector-agriculture}; null for any
     * @param status {@code floated}, {@code under consideration} or {@code submitted}: only chips some
     *        report gives that status; null for any
     * @param reliefFromId a Tariff id: only chips seeking relief from it; null for any
     * @return the chips, by the date of their first report, then by name; empty when none match
     */
    public List<Chip> chips(String offeredById, String sectorId, String status, String reliefFromId) {
        return run("chips", params("offeredById", offeredById, "sectorId", sectorId, "status", status, "reliefFromId", reliefFromId), Chip.class);
    }

    /**
     * The passages behind one node and its relationships.
     *
     * @param id a node's id, of any kind, e.g. {@code person-howard-lutnick}
     * @return as {@link #sources(List)}; empty for an unknown id
     */
    public List<SourceRef> sources(String id) {
        return sources(List.of(id));
    }

    /**
     * The passages behind several nodes at once.
     *
     * @param ids node ids, of any kind
     * @return one row per passage, by node id, then by document, the node itself before its
     *         relationships; the passage itself is null (see {@link Passages#fill(List)}); empty when no id is known
     */
    public List<SourceRef> sources(List<String> ids) {
        return sources(ids, null);
    }

    /**
     * As {@link #sources(List)}, only the curated sources ({@code "curated"}) or only those ingest read ({@code "extracted"}).
     *
     * @param ids node ids, of any kind
     * @param origin {@code curated} or {@code extracted}; null for every source
     * @return one row per passage, by node id, then by document, the node itself before its relationships
     */
    public List<SourceRef> sources(List<String> ids, String origin) {
        return run("sources", params("ids", ids, "origin", origin), SourceRef.class);
    }

    /**
     * Filters for {@link #statements}: every field may be null.
     *
     * @param actorId a Person or Government id: only what it said or holds; null for anyone
     * @param about text that the name, summary, quoted words or subjects contain, in any case; null for any
     * @param from an ISO date, possibly partial, the range's first day; a range leaves out stances and
     *        undated statements; null for no start
     * @param to an ISO date, possibly partial, the range's last day; null for no end
     */
    public record StatementFilter(String actorId, String about, String from, String to) {
        /**
         * No filter at all.
         *
         * @return a filter with every field null: every statement and stance
         */
        public static StatementFilter all() {
            return new StatementFilter(null, null, null, null);
        }

        /**
         * The parameters of statements.cypher.
         *
         * @return every field by its name, null values kept
         */
        public Map<String, Object> parameters() {
            return params("actorId", actorId, "about", about, "from", from, "to", to);
        }
    }

    /**
     * Who said what and what each side holds, with date, attribution and sources.
     *
     * @param f the filter; {@link StatementFilter#all()} for everything
     * @return statements and stances, dated ones in date order, then the undated, then by id; passages
     *         are null (see {@link Passages#fillStatements(List)}); empty when none match
     */
    public List<Statement> statements(StatementFilter f) {
        return run("statements", f.parameters(), Statement.class);
    }

    /**
     * Every disagreement between sources, one row per claim.
     *
     * @return the claims, ordered by conflict, each conflict's claims together; empty when no reports disagree
     */
    public List<Conflict> conflicts() {
        return run("conflicts", Map.of(), Conflict.class);
    }

    /**
     * The passages of the article texts in {@code dir}, each text checked against the graph's fingerprint of it.
     *
     * @param dir the folder of {@code <document id>.txt} files
     * @return the passages, with the fingerprints read now and the texts read when first needed
     */
    public Passages passages(java.nio.file.Path dir) {
        var sha = new java.util.HashMap<String, String>();
        for (var row : run("document-texts", Map.of(), java.util.Map.class)) {
            if (row.get("sha256") != null) {
                sha.put(row.get("id").toString(), row.get("sha256").toString());
            }
        }
        return new Passages(dir, sha);
    }

    /**
     * The reports, or one of them when {@code id} is not null.
     *
     * @param id a Document id, e.g. {@code 002_4eaeae4dd2adb612}; null for all
     * @return the reports by id; empty for an unknown id
     */
    public List<DocumentInfo> documents(String id) {
        return documents(id, null, null);
    }

    /**
     * The reports, narrowed to one id, to those published by or citing an organization, to an author (each may be null).
     *
     * @param id a Document id, e.g. {@code 002_4eaeae4dd2adb612}; null for all
     * @param organizationId an Organization id, e.g. {@code org-kyodo}: only reports it published or
     *        that cite it; null for any
     * @param authorId a Person id: only reports that person wrote; null for any
     * @return the reports by id; empty when none match
     */
    public List<DocumentInfo> documents(String id, String organizationId, String authorId) {
        return run("documents", params("id", id, "organizationId", organizationId, "authorId", authorId), DocumentInfo.class);
    }

    /**
     * The year of the newest dated report, or {@code fallback} when no report is dated.
     *
     * @param fallback the year to return when no report is dated
     * @return the year, e.g. {@code 2025}
     */
    public int latestYear(int fallback) {
        var rows = run("latest-year", Map.of(), java.util.Map.class);
        Object year = rows.isEmpty() ? null : rows.get(0).get("year");
        return year == null ? fallback : Integer.parseInt(year.toString());
    }

    /**
     * Events, tariffs or chips named by some of {@code words} (plain words only: anything else is
     * dropped before the words reach the full-text index), best match first.
     *
     * @param words the words to look for; each is lower-cased and kept to a-z and 0-9, and a word of
     *        fewer than two such characters is dropped
     * @param labels the labels to keep, e.g. {@code Event}
     * @param limit the most nodes to return
     * @return the nodes, best match first, then by id; empty when no word is left or nothing matches
     */
    public List<NodeMatch> findNodes(List<String> words, List<String> labels, int limit) {
        var clean = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .filter(w -> w.length() > 1).distinct().toList();
        if (clean.isEmpty()) {
            return List.of();
        }
        return run("find-nodes", params("search", String.join(" OR ", clean), "labels", labels, "limit", (long) limit), NodeMatch.class);
    }

    /**
     * Every entity of the given labels with all the names it goes by (for name resolution).
     *
     * @param labels the kinds to look among, e.g. {@code Person} and {@code Government}
     * @return the entities by id; a person's titles are the names and aliases of the offices held
     */
    public List<Entity> entities(List<String> labels) {
        return run("entities", params("labels", labels), Entity.class);
    }

    /**
     * Runs a named question with raw parameters and maps its rows onto {@code type}.
     *
     * @param <T> the type of a row
     * @param name the query file's name without {@code .cypher}, e.g. {@code counterparts}
     * @param parameters every parameter the query uses, by name; a null value stands for "any"
     * @param type the type each row becomes: a record whose components are named as the query's
     *        columns, or {@code Map}
     * @return the rows, in the query's own order
     * @throws IllegalArgumentException if a column has no component of its name in {@code type}
     * @throws IllegalStateException if there is no such query file
     */
    public <T> List<T> run(String name, Map<String, Object> parameters, Class<T> type) {
        String cypher = text(name);
        try (var session = store.driver().session(SessionConfig.forDatabase(store.database()))) {
            List<Record> records = session.executeRead(tx -> tx.run(cypher, parameters).list());
            return records.stream().map(r -> MAPPER.convertValue(r.asMap(), type)).toList();
        }
    }

    /**
     * Parameters from alternating names and values; null values are kept (the queries test for them).
     *
     * @param namesAndValues a name, its value, the next name, its value, and so on
     * @return the parameters, in the order given
     */
    public static Map<String, Object> params(Object... namesAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
