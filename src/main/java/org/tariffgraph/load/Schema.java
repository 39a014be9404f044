package org.tariffgraph.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of an import folder: which CSV files exist, their columns, the type of each column and
 * which node labels the two ends of a relationship may carry. The loader validates against it and
 * derives its write statements from it; {@code cypher/load.cypher} is the same load by hand.
 */
public final class Schema {

    /** How a CSV cell becomes a property value. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A whole number ≥ 0. */
        COUNT,
        /** A decimal number (a percentage: 0 to 1000). */
        PERCENT,
        /** ISO date, possibly partial: {@code 2025}, {@code 2025-06}, {@code 2025-06-28}. */
        DATE,
        /** A list of values separated by {@code ;}. */
        LIST,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of a fixed set of words. */
        CHOICE,
        /** A list of character spans {@code start-end}, separated by {@code ;}, one per source. */
        SPANS
    }

    /** One column of a file. {@code choices} is only used by {@link Type#CHOICE}. */
    public record Column(String name, Type type, boolean required, Set<String> choices) {
        static Column req(String name, Type type) {
            return new Column(name, type, true, Set.of());
        }

        static Column opt(String name, Type type) {
            return new Column(name, type, false, Set.of());
        }

        static Column choice(String name, boolean required, String... choices) {
            return new Column(name, Type.CHOICE, required, Set.of(choices));
        }
    }

    /**
     * A node file. Every row becomes a node with {@code label} and, where {@code kindColumn} is set,
     * a second label taken from that column through {@code kindLabels}. Columns {@code sources} and
     * {@code evidence} become {@code REPORTED_IN} relationships instead of properties.
     */
    public record NodeFile(String file, String label, List<Column> columns, String kindColumn, Map<String, String> kindLabels) {
        public boolean isFact() {
            return columns.stream().anyMatch(c -> c.name().equals("sources"));
        }
    }

    /**
     * A relationship file: columns {@code start} and {@code end} hold node ids; the ends may be any of
     * the given labels. Every other column becomes a relationship property.
     */
    public record RelFile(String file, String type, Set<String> fromLabels, Set<String> toLabels, List<Column> columns) {}

    public static final Map<String, String> EVENT_KINDS = Map.of(
            "phone-call", "PhoneCall",
            "meeting", "Meeting",
            "negotiation-round", "NegotiationRound",
            "statement", "Statement",
            "trip", "Trip",
            "summit", "Summit",
            "tariff-action", "TariffAction");

    public static final Set<String> DATE_PRECISIONS = Set.of("day", "week", "month", "year", "unknown");
    /** {@code resolved} = a relative date ("on Saturday", "a day after") resolved from the document's own date. */
    public static final Set<String> DATE_BASES = Set.of("stated", "resolved", "inferred", "unknown");

    private static final Column ID = Column.req("id", Type.TEXT);
    private static final Column NAME = Column.req("name", Type.TEXT);
    private static final Column SOURCES = Column.req("sources", Type.LIST);
    private static final Column EVIDENCE = Column.req("evidence", Type.SPANS);

    private static List<Column> fact(Column... own) {
        var all = new java.util.ArrayList<Column>();
        all.add(ID);
        all.add(NAME);
        all.addAll(List.of(own));
        all.add(SOURCES);
        all.add(EVIDENCE);
        return List.copyOf(all);
    }

    private static List<Column> relationship(Column... own) {
        var all = new java.util.ArrayList<Column>();
        all.add(Column.req("start", Type.TEXT));
        all.add(Column.req("end", Type.TEXT));
        all.addAll(List.of(own));
        all.add(SOURCES);
        all.add(EVIDENCE);
        return List.copyOf(all);
    }

    public static final List<NodeFile> NODES = List.of(
            new NodeFile("documents.csv", "Document", List.of(ID, NAME,
                    Column.opt("title", Type.TEXT),
                    Column.opt("published", Type.DATE),
                    Column.choice("publishedPrecision", true, "day", "week", "month", "year", "unknown"),
                    Column.choice("publishedBasis", true, "stated", "resolved", "inferred", "unknown"),
                    Column.opt("publishedNote", Type.TEXT),
                    Column.req("bodyEnd", Type.COUNT),
                    Column.req("textSha256", Type.TEXT)), null, Map.of()),
            new NodeFile("people.csv", "Person", fact(
                    Column.opt("aliases", Type.LIST),
                    Column.opt("nationality", Type.TEXT)), null, Map.of()),
            new NodeFile("governments.csv", "Government", fact(
                    Column.opt("aliases", Type.LIST),
                    Column.opt("seat", Type.TEXT)), null, Map.of()),
            new NodeFile("countries.csv", "Country", fact(
                    Column.opt("aliases", Type.LIST),
                    Column.opt("iso", Type.TEXT)), null, Map.of()),
            new NodeFile("organizations.csv", "Organization", fact(
                    Column.opt("aliases", Type.LIST),
                    Column.opt("type", Type.TEXT)), null, Map.of()),
            new NodeFile("offices.csv", "Office", fact(
                    Column.opt("aliases", Type.LIST)), null, Map.of()),
            new NodeFile("events.csv", "Event", fact(
                    Column.choice("kind", true, EVENT_KINDS.keySet().toArray(String[]::new)),
                    Column.opt("date", Type.DATE),
                    Column.choice("datePrecision", true, DATE_PRECISIONS.toArray(String[]::new)),
                    Column.choice("dateBasis", true, DATE_BASES.toArray(String[]::new)),
                    Column.opt("dateText", Type.TEXT),
                    Column.opt("dateNote", Type.TEXT),
                    Column.choice("weekday", false, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                    Column.opt("timeOfDay", Type.TEXT),
                    Column.opt("durationMinutes", Type.COUNT),
                    Column.opt("durationApproximate", Type.BOOLEAN),
                    Column.opt("place", Type.TEXT),
                    Column.opt("round", Type.COUNT),
                    Column.choice("status", true, "held", "planned", "proposed", "potential"),
                    Column.req("summary", Type.TEXT)), "kind", EVENT_KINDS),
            new NodeFile("tariffs.csv", "Tariff", fact(
                    Column.opt("ratePercent", Type.PERCENT),
                    Column.opt("rateNote", Type.TEXT),
                    Column.choice("kind", true, "baseline", "country-specific", "reciprocal", "sectoral", "MFN", "combined"),
                    Column.opt("legalBasis", Type.TEXT),
                    Column.opt("announced", Type.DATE),
                    Column.opt("effectiveFrom", Type.DATE),
                    Column.opt("effectiveTo", Type.DATE),
                    Column.choice("status", true, "in-force", "suspended", "planned", "expected", "superseded"),
                    Column.req("summary", Type.TEXT)), null, Map.of()),
            new NodeFile("sectors.csv", "Sector", fact(
                    Column.opt("aliases", Type.LIST)), null, Map.of()),
            new NodeFile("chips.csv", "BargainingChip", fact(
                    Column.req("summary", Type.TEXT)), null, Map.of()));

    private static final Set<String> ACTORS = Set.of("Person", "Government");

    public static final List<RelFile> RELATIONSHIPS = List.of(
            new RelFile("holds_office.csv", "HOLDS_OFFICE", Set.of("Person"), Set.of("Office"), relationship(
                    Column.opt("from", Type.DATE),
                    Column.opt("to", Type.DATE),
                    Column.choice("dateBasis", false, DATE_BASES.toArray(String[]::new)))),
            new RelFile("office_of.csv", "OF", Set.of("Office"), Set.of("Government"), relationship()),
            new RelFile("governs.csv", "GOVERNS", Set.of("Government"), Set.of("Country"), relationship()),
            new RelFile("participated_in.csv", "PARTICIPATED_IN", ACTORS, Set.of("Event"), relationship(
                    Column.opt("role", Type.TEXT))),
            new RelFile("part_of.csv", "PART_OF", Set.of("Event"), Set.of("Event"), relationship()),
            new RelFile("precedes.csv", "PRECEDES", Set.of("Event"), Set.of("Event"), relationship(
                    Column.opt("gap", Type.TEXT))),
            new RelFile("concerns.csv", "CONCERNS", Set.of("Event", "BargainingChip"), Set.of("Tariff", "Sector", "BargainingChip"), relationship()),
            new RelFile("imposed_by.csv", "IMPOSED_BY", Set.of("Tariff"), Set.of("Government"), relationship()),
            new RelFile("targets.csv", "TARGETS", Set.of("Tariff"), Set.of("Country"), relationship()),
            new RelFile("covers.csv", "COVERS", Set.of("Tariff"), Set.of("Sector"), relationship()),
            new RelFile("component_of.csv", "COMPONENT_OF", Set.of("Tariff"), Set.of("Tariff"), relationship()),
            new RelFile("conflicts_with.csv", "CONFLICTS_WITH", Set.of("Tariff"), Set.of("Tariff"), relationship(
                    Column.req("note", Type.TEXT))),
            new RelFile("offered.csv", "OFFERED", ACTORS, Set.of("BargainingChip"), relationship(
                    Column.opt("date", Type.DATE),
                    Column.req("status", Type.TEXT))),
            new RelFile("seeks_relief_from.csv", "SEEKS_RELIEF_FROM", Set.of("BargainingChip"), Set.of("Tariff"), relationship()),
            new RelFile("located_in.csv", "LOCATED_IN", Set.of("Event"), Set.of("Country"), relationship()),
            new RelFile("published_by.csv", "PUBLISHED_BY", Set.of("Document"), Set.of("Organization"), relationship()),
            new RelFile("wrote.csv", "WROTE", Set.of("Person"), Set.of("Document"), relationship()),
            new RelFile("cites.csv", "CITES", Set.of("Document"), Set.of("Organization"), relationship()));

    private Schema() {}

    /** Every file name of an import folder, node files first. */
    public static List<String> files() {
        var files = new java.util.ArrayList<String>();
        NODES.forEach(f -> files.add(f.file()));
        RELATIONSHIPS.forEach(f -> files.add(f.file()));
        return files;
    }

    public static Optional<NodeFile> nodeFile(String label) {
        return NODES.stream().filter(n -> n.label().equals(label)).findFirst();
    }
}
