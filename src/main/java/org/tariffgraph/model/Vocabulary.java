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
        /**
         * The word stored in the graph and written in the CSV files.
         *
         * @return the word, e.g. {@code in-force}
         */
        default String word() {
            return ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What an event is; each kind is also a second label on the {@code Event} node. */
    public enum EventKind implements Word {
        /** A telephone call. */
        PHONE_CALL("PhoneCall"),
        /** A meeting in person. */
        MEETING("Meeting"),
        /** A numbered round of the ministerial tariff talks; its calls and meetings are PART_OF it. */
        NEGOTIATION_ROUND("NegotiationRound"),
        /** Something said in public, with its speakers and the words quoted. */
        STATEMENT("Statement"),
        /** A journey, such as a negotiator's visit to Washington. */
        TRIP("Trip"),
        /** A meeting of leaders, such as the G7 summit. */
        SUMMIT("Summit"),
        /** A tariff announced, imposed, paused or changed. */
        TARIFF_ACTION("TariffAction");

        private final String label;

        EventKind(String label) {
            this.label = label;
        }

        /**
         * The node label of this kind.
         *
         * @return the label, e.g. {@code PhoneCall}
         */
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

        /**
         * What became of an event, in words for an answer.
         *
         * @return the words, e.g. {@code sought, but it never took place}
         */
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

        /**
         * The status of a stored word.
         *
         * @param word the word as stored, e.g. {@code held}
         * @return the status, or null when {@code word} is null or no status's word
         */
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
        /** The day itself. */
        DAY,
        /** Some day of the ISO week that holds the date given. */
        WEEK,
        /** Some day of the month given. */
        MONTH,
        /** Some day of the year given. */
        YEAR,
        /** No date is known. */
        UNKNOWN
    }

    /** Where a date comes from. */
    public enum DateBasis implements Word {
        /** Written in the report as a date. */
        STATED,
        /** A relative date ("on Saturday", "a day after") resolved from the report's own date. */
        RESOLVED,
        /** Taken from outside the report; the note names the publication and its date. */
        INFERRED,
        /** No date is known. */
        UNKNOWN
    }

    /** The layer a tariff is in the stack of US duties. */
    public enum TariffKind implements Word {
        /** The floor rate of the reciprocal tariffs, for every country: the US 10%. */
        BASELINE,
        /** A rate set for one country, such as the 14% on Japan. */
        COUNTRY_SPECIFIC,
        /** A country's whole reciprocal rate, made of the baseline and its country-specific part. */
        RECIPROCAL,
        /** A duty on one sector's goods (cars, steel, aluminum), whatever the country. */
        SECTORAL,
        /** The sum of the rates stacked on the same goods, made of its COMPONENT_OF parts. */
        COMBINED,
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
        /** Being charged. */
        IN_FORCE,
        /** Announced or imposed, then paused. */
        SUSPENDED,
        /** Announced, to start on a later date. */
        PLANNED,
        /** Reported as coming, not announced. */
        EXPECTED,
        /** Replaced by a later tariff (SUPERSEDES). */
        SUPERSEDED
    }

    /** How far a bargaining chip had gone, as one report tells it. */
    public enum ChipStatus implements Word {
        /** Mentioned as a possible offer. */
        FLOATED,
        /** Being weighed by the side that would offer it. */
        UNDER_CONSIDERATION,
        /** Put to the other side as an offer. */
        SUBMITTED;

        /** Words, not hyphens: {@code under consideration}. */
        @Override
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** What a stance is: a priority, an aim, a position held, or a pressure on a side. */
    public enum StanceKind implements Word {
        /** What a side puts first in the talks. */
        PRIORITY,
        /** What a side seeks to achieve. */
        AIM,
        /** A view a side holds and states. */
        POSITION,
        /** A pressure on a side, such as an election. */
        PRESSURE
    }

    /** What two sources disagree on. */
    public enum ConflictAspect implements Word {
        /** A tariff's rate. */
        RATE,
        /** When something happened or takes effect. */
        DATE,
        /** Where an event took place. */
        PLACE,
        /** What became of something: an event, a tariff or an offer. */
        STATUS,
        /** How long an event lasted. */
        DURATION,
        /** What a tariff applies to, such as cars alone or all of a country's goods. */
        COVERAGE,
        /** Who took part. */
        PARTICIPANTS
    }

    /**
     * The words of a vocabulary, in declaration order.
     *
     * @param vocabulary one of the enums of this class, e.g. {@code EventStatus.class}
     * @return its words, e.g. {@code held}, {@code planned}, ...
     */
    public static List<String> wordsOf(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(e -> ((Word) e).word()).toList();
    }

    /**
     * Event kind word → node label, in declaration order.
     *
     * @return every event kind's word and label, e.g. {@code phone-call} → {@code PhoneCall}
     */
    public static Map<String, String> eventLabels() {
        var map = new LinkedHashMap<String, String>();
        for (EventKind k : EventKind.values()) {
            map.put(k.word(), k.label());
        }
        return map;
    }

}
