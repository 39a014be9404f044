package org.tariffgraph.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.tariffgraph.internal.load.LoadPlan.NodeBatch;
import org.tariffgraph.internal.load.LoadPlan.RelBatch;
import org.tariffgraph.internal.load.Schema.Column;
import org.tariffgraph.internal.load.Schema.NodeFile;
import org.tariffgraph.internal.load.Schema.RelFile;
import org.tariffgraph.model.PartialDate;

/**
 * Reads and validates a whole import folder before anything is written. Every problem in every
 * file is collected; the result is either a complete {@link LoadPlan} or an
 * {@link InvalidImportException} listing them all. The rows may come from the CSV files of a folder
 * or, from an extractor, straight from memory: both go through the very same checks.
 */
public final class ImportReader {

    /** Longest cell accepted; a larger one is almost certainly a broken quote or the wrong file. */
    static final int MAX_FIELD_LENGTH = 100_000;

    private static final Pattern SPAN = Pattern.compile("(\\d+)-(\\d+)");
    /** A whole number in plain ASCII digits ({@link Long#parseLong} also takes "+5" and non-ASCII digits). */
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    /** A plain decimal ({@link Double#parseDouble} also takes "10d", "1e3", "0x1p3", "Infinity"). */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    /** Separators someone may have used instead of commas, with how to name them in a message. */
    private static final List<Map.Entry<String, String>> WRONG_SEPARATORS = List.of(
            Map.entry(";", "semicolons"), Map.entry("\t", "tabs"), Map.entry("|", "'|'"));
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false)
            .get();

    /** A line break as Commons CSV counts lines: CR LF, CR or LF. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final RowSource source;
    private final RowSink sink;
    /** Whether rows outlive the read (a {@link LoadPlan}): then repeated short texts share one instance. */
    private final boolean share;
    private final List<Problem> problems = new ArrayList<>();
    /** id → label, where it was defined, and its number (for compact pair keys). */
    private final Map<String, Defined> ids = new HashMap<>();
    /** document id → bodyEnd. */
    private final Map<String, Long> documents = new HashMap<>();

    private record Defined(String label, String file, long line, int number) {}

    /** A parsed row: typed values by column, and the line it started on. */
    private record Row(long line, Map<String, Object> values) {}

    /**
     * Receives a folder's rows as they are validated, node files first (documents before any fact),
     * then relationship files. What it received is only sound if the read ends without an
     * {@link InvalidImportException}; a sink that writes somewhere must discard its output then.
     */
    public interface RowSink {
        /** A node: its {@code label}, the kind label it also carries (if any) and the other kind labels of its file. */
        void node(String label, String id, Map<String, Object> props, List<String> labels, List<String> dropLabels);

        /** A relationship between two nodes whose labels are known. */
        void relationship(String type, String startLabel, String endLabel, String start, String end, Map<String, Object> props);
    }

    private ImportReader(RowSource source, RowSink sink, boolean share) {
        this.source = source;
        this.sink = sink;
        this.share = share;
    }

    /** Validates {@code dir} completely; returns what to write or throws with every problem found. */
    public static LoadPlan read(Path dir) {
        var plan = new PlanSink();
        new ImportReader(new CsvFolder(dir), plan, true).readAll();
        return plan.plan();
    }

    /**
     * Validates rows held in memory exactly as {@link #read(Path)} validates a folder, and returns the
     * same plan the folder {@link ImportWriter#write} makes of them would give. {@code rows}: by file name
     * (e.g. {@code events.csv}), the rows of that file; each row maps a column name to the raw cell text
     * exactly as it would be written in the CSV (lists joined with {@code ;}, spans {@code 12-40}); a
     * column missing from a row is an empty cell, a file missing from the map a file with a header only.
     * Problems name the file, the row's line as it would be in the CSV (the header is line 1) and the
     * column. {@code origin} (where the rows come from) is only used in messages.
     */
    public static LoadPlan read(String origin, Map<String, List<Map<String, String>>> rows) {
        var plan = new PlanSink();
        new ImportReader(new InMemory(origin, rows), plan, true).readAll();
        return plan.plan();
    }

    /**
     * Validates {@code dir} in one streaming pass, handing each row to {@code sink} as soon as it is
     * checked and keeping only the ids in memory; throws with every problem found at the end.
     */
    public static void stream(Path dir, RowSink sink) {
        new ImportReader(new CsvFolder(dir), sink, false).readAll();
    }

    /** How many nodes and relationships a valid folder holds. */
    public record Counts(long nodes, long relationships) {}

    /** Validates {@code dir} completely, keeping nothing but the ids; throws with every problem found. */
    public static Counts validate(Path dir) {
        long[] counts = new long[2];
        stream(dir, new RowSink() {
            @Override
            public void node(String label, String id, Map<String, Object> props, List<String> labels, List<String> dropLabels) {
                counts[0]++;
            }

            @Override
            public void relationship(String type, String startLabel, String endLabel, String start, String end, Map<String, Object> props) {
                counts[1]++;
            }
        });
        return new Counts(counts[0], counts[1]);
    }

    private void readAll() {
        if (source.begin(problems)) {
            // Schema.NODES lists documents.csv first, so every fact's sources can be checked as it is read,
            // and all node files come before the relationship files that refer to their ids.
            for (NodeFile file : Schema.NODES) {
                parse(file.file(), file.columns(), row -> node(file, row));
            }
            for (RelFile file : Schema.RELATIONSHIPS) {
                var seen = new LongLongHashMap();
                parse(file.file(), file.columns(), row -> relationship(file, row, seen));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
    }

    /** Reads one file's well-formed rows from the source, typed and checked cell by cell, into {@code each}. */
    private void parse(String file, List<Column> columns, Consumer<Row> each) {
        source.rows(file, columns, problems, (line, cells) -> each.accept(new Row(line, convert(file, line, cells, columns))));
    }

    private void node(NodeFile file, Row row) {
        var props = new LinkedHashMap<>(row.values());
        String id = (String) props.get("id");
        if (id == null) {
            return; // already reported as a missing required field
        }
        Defined earlier = ids.putIfAbsent(id, new Defined(file.label(), file.file(), row.line(), ids.size()));
        if (earlier != null) {
            problems.add(new Problem(file.file(), row.line(), "id", "duplicate id '" + id + "' (first defined at "
                    + earlier.file() + ":" + earlier.line() + ")"));
        }
        if (file.label().equals("Document") && row.values().get("bodyEnd") instanceof Long end) {
            documents.put(id, end);
        }
        perSource(file.file(), row, file.columns());
        Object sources = props.remove("sources");
        Object evidence = props.remove("evidence");
        Object attributions = props.remove("attributions");
        Object rules = props.remove("rules");
        List<String> labels = List.of();
        List<String> dropLabels = List.of();
        if (file.kindColumn() != null && props.get(file.kindColumn()) instanceof String kind) {
            String kindLabel = file.kindLabels().get(kind);
            labels = List.of(kindLabel);
            dropLabels = file.kindLabels().values().stream().filter(l -> !l.equals(kindLabel)).sorted().toList();
        }
        sink.node(file.label(), id, Map.copyOf(props), labels, dropLabels);
        if (file.isFact()) {
            for (var pair : provenance(file.file(), row, sources, evidence)) {
                sink.relationship("REPORTED_IN", file.label(), "Document", id, pair.get(0), reportedIn(pair, attributions, rules));
            }
        }
    }

    private void relationship(RelFile file, Row row, LongLongHashMap seen) {
        var props = new LinkedHashMap<>(row.values());
        String start = (String) props.remove("start");
        String end = (String) props.remove("end");
        Defined from = endpoint(file, row, "start", start, file.fromLabels());
        Defined to = endpoint(file, row, "end", end, file.toLabels());
        if (start != null && start.equals(end)) {
            problems.add(new Problem(file.file(), row.line(), "end", "a " + file.type() + " relationship cannot start and end at the same node '" + start + "'"));
        }
        provenance(file.file(), row, props.get("sources"), props.get("evidence"));
        perSource(file.file(), row, file.columns());
        if (from != null && to != null) {
            // Both ends are numbered nodes, so the pair packs exactly into one long: no strings kept per row.
            long pair = ((long) from.number() << 32) | (to.number() & 0xFFFFFFFFL);
            long earlier = seen.getIfAbsentPut(pair, row.line());
            if (earlier != row.line()) {
                problems.add(new Problem(file.file(), row.line(), "start", "the same " + file.type() + " from '" + start + "' to '" + end
                        + "' is already on line " + earlier + "; give it one row with all its sources"));
            }
            sink.relationship(file.type(), from.label(), to.label(), start, end, Map.copyOf(props));
        }
    }

    private Defined endpoint(RelFile file, Row row, String field, String id, Set<String> allowed) {
        if (id == null) {
            return null;
        }
        Defined d = ids.get(id);
        if (d == null) {
            problems.add(new Problem(file.file(), row.line(), field, "unknown id '" + id + "'"));
            return null;
        }
        if (!allowed.contains(d.label())) {
            String article = d.label().matches("[AEIOU].*") ? "an " : "a ";
            problems.add(new Problem(file.file(), row.line(), field, "'" + id + "' is " + article + d.label() + ", but " + file.type()
                    + " " + (field.equals("start") ? "starts at" : "ends at") + " " + String.join(" or ", new TreeSet<>(allowed))));
            return null;
        }
        return d;
    }

    /** Collects every row into a {@link LoadPlan}, grouped as the loader writes them. */
    private static final class PlanSink implements RowSink {
        private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
        private final Map<List<String>, List<Map<String, Object>>> relationships = new LinkedHashMap<>();

        PlanSink() {
            Schema.NODES.forEach(f -> nodes.put(f.label(), new ArrayList<>()));
        }

        @Override
        public void node(String label, String id, Map<String, Object> props, List<String> labels, List<String> dropLabels) {
            nodes.get(label).add(Map.of("id", id, "props", props, "labels", labels, "dropLabels", dropLabels));
        }

        @Override
        public void relationship(String type, String startLabel, String endLabel, String start, String end, Map<String, Object> props) {
            relationships.computeIfAbsent(List.of(type, startLabel, endLabel), k -> new ArrayList<>())
                    .add(Map.of("start", start, "end", end, "props", props));
        }

        LoadPlan plan() {
            var nodeBatches = new ArrayList<NodeBatch>();
            nodes.forEach((label, rows) -> nodeBatches.add(new NodeBatch(label, rows)));
            var relBatches = new ArrayList<RelBatch>();
            relationships.forEach((key, rows) -> relBatches.add(new RelBatch(key.get(0), key.get(1), key.get(2), rows)));
            return new LoadPlan(nodeBatches, relBatches);
        }
    }

    /**
     * The properties of one REPORTED_IN: the span, what the report credits the fact to where it says,
     * and the extraction rule that proposed the fact from it (neither where its value is {@code -}).
     */
    private static Map<String, Object> reportedIn(List<String> pair, Object attributions, Object rules) {
        int i = Integer.parseInt(pair.get(2));
        var props = new HashMap<String, Object>();
        props.put("evidence", pair.get(1));
        putClaim(props, "attribution", attributions, i);
        putClaim(props, "rule", rules, i);
        return Map.copyOf(props);
    }

    /** Puts the {@code i}th value of a one-value-per-source column under {@code key}, unless it is absent or {@code -}. */
    private static void putClaim(Map<String, Object> props, String key, Object perSource, int i) {
        if (perSource instanceof List<?> claims && i < claims.size() && !"-".equals(claims.get(i))) {
            props.put(key, claims.get(i));
        }
    }

    /** Checks that every one-value-per-source column has as many values as the row has sources. */
    private void perSource(String file, Row row, List<Column> columns) {
        if (!(row.values().get("sources") instanceof List<?> sources)) {
            return;
        }
        for (Column column : columns) {
            if (column.type() == Schema.Type.PER_SOURCE && row.values().get(column.name()) instanceof List<?> claims
                    && claims.size() != sources.size()) {
                problems.add(new Problem(file, row.line(), column.name(), "has " + claims.size() + " value(s) for " + sources.size()
                        + " source(s); give one per source, in the same order (- for a source that says nothing of it)"));
            }
        }
    }

    /** Checks sources against evidence and the documents; returns (document, span, index in sources) triples. */
    @SuppressWarnings("unchecked")
    private List<List<String>> provenance(String file, Row row, Object sourcesValue, Object evidenceValue) {
        if (!(sourcesValue instanceof List<?> s) || !(evidenceValue instanceof List<?> ev)) {
            return List.of();
        }
        List<String> sources = (List<String>) s;
        List<String> evidence = (List<String>) ev;
        if (sources.size() != evidence.size()) {
            problems.add(new Problem(file, row.line(), "evidence", "has " + evidence.size() + " span(s) for " + sources.size()
                    + " source(s); give one span per source, in the same order"));
            return List.of();
        }
        var pairs = new ArrayList<List<String>>();
        var distinct = new HashSet<String>();
        for (int i = 0; i < sources.size(); i++) {
            String doc = sources.get(i);
            if (!distinct.add(doc)) {
                problems.add(new Problem(file, row.line(), "sources", "lists '" + doc + "' twice"));
                continue;
            }
            Long bodyEnd = documents.get(doc);
            if (bodyEnd == null) {
                problems.add(new Problem(file, row.line(), "sources", "'" + doc + "' is not a document in documents.csv"));
                continue;
            }
            var m = SPAN.matcher(evidence.get(i));
            long end = Long.parseLong(m.matches() ? m.group(2) : "0");
            if (end > bodyEnd) {
                problems.add(new Problem(file, row.line(), "evidence", "span " + evidence.get(i) + " ends after the body of " + doc
                        + " (" + bodyEnd + " characters)"));
                continue;
            }
            pairs.add(List.of(doc, evidence.get(i), String.valueOf(i)));
        }
        return pairs;
    }

    /** The decoding error behind a parser exception, if that is what it is. */
    private static CharacterCodingException codingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException c) {
                return c;
            }
        }
        return null;
    }

    private static void skipByteOrderMark(java.io.BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** Whether nothing but white space is left, looking no further than the first visible character. */
    private static boolean isBlank(java.io.BufferedReader reader) throws IOException {
        int limit = 1 << 16;
        reader.mark(limit);
        for (int i = 0; i < limit; i++) {
            int c = reader.read();
            if (c < 0) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                reader.reset();
                return false;
            }
        }
        reader.reset();
        return false;
    }

    /**
     * What Commons CSV could not parse, in words: its exceptions are wrapped, carry the class name in
     * their message and count lines their own way, none of which belongs in a problem line.
     */
    private static String parseError(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = firstLine(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field opened here is never closed (an unbalanced \"); the rest of the file cannot be read";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows the closing quote of a field (inside quotes, write a quote as \"\")";
        }
        return message.replaceFirst("^([\\w.$]+(Exception|Error): )+", "");
    }

    /** Types and checks every cell of one row ({@code cells}: column name → raw text); wrong cells are left out. */
    private Map<String, Object> convert(String file, long line, Function<String, String> cells, List<Column> columns) {
        var values = new LinkedHashMap<String, Object>();
        for (Column column : columns) {
            Object value = cell(file, line, column, cells.apply(column.name()));
            if (value != null) {
                values.put(column.name(), value);
            }
        }
        return values;
    }

    /** The value of one cell, or null when it is empty or wrong (a problem if it is wrong, or required and empty). */
    private Object cell(String file, long line, Column column, String raw) {
        if (raw.length() > MAX_FIELD_LENGTH) {
            problems.add(new Problem(file, line, column.name(), "is " + raw.length() + " characters long; the limit is " + MAX_FIELD_LENGTH));
            return null;
        }
        String text = raw.strip();
        Object value = text.isEmpty() ? null : share ? shared(value(column, text)) : value(column, text);
        if (value == null || value instanceof List<?> list && list.isEmpty()) { // a list of separators only is no value either
            if (column.required()) {
                problems.add(new Problem(file, line, column.name(), "is required but empty"));
            }
            return null;
        }
        if (value instanceof Invalid invalid) {
            problems.add(new Problem(file, line, column.name(), invalid.message()));
            return null;
        }
        return value;
    }
    private record Invalid(String message) {}

    /** One instance per distinct short text of a read: ids and choices repeat in thousands of rows. */
    private final Map<String, String> strings = new HashMap<>();

    private Object shared(Object value) {
        if (value instanceof String s && s.length() <= 64) {
            return strings.computeIfAbsent(s, k -> k);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::shared).toList();
        }
        return value;
    }

    private static Object value(Column column, String raw) {
        return switch (column.type()) {
            case TEXT -> raw;
            case COUNT -> count(raw);
            case PERCENT -> percent(raw);
            case DATE -> date(raw);
            case BOOLEAN -> raw.equals("true") || raw.equals("false") ? (Object) Boolean.valueOf(raw)
                    : new Invalid("must be true or false, not '" + raw + "'");
            case CHOICE -> column.choices().contains(raw) ? raw
                    : new Invalid("must be one of " + String.join(", ", new TreeSet<>(column.choices())) + ", not '" + raw + "'");
            case LIST -> Arrays.stream(raw.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            case PER_SOURCE -> perSourceValues(column, raw);
            case SPANS -> spans(raw);
        };
    }

    private static Object count(String raw) {
        if (!WHOLE.matcher(raw).matches()) {
            return new Invalid("is not a whole number: '" + raw + "'");
        }
        try {
            long n = Long.parseLong(raw);
            return n < 0 ? new Invalid("must not be negative: '" + raw + "'") : (Object) n;
        } catch (NumberFormatException e) {
            return new Invalid(raw.startsWith("-") ? "must not be negative: '" + raw + "'" : "is too large: '" + raw + "'");
        }
    }

    private static Object percent(String raw) {
        if (!DECIMAL.matcher(raw).matches()) {
            return new Invalid("is not a number: '" + raw + "'");
        }
        try {
            double d = Double.parseDouble(raw);
            if (Double.isNaN(d) || d < 0 || d > 1000) {
                return new Invalid("is not a percentage from 0 to 1000: '" + raw + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            return new Invalid("is not a number: '" + raw + "'");
        }
    }

    private static Object perSourceValues(Column column, String raw) {
        var claims = Arrays.stream(raw.split(";", -1)).map(String::strip).toList();
        for (String claim : claims) {
            if (claim.isEmpty()) {
                return new Invalid("has an empty value; give one value per source, and - for a source that says nothing of it");
            }
            if (!column.choices().isEmpty() && !claim.equals("-") && !column.choices().contains(claim)) {
                return new Invalid("'" + claim + "' must be one of " + String.join(", ", new TreeSet<>(column.choices())) + " (or -)");
            }
        }
        return claims;
    }

    private static Object spans(String raw) {
        var spans = Arrays.stream(raw.split(";")).map(String::strip).toList();
        for (String span : spans) {
            var m = SPAN.matcher(span);
            if (!m.matches()) {
                return new Invalid("'" + span + "' is not a span start-end");
            }
            try {
                if (Long.parseLong(m.group(1)) >= Long.parseLong(m.group(2))) {
                    return new Invalid("span " + span + " is empty or backwards");
                }
            } catch (NumberFormatException e) {
                return new Invalid("span " + span + " is out of range");
            }
        }
        return spans;
    }

    private static Object date(String raw) {
        if (!PartialDate.looksLike(raw)) {
            return new Invalid("is not an ISO date (2025, 2025-06 or 2025-06-28): '" + raw + "'");
        }
        return PartialDate.parse(raw).<Object>map(PartialDate::text).orElseGet(() -> new Invalid("is not a real date: '" + raw + "'"));
    }

    private static long firstBadLine(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            long line = 1;
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException e) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
            return line;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    // ---- Where the rows come from --------------------------------------------------------------

    /** Receives one well-formed row of a file: its line (the header is line 1) and its raw cells by column name. */
    @FunctionalInterface
    private interface RawRows {
        void accept(long line, Function<String, String> cells);
    }

    /** Where the rows of each schema file come from: the CSV files of a folder, or rows held in memory. */
    private interface RowSource {
        /** Checks the source as a whole, adding to {@code problems}; false if no file can be read at all. */
        boolean begin(List<Problem> problems);

        /** Hands each well-formed row of {@code file} to {@code each}, in order; what is wrong goes to {@code problems}. */
        void rows(String file, List<Column> columns, List<Problem> problems, RawRows each);
    }

    /** The problem of a column a file does not have, listing the columns its header needs. */
    private static Problem notAColumn(String file, String name, List<Column> columns) {
        return new Problem(file, 1, name, "is not a column of " + file + " (expected " + String.join(",", Schema.headerNames(columns)) + ")");
    }

    /** Rows held in memory, by file name: a file that is absent has no rows, a cell that is absent is empty. */
    private record InMemory(String origin, Map<String, List<Map<String, String>>> files) implements RowSource {

        @Override
        public boolean begin(List<Problem> problems) {
            for (String file : new TreeSet<>(files.keySet())) {
                if (!Schema.columnsByFile().containsKey(file)) {
                    problems.add(new Problem(file, 0, "(file)", "is not a file of an import folder (from " + origin + "; expected one of "
                            + String.join(", ", Schema.files()) + ")"));
                }
            }
            return true;
        }

        @Override
        public void rows(String file, List<Column> columns, List<Problem> problems, RawRows each) {
            var rows = files.getOrDefault(file, List.of());
            unknownColumns(file, columns, rows, problems);
            long line = 2;
            for (Map<String, String> row : rows) {
                each.accept(line, column -> Objects.requireNonNullElse(row.get(column), ""));
                line += 1 + columns.stream().map(c -> row.get(c.name())).filter(Objects::nonNull).mapToLong(ImportReader::lineBreaks).sum();
            }
        }

        /**
         * Reports each name the rows use that is not a column of the file, once, on line 1 as a CSV header
         * would have it. The rows are still read (their cells are found by name): one problem, not one per id.
         */
        private static void unknownColumns(String file, List<Column> columns, List<Map<String, String>> rows, List<Problem> problems) {
            var names = columns.stream().map(Column::name).collect(java.util.stream.Collectors.toSet());
            var unknown = new TreeSet<String>();
            rows.forEach(row -> row.keySet().stream().filter(k -> !names.contains(k)).forEach(unknown::add));
            unknown.forEach(name -> problems.add(notAColumn(file, name, columns)));
        }
    }

    /** How many lines a cell adds to its record in a CSV file, counted as Commons CSV counts them. */
    private static long lineBreaks(String text) {
        return LINE_BREAK.matcher(text).results().count();
    }

    /** The CSV files of a folder, each named as in {@link Schema}. */
    private record CsvFolder(Path dir) implements RowSource {

        @Override
        public boolean begin(List<Problem> problems) {
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem(dir.toString(), 0, "folder", "is not a folder"));
                return false;
            }
            return true;
        }

        @Override
        public void rows(String file, List<Column> columns, List<Problem> problems, RawRows each) {
            new CsvFile(dir, file, columns, problems).read(each);
        }
    }

    /** One CSV file of a folder being read: well-formed rows go to a {@link RawRows}, what is wrong to {@code problems}. */
    private record CsvFile(Path dir, String name, List<Column> columns, List<Problem> problems) {

        void read(RawRows each) {
            Path path = dir.resolve(name);
            if (!Files.exists(path)) {
                problems.add(new Problem(name, 0, "(file)", "is missing from " + dir));
                return;
            }
            if (!Files.isRegularFile(path)) {
                problems.add(new Problem(name, 0, "(file)", "is not a regular file (a folder?) in " + dir));
                return;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
                skipByteOrderMark(reader);
                if (isBlank(reader)) {
                    problems.add(new Problem(name, 0, "(file)", "is empty; it needs at least the header line " + expected()));
                    return;
                }
                parse(reader, each);
            } catch (CharacterCodingException e) {
                problems.add(new Problem(name, firstBadLine(path), "(file)", "is not valid UTF-8"));
            } catch (IOException e) {
                problems.add(new Problem(name, 0, "(file)", "cannot be read: " + (e instanceof AccessDeniedException
                        ? "permission denied" : firstLine(e.getMessage()))));
            }
        }

        /** The columns every header of this file needs, as a header line. */
        private String expected() {
            return String.join(",", Schema.headerNames(columns));
        }

        private void parse(java.io.Reader reader, RawRows each) throws CharacterCodingException {
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                List<String> header = parser.getHeaderNames();
                if (checkHeader(header)) {
                    records(parser, header.size(), each);
                }
            } catch (CharacterCodingException e) {
                throw e;
            } catch (IOException e) {
                problems.add(new Problem(name, 1, "(file)", "cannot be read: " + firstLine(e.getMessage())));
            } catch (IllegalArgumentException e) {
                String message = firstLine(e.getMessage());
                problems.add(new Problem(name, 1, "(header)", message.startsWith("A header name is missing")
                        ? "has a column without a name (a stray comma?); expected " + expected()
                        : message));
            } catch (UncheckedIOException e) {
                if (codingError(e) != null) {
                    throw codingError(e);
                }
                problems.add(new Problem(name, 1, "(file)", "cannot be read: " + firstLine(e.getMessage())));
            }
        }

        /** Hands each record with as many fields as the header to {@code each}; a column the header lacks is empty. */
        private void records(CSVParser parser, int width, RawRows each) throws CharacterCodingException {
            Iterator<CSVRecord> it = parser.iterator();
            long lastLine = 1;
            while (true) {
                CSVRecord record = next(it, lastLine);
                if (record == null) {
                    return;
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (wellFormed(record, line, width)) {
                    each.accept(line, column -> record.isMapped(column) ? record.get(column) : "");
                }
            }
        }

        /** The next record, or null at the end or where the rest cannot be parsed (then a problem says why). */
        private CSVRecord next(Iterator<CSVRecord> it, long lastLine) throws CharacterCodingException {
            try {
                return it.hasNext() ? it.next() : null;
            } catch (UncheckedIOException | IllegalStateException e) {
                if (codingError(e) != null) {
                    throw codingError(e);
                }
                problems.add(new Problem(name, lastLine + 1, "(row)", "cannot be parsed: " + parseError(e)));
                return null;
            }
        }

        private boolean wellFormed(CSVRecord record, long line, int width) {
            if (record.size() == 1 && width > 1 && record.get(0).isBlank()) {
                problems.add(new Problem(name, line, "(row)", "is blank; remove the empty line"));
                return false;
            }
            if (record.size() != width) {
                problems.add(new Problem(name, line, "(row)", "has " + record.size() + " fields, the header has " + width));
                return false;
            }
            return true;
        }

        /** Whether the header has every column it needs, each once, and no other; any column it may lack is then empty. */
        private boolean checkHeader(List<String> header) {
            var known = columns.stream().map(Column::name).toList();
            if (header.size() == 1 && !known.contains(header.get(0))) {
                for (var sep : WRONG_SEPARATORS) {
                    if (header.get(0).contains(sep.getKey())) {
                        problems.add(new Problem(name, 1, "(header)", "fields are separated by " + sep.getValue()
                                + ", not commas; expected " + expected()));
                        return false;
                    }
                }
            }
            int before = problems.size();
            var seen = new HashSet<String>();
            for (String column : header) {
                if (!seen.add(column) && known.contains(column)) {
                    problems.add(new Problem(name, 1, column, "appears more than once in the header"));
                }
            }
            for (String column : Schema.headerNames(columns)) {
                if (!header.contains(column)) {
                    problems.add(new Problem(name, 1, column, "column is missing from the header"));
                }
            }
            header.stream().filter(column -> !known.contains(column)).forEach(column -> problems.add(notAColumn(name, column, columns)));
            return problems.size() == before;
        }
    }
}
