package org.tariffgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Vocabulary;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * The graph as JSON Lines in the shape PLOVER suggests for event data: one record per line. Events
 * ({@code "record": "event"}) carry PLOVER's {@code event}, {@code mode} and {@code context} (see
 * {@link PloverCode}), {@code actor} and {@code recipient} as entity objects with the countries they
 * act for, the date with its precision, status, summary and every source with its span. Statements,
 * tariffs, stances, bargaining chips and documents are records of their own kinds. docs/export.md
 * lists every field.
 */
public final class PloverExport {

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private PloverExport() {}

    /**
     * Writes the graph as JSON Lines to a file. The file is written apart and moved into place when complete.
     *
     * @param store the graph to export
     * @param target the file to write; its folder is created and a file already there replaced
     * @return how many lines were written (as {@code nodes} and {@code records}; {@code relationships} is 0)
     * @throws ExportException if the file cannot be written, or an event has a kind the vocabulary lacks
     * @throws UncheckedIOException if a line cannot be written; the file is left as it was
     */
    public static Counts write(GraphStore store, Path target) {
        return Destinations.file(target, out -> write(store, out));
    }

    /**
     * As {@link #write(GraphStore, Path)}, onto a writer (left open).
     *
     * @param store the graph to export
     * @param out where the lines go; flushed at the end, not closed
     * @return how many lines were written (as {@code nodes} and {@code records}; {@code relationships} is 0)
     * @throws ExportException if an event has a kind the vocabulary lacks
     * @throws UncheckedIOException if the writer fails
     */
    public static Counts write(GraphStore store, Writer out) {
        long[] n = new long[1];
        try (var graph = new GraphStream(store)) {
            graph.rows("events", r -> line(out, event(r), n));
            graph.rows("tariffs", r -> line(out, tariff(r), n));
            graph.rows("stances", r -> line(out, stance(r), n));
            graph.rows("chips", r -> line(out, chip(r), n));
            graph.rows("documents", r -> line(out, document(r), n));
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(n[0], 0, n[0]);
    }

    private static void line(Writer out, Map<String, Object> record, long[] n) {
        try {
            JSON.writeValue(out, record);
            out.write('\n');
            n[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> event(Record r) {
        var p = r.get("props").asMap();
        var kind = kindOf((String) p.get("kind"));
        var status = EventStatus.of((String) p.get("status"));
        var code = PloverCode.of(kind);
        var participants = r.get("participants").asList(Value::asMap);
        boolean statement = kind == EventKind.STATEMENT;
        var out = head(statement ? "statement" : "event", p);
        dates(out, p);
        if (!statement) {
            out.put("event", code.categories());
            out.put("mode", code.modes());
            out.put("context", PloverCode.contexts(status));
        }
        out.put("tg_kind", p.get("kind"));
        out.put("status", p.get("status"));
        if (statement) {
            out.put("speaker", participants.stream().map(PloverExport::entity).toList());
            out.put("quotes", p.getOrDefault("quotes", List.of()));
            out.put("audience", p.get("audience"));
        } else {
            actors(out, code, participants);
        }
        out.put("event_loc", location(p, r.get("countries").asList(Value::asString)));
        putIfSet(out, "duration_minutes", p.get("durationMinutes"));
        putIfSet(out, "duration_approximate", p.get("durationApproximate"));
        putIfSet(out, "round", p.get("round"));
        out.put("summary", p.get("summary"));
        out.put("concerns", r.get("concerns").asList(Value::asString));
        out.put("part_of", r.get("partOf").asList(Value::asString));
        out.put("sources", sources(r));
        return out;
    }

    /** PLOVER's actor and recipient: for a visit the travellers visit the others; otherwise all take part alike. */
    private static void actors(Map<String, Object> out, PloverCode code, List<Map<String, Object>> participants) {
        var actor = new ArrayList<Map<String, Object>>();
        var recipient = new ArrayList<Map<String, Object>>();
        boolean anyTraveler = participants.stream().anyMatch(PloverExport::travels);
        for (var participant : participants) {
            boolean isActor = code.allActors() || !anyTraveler || travels(participant);
            (isActor ? actor : recipient).add(entity(participant));
        }
        out.put("actor", actor);
        out.put("recipient", recipient);
    }

    private static boolean travels(Map<String, Object> participant) {
        return "traveler".equals(participant.get("role"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entity(Map<String, Object> participant) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", participant.get("id"));
        out.put("name", participant.get("name"));
        out.put("role", participant.get("role"));
        var countries = (List<Map<String, Object>>) participant.get("countries");
        out.put("country", countries.stream().map(c -> c.get("name")).toList());
        out.put("country_iso", countries.stream().map(c -> c.get("iso")).filter(java.util.Objects::nonNull).toList());
        return out;
    }

    private static Map<String, Object> location(Map<String, Object> p, List<String> countries) {
        var out = new LinkedHashMap<String, Object>();
        out.put("place", p.get("place"));
        out.put("country", countries);
        return out;
    }

    private static Map<String, Object> tariff(Record r) {
        var p = r.get("props").asMap();
        var out = head("tariff", p);
        putIfSet(out, "rate_percent", p.get("ratePercent"));
        putIfSet(out, "rate_note", p.get("rateNote"));
        out.put("tariff_kind", p.get("kind"));
        out.put("status", p.get("status"));
        putIfSet(out, "legal_basis", p.get("legalBasis"));
        putIfSet(out, "announced", p.get("announced"));
        putIfSet(out, "effective_from", p.get("effectiveFrom"));
        putIfSet(out, "effective_to", p.get("effectiveTo"));
        putIfSet(out, "date_note", p.get("dateNote"));
        out.put("imposed_by", r.get("imposedBy").asList(Value::asString));
        out.put("targets", r.get("targets").asList(Value::asString));
        out.put("covers", r.get("covers").asList(Value::asString));
        out.put("component_of", r.get("componentOf").asList(Value::asString));
        out.put("supersedes", r.get("supersedes").asList(Value::asString));
        out.put("summary", p.get("summary"));
        out.put("sources", sources(r));
        return out;
    }

    private static Map<String, Object> stance(Record r) {
        var p = r.get("props").asMap();
        var out = head("stance", p);
        out.put("stance_kind", p.get("kind"));
        out.put("holders", r.get("holders").asList(Value::asString));
        out.put("concerns", r.get("concerns").asList(Value::asString));
        out.put("summary", p.get("summary"));
        out.put("sources", sources(r));
        return out;
    }

    private static Map<String, Object> chip(Record r) {
        var p = r.get("props").asMap();
        var out = head("chip", p);
        out.put("offers", r.get("offers").asList(Value::asMap));
        out.put("seeks_relief_from", r.get("seeksReliefFrom").asList(Value::asString));
        out.put("summary", p.get("summary"));
        out.put("sources", sources(r));
        return out;
    }

    private static Map<String, Object> document(Record r) {
        var p = r.get("props").asMap();
        var out = head("document", p);
        putIfSet(out, "title", p.get("title"));
        putIfSet(out, "published", p.get("published"));
        out.put("published_precision", p.get("publishedPrecision"));
        out.put("published_basis", p.get("publishedBasis"));
        putIfSet(out, "published_note", p.get("publishedNote"));
        out.put("publishers", r.get("publishers").asList(Value::asString));
        out.put("authors", r.get("authors").asList(Value::asString));
        out.put("cites", r.get("cites").asList(Value::asString));
        out.put("text_sha256", p.get("textSha256"));
        return out;
    }

    private static Map<String, Object> head(String record, Map<String, Object> p) {
        var out = new LinkedHashMap<String, Object>();
        out.put("record", record);
        out.put("id", p.get("id"));
        out.put("name", p.get("name"));
        return out;
    }

    private static void dates(Map<String, Object> out, Map<String, Object> p) {
        out.put("date", p.get("date"));
        out.put("date_precision", p.get("datePrecision"));
        putIfSet(out, "enddate", p.get("endDate"));
        out.put("date_basis", p.get("dateBasis"));
        putIfSet(out, "date_text", p.get("dateText"));
        putIfSet(out, "weekday", p.get("weekday"));
        putIfSet(out, "time_of_day", p.get("timeOfDay"));
    }

    private static List<Map<String, Object>> sources(Record r) {
        var out = new ArrayList<Map<String, Object>>();
        for (var s : r.get("sources").asList(Value::asMap)) {
            var source = new LinkedHashMap<String, Object>();
            source.put("document", s.get("document"));
            source.put("span", s.get("evidence"));
            putIfSet(source, "attribution", s.get("attribution"));
            out.add(source);
        }
        return out;
    }

    private static void putIfSet(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static EventKind kindOf(String word) {
        for (EventKind k : EventKind.values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        throw new ExportException("an event has the kind '" + word + "', which is not one of " + Vocabulary.wordsOf(EventKind.class));
    }
}
