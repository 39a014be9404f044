package org.tariffgraph.internal.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tariffgraph.model.Vocabulary;
import org.tariffgraph.model.Vocabulary.ChipStatus;
import org.tariffgraph.model.Vocabulary.ConflictAspect;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.Vocabulary.StanceKind;
import org.tariffgraph.model.Vocabulary.TariffKind;
import org.tariffgraph.model.Vocabulary.TariffStatus;

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
        SPANS,
        /**
         * What each source says, separated by {@code ;} in the order of {@code sources}: one value per
         * source, {@code -} where a source says nothing of it. Kept apart so that two reports that
         * disagree stay two claims.
         */
        PER_SOURCE
    }

    /**
     * One column of a file. {@code choices} is only used by {@link Type#CHOICE} (and {@link Type#PER_SOURCE}).
     * A column with {@code headerOptional} may be left out of a file's header, as if every cell of it
     * were empty: a column added after folders without it were written, which still load unchanged.
     */
    public record Column(String name, Type type, boolean required, Set<String> choices, boolean headerOptional) {
        /** A column every header must have. */
        public Column(String name, Type type, boolean required, Set<String> choices) {
            this(name, type, required, choices, false);
        }

        static Column req(String name, Type type) {
            return new Column(name, type, true, Set.of());
        }

        static Column opt(String name, Type type) {
            return new Column(name, type, false, Set.of());
        }

        static Column choice(String name, boolean required, String... choices) {
            return new Column(name, Type.CHOICE, required, Set.of(choices));
        }

        static <E extends Enum<E> & Vocabulary.Word> Column choice(String name, boolean required, Class<E> vocabulary) {
            return new Column(name, Type.CHOICE, required, Set.copyOf(Vocabulary.wordsOf(vocabulary)));
        }

        /** One value per source; {@code choices} (if any) are the values each may take besides {@code -}. */
        static Column perSource(String name, boolean required, Set<String> choices) {
            return new Column(name, Type.PER_SOURCE, required, choices);
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

    /** Event kind word → the second label of its nodes (see {@link Vocabulary.EventKind}). */
    public static final Map<String, String> EVENT_KINDS = Vocabulary.eventLabels();

    private static final Column ATTRIBUTIONS = Column.perSource("attributions", false, Set.of());
    /**
     * Per source, the name of the extraction rule that proposed the fact from it, or {@code -} for a
     * curated source; optional, and optional in the header (curated folders have no such column).
     */
    private static final Column RULES = new Column("rules", Type.PER_SOURCE, false, Set.of(), true);

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
        all.add(RULES);
        return List.copyOf(all);
    }

    private static List<Column> relationship(Column... own) {
        var all = new java.util.ArrayList<Column>();
        all.add(Column.req("start", Type.TEXT));
        all.add(Column.req("end", Type.TEXT));
        all.addAll(List.of(own));
        all.add(SOURCES);
        all.add(EVIDENCE);
        all.add(RULES);
        return List.copyOf(all);
    }

    public static final List<NodeFile> NODES = List.of(
            new NodeFile("documents.csv", "Document", List.of(ID, NAME,
                    Column.opt("title", Type.TEXT),
                    Column.opt("published", Type.DATE),
                    Column.choice("publishedPrecision", true, DatePrecision.class),
                    Column.choice("publishedBasis", true, DateBasis.class),
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
                    Column.choice("kind", true, EventKind.class),
                    Column.opt("date", Type.DATE),
                    Column.opt("endDate", Type.DATE),
                    Column.choice("datePrecision", true, DatePrecision.class),
                    Column.choice("dateBasis", true, DateBasis.class),
                    Column.opt("dateText", Type.TEXT),
                    Column.opt("dateNote", Type.TEXT),
                    Column.choice("weekday", false, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                    Column.opt("timeOfDay", Type.TEXT),
                    Column.opt("durationMinutes", Type.COUNT),
                    Column.opt("durationApproximate", Type.BOOLEAN),
                    Column.opt("place", Type.TEXT),
                    Column.opt("round", Type.COUNT),
                    Column.opt("ordinal", Type.COUNT),
                    Column.choice("status", true, EventStatus.class),
                    Column.opt("quotes", Type.LIST),
                    Column.opt("audience", Type.TEXT),
                    ATTRIBUTIONS,
                    Column.req("summary", Type.TEXT)), "kind", EVENT_KINDS),
            new NodeFile("tariffs.csv", "Tariff", fact(
                    Column.opt("ratePercent", Type.PERCENT),
                    Column.opt("rateNote", Type.TEXT),
                    Column.choice("kind", true, TariffKind.class),
                    Column.opt("legalBasis", Type.TEXT),
                    Column.opt("announced", Type.DATE),
                    Column.opt("effectiveFrom", Type.DATE),
                    Column.opt("effectiveTo", Type.DATE),
                    Column.opt("dateNote", Type.TEXT),
                    Column.choice("status", true, TariffStatus.class),
                    ATTRIBUTIONS,
                    Column.req("summary", Type.TEXT)), null, Map.of()),
            new NodeFile("sectors.csv", "Sector", fact(
                    Column.opt("aliases", Type.LIST)), null, Map.of()),
            new NodeFile("chips.csv", "BargainingChip", fact(
                    Column.req("summary", Type.TEXT)), null, Map.of()),
            new NodeFile("stances.csv", "Stance", fact(
                    Column.choice("kind", true, StanceKind.class),
                    Column.req("summary", Type.TEXT),
                    ATTRIBUTIONS), null, Map.of()),
            new NodeFile("topics.csv", "Topic", fact(
                    Column.opt("aliases", Type.LIST)), null, Map.of()));

    /** Every label of a node that is itself a reported fact (its file has sources). */
    public static final Set<String> FACT_LABELS = NODES.stream().filter(NodeFile::isFact).map(NodeFile::label)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> ACTORS = Set.of("Person", "Government");

    public static final List<RelFile> RELATIONSHIPS = List.of(
            new RelFile("holds_office.csv", "HOLDS_OFFICE", Set.of("Person"), Set.of("Office"), relationship(
                    Column.opt("from", Type.DATE),
                    Column.opt("to", Type.DATE),
                    Column.choice("dateBasis", false, DateBasis.class),
                    Column.opt("dateNote", Type.TEXT))),
            new RelFile("office_of.csv", "OF", Set.of("Office"), Set.of("Government"), relationship()),
            new RelFile("governs.csv", "GOVERNS", Set.of("Government"), Set.of("Country"), relationship()),
            new RelFile("participated_in.csv", "PARTICIPATED_IN", ACTORS, Set.of("Event"), relationship(
                    Column.opt("role", Type.TEXT))),
            new RelFile("part_of.csv", "PART_OF", Set.of("Event"), Set.of("Event"), relationship()),
            new RelFile("precedes.csv", "PRECEDES", Set.of("Event"), Set.of("Event"), relationship(
                    Column.opt("gap", Type.TEXT))),
            new RelFile("concerns.csv", "CONCERNS", Set.of("Event", "BargainingChip", "Stance"),
                    Set.of("Tariff", "Sector", "BargainingChip", "Topic", "Event"), relationship()),
            new RelFile("imposed_by.csv", "IMPOSED_BY", Set.of("Tariff"), Set.of("Government"), relationship()),
            new RelFile("targets.csv", "TARGETS", Set.of("Tariff"), Set.of("Country"), relationship()),
            new RelFile("covers.csv", "COVERS", Set.of("Tariff"), Set.of("Sector"), relationship()),
            new RelFile("expected_to_affect.csv", "EXPECTED_TO_AFFECT", Set.of("Tariff"), Set.of("Sector"), relationship(
                    Column.req("wording", Type.TEXT))),
            new RelFile("component_of.csv", "COMPONENT_OF", Set.of("Tariff"), Set.of("Tariff"), relationship()),
            new RelFile("supersedes.csv", "SUPERSEDES", Set.of("Tariff"), Set.of("Tariff"), relationship(
                    Column.choice("basis", true, DateBasis.class),
                    Column.req("note", Type.TEXT))),
            new RelFile("conflicts_with.csv", "CONFLICTS_WITH", FACT_LABELS, FACT_LABELS, relationship(
                    Column.choice("aspect", true, ConflictAspect.class),
                    Column.req("note", Type.TEXT))),
            new RelFile("offered.csv", "OFFERED", ACTORS, Set.of("BargainingChip"), relationship(
                    Column.opt("date", Type.DATE),
                    Column.perSource("status", true, Set.copyOf(Vocabulary.wordsOf(ChipStatus.class))),
                    ATTRIBUTIONS)),
            new RelFile("holds_stance.csv", "HOLDS_STANCE", ACTORS, Set.of("Stance"), relationship()),
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

    /** Every file of an import folder with its columns, node files first. */
    public static Map<String, List<Column>> columnsByFile() {
        var map = new java.util.LinkedHashMap<String, List<Column>>();
        NODES.forEach(f -> map.put(f.file(), f.columns()));
        RELATIONSHIPS.forEach(f -> map.put(f.file(), f.columns()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The names of the columns a header of a file with {@code columns} must have, in order. */
    public static List<String> headerNames(List<Column> columns) {
        return columns.stream().filter(c -> !c.headerOptional()).map(Column::name).toList();
    }

    /** The file of the node label {@code label}, if there is one. */
    public static Optional<NodeFile> nodeFile(String label) {
        return NODES.stream().filter(n -> n.label().equals(label)).findFirst();
    }
}
