package org.tariffgraph.ingest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tariffgraph.model.Vocabulary.DatePrecision;

/**
 * When two proposals are one fact: within a report (the fifth round named in two sentences) and
 * between a report and the graph (the same call reported again). Two events are the same when they
 * are of one kind, have the same sides and compatible dates (equal at the coarser precision of the
 * two, or one of them unknown) and no round numbers that differ.
 */
final class Merging {

    private Merging() {}

    /** The events of one report, each fact once: a later mention fills what the first one lacked. */
    static List<Extraction.Event> withinReport(List<Extraction.Event> events) {
        var out = new ArrayList<Extraction.Event>();
        for (var e : events) {
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

    static boolean sameEvent(Extraction.Event a, Extraction.Event b) {
        return a.kind() == b.kind() && new HashSet<>(a.participants()).equals(new HashSet<>(b.participants()))
                && compatible(a.date(), b.date()) && (a.round() == null || b.round() == null || a.round().equals(b.round()))
                && a.kind() != org.tariffgraph.model.Vocabulary.EventKind.STATEMENT;
    }

    private static Extraction.Event fill(Extraction.Event a, Extraction.Event b) {
        Dated date = a.date().known() && !finer(b.date(), a.date()) ? a.date() : b.date().known() ? b.date() : a.date();
        return new Extraction.Event(a.kind(), a.participants(), a.speakers(), date, a.minutes() != null ? a.minutes() : b.minutes(),
                a.minutes() != null ? a.approximate() : b.approximate(), a.timeOfDay() != null ? a.timeOfDay() : b.timeOfDay(),
                a.place() != null ? a.place() : b.place(), a.place() != null ? a.placeCountry() : b.placeCountry(),
                a.round() != null ? a.round() : b.round(), a.status(), a.quotes(), a.attribution(), a.audience(), a.evidence(),
                a.concerns());
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

    static boolean sameNumber(Double a, Double b) {
        return Objects.equals(a, b);
    }
}
