package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.PartialDate;
import org.tariffgraph.model.Vocabulary;
import org.tariffgraph.model.Vocabulary.ChipStatus;
import org.tariffgraph.model.Vocabulary.DateBasis;
import org.tariffgraph.model.Vocabulary.DatePrecision;
import org.tariffgraph.model.Vocabulary.EventKind;
import org.tariffgraph.model.Vocabulary.EventStatus;
import org.tariffgraph.model.Vocabulary.StanceKind;
import org.tariffgraph.model.Vocabulary.TariffStatus;

/** The Cypher files speak the one vocabulary: every label, type and fixed word they use is defined once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VocabularyTest {

    private static final Pattern LABEL = Pattern.compile("(?:\\(|\\b[a-z]\\w*|\\|)\\s*:\\s*([A-Z][a-z][A-Za-z]*)\\b");
    private static final Pattern TYPE = Pattern.compile("\\[\\s*\\w*\\s*:\\s*([A-Z_|]+)");
    private static final Pattern COMPARED = Pattern.compile("\\.(status|datePrecision|dateBasis|publishedBasis|publishedPrecision|kind)\\s*(?:=|<>)\\s*'([^']*)'");

    private static List<String> queries() throws Exception {
        var texts = new ArrayList<String>();
        try (var files = Files.list(Path.of("cypher", "queries"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f).replaceAll("(?m)//.*$", ""));
            }
        }
        return texts;
    }

    @Test
    void every_label_in_the_queries_is_a_node_file_or_event_kind_label() throws Exception {
        var known = new HashSet<String>();
        Schema.NODES.forEach(n -> known.add(n.label()));
        for (EventKind k : EventKind.values()) {
            known.add(k.label());
        }
        var unknown = new ArrayList<String>();
        for (String q : queries()) {
            var m = LABEL.matcher(q);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    unknown.add(m.group(1));
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void every_relationship_type_in_the_queries_is_one_the_loader_writes() throws Exception {
        var known = new HashSet<String>(Set.of("REPORTED_IN"));
        Schema.RELATIONSHIPS.forEach(r -> known.add(r.type()));
        var unknown = new ArrayList<String>();
        for (String q : queries()) {
            var m = TYPE.matcher(q);
            while (m.find()) {
                for (String t : m.group(1).split("\\|")) {
                    if (!t.isBlank() && !known.contains(t)) {
                        unknown.add(t);
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void every_fixed_word_the_queries_compare_with_is_in_the_vocabulary() throws Exception {
        var words = new HashSet<String>();
        for (var v : List.of(EventStatus.class, TariffStatus.class, ChipStatus.class, DatePrecision.class, DateBasis.class, StanceKind.class)) {
            words.addAll(Vocabulary.wordsOf(v));
        }
        var unknown = new ArrayList<String>();
        int seen = 0;
        for (String q : queries()) {
            var m = COMPARED.matcher(q);
            while (m.find()) {
                seen++;
                if (!words.contains(m.group(2))) {
                    unknown.add(m.group(1) + " = '" + m.group(2) + "'");
                }
            }
        }
        assertEquals(List.of(), unknown);
        assertTrue(seen >= 3, "the check found the comparisons (" + seen + ")");
    }

    @Test
    void the_schema_offers_exactly_the_vocabulary() {
        var events = Schema.nodeFile("Event").orElseThrow();
        var choices = events.columns().stream().filter(c -> c.name().equals("status")).findFirst().orElseThrow().choices();
        assertEquals(Set.copyOf(Vocabulary.wordsOf(EventStatus.class)), choices);
        assertEquals(Vocabulary.eventLabels(), Schema.EVENT_KINDS);
    }

    @Test
    void a_partial_date_is_a_real_date_of_one_of_three_forms() {
        assertEquals(DatePrecision.MONTH, PartialDate.parse("2025-06").orElseThrow().precision());
        assertEquals("2025-02-28", PartialDate.parse("2025-02").orElseThrow().last().toString());
        assertEquals("2024-12-31", PartialDate.parse("2024").orElseThrow().last().toString());
        assertTrue(PartialDate.parse("2025-02-30").isEmpty());
        assertTrue(PartialDate.looksLike("2025-02-30"));
        assertTrue(PartialDate.parse("2025-13").isEmpty());
        assertTrue(PartialDate.parse("June 5").isEmpty());
    }
}
