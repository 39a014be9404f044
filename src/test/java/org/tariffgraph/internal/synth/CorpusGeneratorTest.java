package org.tariffgraph.internal.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.internal.load.ImportReader;
import org.tariffgraph.internal.load.LoadPlan;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    private static String digest(Path dir) throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                sha.update(f.getFileName().toString().getBytes());
                sha.update(Files.readAllBytes(f));
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void the_same_seed_gives_the_same_files_and_another_seed_other_files() throws Exception {
        new CorpusGenerator(2_000, 42).writeTo(tmp.resolve("a"));
        new CorpusGenerator(2_000, 42).writeTo(tmp.resolve("b"));
        new CorpusGenerator(2_000, 43).writeTo(tmp.resolve("c"));
        assertEquals(digest(tmp.resolve("a")), digest(tmp.resolve("b")));
        assertNotEquals(digest(tmp.resolve("a")), digest(tmp.resolve("c")));
    }

    @Test
    void a_generated_folder_passes_the_loaders_validation_with_the_asked_number_of_events() {
        var summary = new CorpusGenerator(3_000, 5).writeTo(tmp.resolve("g"));
        LoadPlan plan = ImportReader.read(summary.folder());
        long events = plan.nodes().stream().filter(b -> b.label().equals("Event")).mapToLong(b -> b.rows().size()).sum();
        assertEquals(3_000, events);
        assertTrue(plan.relationships().stream().anyMatch(b -> b.type().equals("COMPONENT_OF")), "tariffs stack");
        assertTrue(plan.relationships().stream().anyMatch(b -> b.type().equals("PART_OF")), "calls belong to rounds");
    }

    @Test
    void a_few_negotiators_take_part_in_most_events() {
        var summary = new CorpusGenerator(3_000, 5).writeTo(tmp.resolve("s"));
        var plan = ImportReader.read(summary.folder());
        Map<Object, Integer> perPerson = new HashMap<>();
        plan.relationships().stream().filter(b -> b.type().equals("PARTICIPATED_IN")).flatMap(b -> b.rows().stream())
                .forEach(r -> perPerson.merge(r.get("start"), 1, Integer::sum));
        int total = perPerson.values().stream().mapToInt(Integer::intValue).sum();
        int topFive = perPerson.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(5).mapToInt(Integer::intValue).sum();
        assertTrue(topFive > total / 4, "five of " + perPerson.size() + " people take part in " + topFive + " of " + total);
    }
}
