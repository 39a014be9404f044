package org.tariffgraph.internal.ingest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.tariffgraph.model.Vocabulary.DatePrecision;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;

/**
 * When two proposals are one fact: within a report (the fifth round named in two sentences) and
 * between a report and the graph (the same call reported again). Two events are the same when they
 * are of one kind, have the same sides and compatible dates (equal at the coarser precision of the
 * two, or one of them unknown) and no round numbers that differ.
 */
final class Merging {

    private Merging() {}

    /**
     * The events of one report, each fact once: a later mention fills what the first one lacked, and
     * "talks with" the other side, said of a round the report has named, names that round's sides.
     */
    static List<Extraction.Event> withinReport(List<Extraction.Event> events) {
        var out = new ArrayList<Extraction.Event>();
        for (var e : events) {
            if (foldIntoRound(out, e)) {
                continue;
            }
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                var o = out.get(i);
                if (o.evidence().start() != e.evidence().start() && sameEvent(o, e)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(e);
            } else {
                out.set(same, fill(out.get(same), e));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Talks (a meeting proposed by "talks with …") whose sides include all of a round's, with a
     * compatible date and the same standing (both held, or both not yet), are that round.
     */
    private static boolean foldIntoRound(List<Extraction.Event> out, Extraction.Event e) {
        if (e.kind() != EventKind.MEETING || !e.evidence().rule().startsWith("talks-with")) {
            return false;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            var round = out.get(i);
            boolean held = round.status() == EventStatus.HELD;
            if (round.kind() == EventKind.NEGOTIATION_ROUND && held == (e.status() == EventStatus.HELD)
                    && e.participants().containsAll(round.participants()) && compatible(round.date(), e.date())) {
                var sides = new java.util.LinkedHashSet<>(round.participants());
                sides.addAll(e.participants());
                out.set(i, new Extraction.Event(round.kind(), List.copyOf(sides), round.speakers(), round.date(), round.minutes(),
                        round.approximate(), round.timeOfDay(), round.place() != null ? round.place() : e.place(),
                        round.place() != null ? round.placeCountry() : e.placeCountry(), round.round(), round.status(), round.quotes(),
                        round.attribution(), round.audience(), round.evidence(), round.tariffs()));
                return true;
            }
        }
        return false;
    }

    static boolean sameEvent(Extraction.Event a, Extraction.Event b) {
        return a.kind() == b.kind() && new HashSet<>(a.participants()).equals(new HashSet<>(b.participants()))
                && compatible(a.date(), b.date()) && (a.round() == null || b.round() == null || a.round().equals(b.round()))
                && a.kind() != EventKind.STATEMENT;
    }

    private static Extraction.Event fill(Extraction.Event a, Extraction.Event b) {
        Dated date = a.date().known() && !finer(b.date(), a.date()) ? a.date() : b.date().known() ? b.date() : a.date();
        return new Extraction.Event(a.kind(), a.participants(), a.speakers(), date, a.minutes() != null ? a.minutes() : b.minutes(),
                a.minutes() != null ? a.approximate() : b.approximate(), a.timeOfDay() != null ? a.timeOfDay() : b.timeOfDay(),
                a.place() != null ? a.place() : b.place(), a.place() != null ? a.placeCountry() : b.placeCountry(),
                a.round() != null ? a.round() : b.round(), a.status(), a.quotes(), a.attribution(), a.audience(), a.evidence(),
                a.tariffs());
    }

    private static boolean finer(Dated a, Dated b) {
        return a.known() && a.precision().ordinal() < b.precision().ordinal();
    }

    /** Equal at the coarser precision of the two; an unknown date is compatible with any. */
    static boolean compatible(Dated a, Dated b) {
        if (!a.known() || !b.known()) {
            return true;
        }
        return compatible(a.date(), a.precision(), b.date(), b.precision());
    }

    static boolean compatible(LocalDate a, DatePrecision pa, LocalDate b, DatePrecision pb) {
        DatePrecision coarser = pa.ordinal() > pb.ordinal() ? pa : pb;
        return switch (coarser) {
            case DAY -> a.equals(b);
            case WEEK -> a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                    && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
            case YEAR -> a.getYear() == b.getYear();
            case UNKNOWN -> true;
        };
    }
}
