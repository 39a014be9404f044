package org.tariffgraph.ask;

import java.util.List;
import java.util.stream.Collectors;
import org.tariffgraph.model.Negotiation;
import org.tariffgraph.model.Vocabulary.EventStatus;

/** The words answers are written in: lists, dates with their precision, events, periods and counts. */
final class Phrasing {

    private Phrasing() {}

    /** "a; b and c". */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One event as a person would write it: its name, when, how long and where unless the name says so, and whether it happened. */
    static String event(Negotiation n) {
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

    /** " on 2025-06-28", " in the week of …", " in 2025-06", with "(date inferred)" when no report states it. */
    static String when(String date, String precision, String basis) {
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

    /** The period a reading asks about, as words ("" when it gives none). */
    static String period(Reading r) {
        if (r.from() == null && r.to() == null) {
            return "";
        }
        if (r.when().landmark() != null && (r.from() == null || r.to() == null)) {
            return " " + r.when().landmark();
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

    /** "a phone call or meeting between A and B in round 5 in Washington on 2025-06-28". */
    static String describeEvents(Reading r, List<String> kinds, Long minutes) {
        String noun = kinds == null ? "negotiation" : kinds.stream().map(Phrasing::kindNoun).collect(Collectors.joining(" or "));
        var sb = new StringBuilder(minutes != null ? "a " + minutes + "-minute " + noun : article(noun) + " " + noun);
        if (r.actor() != null && r.other() != null) {
            sb.append(" between ").append(r.actor().name()).append(" and ").append(r.other().name());
        } else if (r.actor() != null) {
            sb.append(" involving ").append(r.actor().name());
        }
        if (r.round() != null) {
            sb.append(" in round ").append(r.round());
        }
        if (r.names().place() != null) {
            sb.append(" in ").append(r.names().place());
        }
        if (r.when().timeOfDay() != null) {
            sb.append(" in the ").append(r.when().timeOfDay());
        }
        if (r.when().weekday() != null) {
            sb.append(" on a ").append(r.when().weekday());
        }
        return sb.append(period(r)).toString();
    }

    static String kindNoun(String label) {
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

    /** "3 events", "1 event". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "one event", "two events", "three events", "4 events". */
    static String countInWords(int n, String singular, String plural) {
        String number = switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> String.valueOf(n);
        };
        return number + " " + (n == 1 ? singular : plural);
    }

    static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    static String range(String first, String last) {
        if (first == null) {
            return ", date unknown";
        }
        return first.equals(last) ? ", " + first : ", " + first + " to " + last;
    }

    static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
