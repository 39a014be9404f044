package org.tariffgraph.internal.ingest;

import java.util.List;
import org.tariffgraph.model.Vocabulary.ChipStatus;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.Vocabulary.TariffKind;
import org.tariffgraph.model.Vocabulary.TariffStatus;

/**
 * What the extractor read in one report, before it is compared with the graph: each fact with the
 * passage that states it and the rule that proposed it. The same report always gives the same
 * extraction.
 */
public record Extraction(ReportText report, List<Mention> mentions, List<Event> events, List<Tariff> tariffs,
        List<Chip> chips, List<Person> people) {

    /**
     * Where a fact stands in the report: [start, end) of the sentence (or sentences) that state it, the
     * words within it that the rule read ([markStart, markEnd): a trigger, a rate, an item) and the rule.
     */
    public record Evidence(int start, int end, String rule, int markStart, int markEnd) {
        public String span() {
            return start + "-" + end;
        }
    }

    /** A node the graph knows, named in the body: the report becomes one more of its sources. */
    public record Mention(String id, Evidence evidence) {}

    /**
     * A call, meeting, round, trip, summit, statement or tariff action; {@code tariffs} are the indexes,
     * among the extraction's tariffs, of those a tariff action concerns.
     */
    public record Event(EventKind kind, List<String> participants, List<String> speakers, Dated date, Integer minutes,
            boolean approximate, String timeOfDay, String place, String placeCountry, Integer round, EventStatus status,
            List<String> quotes, String attribution, String audience, Evidence evidence, List<Integer> tariffs) {

        Event withDate(Dated d) {
            return new Event(kind, participants, speakers, d, minutes, approximate, timeOfDay, place, placeCountry, round, status,
                    quotes, attribution, audience, evidence, tariffs);
        }

        Event withDuration(int m, boolean approx, String time) {
            return new Event(kind, participants, speakers, date, m, approx, time, place, placeCountry, round, status,
                    quotes, attribution, audience, evidence, tariffs);
        }
    }

    /**
     * A tariff: its rate, layer, whose goods and which sectors it covers, which sectors it is only said
     * to affect, its status and dates; {@code partOf} / {@code replaces} point at other tariffs of the
     * same extraction by index; the rate is null where the report names a tariff without one (stacking: "10 % plus 14 %, 24 % in total"; "to 27.5 % from 2.5 %").
     */
    public record Tariff(Double rate, TariffKind kind, String imposedBy, String target, List<String> sectors,
            List<String> affects, TariffStatus status, Dated effectiveFrom, Evidence evidence, Integer partOf, Integer replaces) {}

    /** A bargaining chip: one item of a list of proposals, who offered it and how far it had gone. */
    public record Chip(String name, List<String> sectors, String offeredBy, ChipStatus status, String attribution,
            Evidence evidence) {}

    /**
     * A person named with an office: a new person ({@code known == false}) from a title before a name,
     * or a known one given an office by an apposition.
     */
    public record Person(String id, String name, boolean known, String officeId, String officeName, String title, String government,
            Evidence evidence) {}
}
