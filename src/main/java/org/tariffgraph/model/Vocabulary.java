package org.tariffgraph.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed words of the graph, defined once. The import schema validates against them, the command
 * line offers them, {@code ask} reads them and a test checks every word the Cypher files compare with.
 * To add a kind of event or a status, add a constant here; nothing else lists them.
 */
public final class Vocabulary {

    private Vocabulary() {}

    /**
     * A constant with the word stored in the graph and written in the CSV files: by default its name
     * in lower case with hyphens ({@code IN_FORCE} is {@code in-force}).
     */
    public interface Word {
        default String word() {
            return ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What an event is; each kind is also a second label on the {@code Event} node. */
    public enum EventKind implements Word {
        PHONE_CALL("PhoneCall"),
        MEETING("Meeting"),
        NEGOTIATION_ROUND("NegotiationRound"),
        STATEMENT("Statement"),
        TRIP("Trip"),
        SUMMIT("Summit"),
        TARIFF_ACTION("TariffAction");

        private final String label;

        EventKind(String label) {
            this.label = label;
        }

        /** The node label of this kind. */
        public String label() {
            return label;
        }
    }

    /** Whether an event happened, as its report tells it. */
    public enum EventStatus implements Word {
        /** It took place. */
        HELD,
        /** Scheduled or being prepared. */
        PLANNED,
        /** Put forward by one side, not agreed. */
        PROPOSED,
        /** Spoken of as possible. */
        POTENTIAL,
        /** Sought by one side, and the report says it did not happen. */
        SOUGHT,
        /** Called off. */
        CANCELLED;

        /** What became of an event, in words for an answer ("sought, but it never took place"). */
        public String inWords() {
            return switch (this) {
                case HELD -> "held";
                case PLANNED -> "planned; no report says it took place";
                case PROPOSED -> "proposed, not agreed";
                case POTENTIAL -> "spoken of as possible";
                case SOUGHT -> "sought, but it never took place";
                case CANCELLED -> "called off";
            };
        }

        /** The status of a stored word ("held"), or null for none. */
        public static EventStatus of(String word) {
            for (EventStatus s : values()) {
                if (s.word().equals(word)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** How exact a date is: {@code week} means some day of the ISO week that holds the date given. */
    public enum DatePrecision implements Word {
        DAY, WEEK, MONTH, YEAR, UNKNOWN
    }

    /** Where a date comes from. */
    public enum DateBasis implements Word {
        /** Written in the report as a date. */
        STATED,
        /** A relative date ("on Saturday", "a day after") resolved from the report's own date. */
        RESOLVED,
        /** Taken from outside the report; the note names the publication and its date. */
        INFERRED,
        UNKNOWN
    }

    /** The layer a tariff is in the stack of US duties. */
    public enum TariffKind implements Word {
        BASELINE, COUNTRY_SPECIFIC, RECIPROCAL, SECTORAL, COMBINED,
        /** The most-favoured-nation rate, written in capitals as trade texts do. */
        MFN {
            @Override
            public String word() {
                return "MFN";
            }
        }
    }

    /** Where a tariff stands, as reported. */
    public enum TariffStatus implements Word {
        IN_FORCE, SUSPENDED, PLANNED, EXPECTED, SUPERSEDED
    }

    /** How far a bargaining chip had gone, as one report tells it. */
    public enum ChipStatus implements Word {
        FLOATED, UNDER_CONSIDERATION, SUBMITTED;

        /** Words, not hyphens: {@code under consideration}. */
        @Override
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** What a stance is: a priority, an aim, a position held, or a pressure on a side. */
    public enum StanceKind implements Word {
        PRIORITY, AIM, POSITION, PRESSURE
    }

    /** What two sources disagree on. */
    public enum ConflictAspect implements Word {
        RATE, DATE, PLACE, STATUS, DURATION, COVERAGE, PARTICIPANTS
    }

    /** The words of a vocabulary, in declaration order. */
    public static List<String> wordsOf(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(e -> ((Word) e).word()).toList();
    }

    /** Event kind word → node label, in declaration order. */
    public static Map<String, String> eventLabels() {
        var map = new LinkedHashMap<String, String>();
        for (EventKind k : EventKind.values()) {
            map.put(k.word(), k.label());
        }
        return map;
    }

}
