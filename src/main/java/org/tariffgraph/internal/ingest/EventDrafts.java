package org.tariffgraph.internal.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tariffgraph.internal.ingest.Cells.Source;
import org.tariffgraph.internal.ingest.Draft.Decision;
import org.tariffgraph.internal.ingest.FactIndex.KnownEvent;
import org.tariffgraph.model.Vocabulary.ConflictAspect;
import org.tariffgraph.model.Vocabulary.EventKind;

/**
 * Drafts a report's events: the same event as one the graph holds (kind, sides and a compatible date,
 * or the same round number) gains the report as a source; one that differs in its length, place or date
 * becomes a second claim joined by {@code CONFLICTS_WITH}; any other is a new event.
 */
final class EventDrafts {

    private final DraftBuilder b;

    EventDrafts(DraftBuilder b) {
        this.b = b;
    }

    void add(Extraction x, String doc, List<String> tariffIds) {
        var used = new HashSet<String>();
        for (var e : x.events()) {
            var source = new Source(doc, e.evidence(), e.attribution() == null ? Map.of() : Map.of("attributions", e.attribution()));
            KnownEvent match = match(e, used);
            if (match != null) {
                used.add(match.id());
            }
            if (match == null) {
                String id = create(x, e, source, tariffIds);
                b.review(x, Decision.NEW, describe(e), id, e.evidence());
                continue;
            }
            var conflict = conflict(match, e);
            if (conflict == null) {
                corroborate(match.id(), e, source, tariffIds);
                b.review(x, Decision.CORROBORATES, describe(e), match.id(), e.evidence());
            } else {
                String id = create(x, e, source, tariffIds);
                b.relationship("conflicts_with.csv", id, match.id(), Map.of("aspect", conflict.aspect().word(), "note", conflict.note()), source);
                b.review(x, Decision.CONFLICTS, describe(e) + " (" + conflict.note() + ")", id, e.evidence());
            }
        }
    }

    /**
     * The known event this one is, if any: one of the same kind with the same round number, or with the
     * same sides and a compatible date. Of several, one that agrees in every value wins; a known event
     * already matched by another event of the same report is not matched again.
     */
    private KnownEvent match(Extraction.Event e, java.util.Set<String> used) {
        KnownEvent first = null;
        for (KnownEvent k : b.index.events) {
            if (!k.kind().equals(e.kind().word()) || used.contains(k.id())) {
                continue;
            }
            boolean sameRound = k.round() != null && k.round().equals(e.round());
            boolean sides = k.participants().equals(new HashSet<>(e.participants()));
            boolean rounds = k.round() == null || e.round() == null;
            if (sameRound || sides && rounds && Merging.compatible(k.date(), e.date()) && sameStatement(k, e)) {
                if (conflict(k, e) == null) {
                    return k;
                }
                first = first == null ? k : first;
            }
        }
        return first;
    }

    /** Two statements are one when they share a quote, or when neither quotes and both are dated alike. */
    private static boolean sameStatement(KnownEvent k, Extraction.Event e) {
        if (e.kind() != EventKind.STATEMENT) {
            return true;
        }
        var quotes = FactIndex.lower(e.quotes());
        if (!quotes.isEmpty() || !k.quotes().isEmpty()) {
            return quotes.stream().anyMatch(k.quotes()::contains);
        }
        return k.date().known() && e.date().known();
    }

    record Conflict(ConflictAspect aspect, String note) {}

    private static Conflict conflict(KnownEvent k, Extraction.Event e) {
        if (k.minutes() != null && e.minutes() != null && !k.minutes().equals(e.minutes())) {
            return new Conflict(ConflictAspect.DURATION, "this report gives " + e.minutes() + " minutes; the graph had " + k.minutes());
        }
        if (k.place() != null && e.place() != null && !k.place().equalsIgnoreCase(e.place())) {
            return new Conflict(ConflictAspect.PLACE, "this report places it in " + e.place() + "; the graph had " + k.place());
        }
        if (k.date().known() && e.date().known() && !Merging.compatible(k.date(), e.date())) {
            return new Conflict(ConflictAspect.DATE, "this report dates it " + e.date().iso() + "; the graph had " + k.date().iso());
        }
        return null;
    }

    private void corroborate(String id, Extraction.Event e, Source source, List<String> tariffIds) {
        b.node(id, source);
        relationships(id, e, source, tariffIds);
    }

    private String create(Extraction x, Extraction.Event e, Source source, List<String> tariffIds) {
        String id = b.index.fresh("event-" + (e.date().known() ? e.date().iso() : "undated") + "-" + e.kind().word() + surnames(e));
        b.newNode("events.csv", id, props(x, e, id), source);
        b.index.events.add(new KnownEvent(id, e.kind().word(), e.date(), new HashSet<>(e.participants()), e.round(), e.minutes(),
                e.place(), FactIndex.lower(e.quotes())));
        relationships(id, e, source, tariffIds);
        return id;
    }

    private void relationships(String id, Extraction.Event e, Source source, List<String> tariffIds) {
        for (String p : e.participants()) {
            String role = e.speakers().contains(p) ? "speaker" : "participant";
            b.relationship("participated_in.csv", p, id, Map.of("role", role), source);
        }
        if (e.placeCountry() != null) {
            b.relationship("located_in.csv", id, e.placeCountry(), Map.of(), source);
        }
        for (int i : e.tariffs()) {
            b.relationship("concerns.csv", id, tariffIds.get(i), Map.of(), source);
        }
    }

    private Map<String, String> props(Extraction x, Extraction.Event e, String id) {
        var row = new LinkedHashMap<String, String>();
        row.put("id", id);
        row.put("name", name(e));
        row.put("kind", e.kind().word());
        row.put("date", e.date().iso());
        row.put("datePrecision", e.date().precision().word());
        row.put("dateBasis", e.date().known() ? e.date().yearAssumed() ? "resolved" : e.date().basis().word() : "unknown");
        row.put("dateText", text(e.date().text()));
        row.put("dateNote", e.date().yearAssumed() ? "The words give no year; the year is the report's own." : "");
        row.put("weekday", e.date().weekday() == null ? "" : e.date().weekday());
        row.put("timeOfDay", text(e.timeOfDay()));
        row.put("durationMinutes", e.minutes() == null ? "" : String.valueOf(e.minutes()));
        row.put("durationApproximate", e.minutes() == null ? "" : String.valueOf(e.approximate()));
        row.put("place", text(e.place()));
        row.put("round", e.round() == null ? "" : String.valueOf(e.round()));
        row.put("status", e.status().word());
        row.put("quotes", String.join(";", e.quotes().stream().map(q -> q.replace(';', ',')).toList()));
        row.put("audience", text(e.audience()));
        row.put("summary", summary(x, e));
        return row;
    }

    private String name(Extraction.Event e) {
        String who = String.join("-", e.participants().stream().map(this::shortName).toList());
        String when = e.date().known() ? e.date().iso() : e.date().weekday() != null ? e.date().weekday() : "date not given";
        return (who.isEmpty() ? "" : who + " ") + label(e.kind()) + " (" + when + ")";
    }

    private String summary(Extraction x, Extraction.Event e) {
        var parts = new ArrayList<String>();
        parts.add(capitalize(label(e.kind())) + (e.participants().isEmpty() ? "" : " of " + String.join(" and ",
                e.participants().stream().map(this::displayName).toList())));
        if (e.round() != null) {
            parts.add("round " + e.round());
        }
        if (e.minutes() != null) {
            parts.add((e.approximate() ? "about " : "") + e.minutes() + " minutes");
        }
        if (e.place() != null) {
            parts.add("in " + e.place());
        }
        parts.add("status " + e.status().word());
        return String.join(", ", parts) + "; read by ingest from report " + x.report().id() + ".";
    }

    private String surnames(Extraction.Event e) {
        var out = new StringBuilder();
        for (String p : e.participants()) {
            out.append('-').append(PeopleRules.slug(shortName(p)));
        }
        return out.toString();
    }

    private String shortName(String id) {
        String name = displayName(id);
        return id.startsWith("person-") ? name.substring(name.lastIndexOf(' ') + 1) : name;
    }

    private String displayName(String id) {
        return b.nameOf(id);
    }

    static String label(EventKind kind) {
        return kind.word().replace('-', ' ');
    }

    static String describe(Extraction.Event e) {
        String date = e.date().known() ? e.date().iso() + " (" + e.date().precision().word() + ")" : "date unknown"
                + (e.date().weekday() != null ? ", " + e.date().weekday() : "");
        return label(e.kind()) + " " + e.participants() + " " + date + (e.minutes() != null ? ", " + e.minutes() + " min" : "")
                + (e.place() != null ? ", " + e.place() : "") + (e.round() != null ? ", round " + e.round() : "") + ", " + e.status().word()
                + (e.quotes().isEmpty() ? "" : ", quotes " + e.quotes());
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
