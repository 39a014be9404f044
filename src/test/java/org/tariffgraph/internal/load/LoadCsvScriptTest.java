package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadCsvScriptTest {

    private static final Path SCRIPT = Path.of("cypher", "load.cypher");

    /** Rewrites cypher/load.cypher with -Dtariffgraph.regenerate=true; otherwise checks it is current. */
    @Test
    void the_committed_load_cypher_is_rendered_from_the_current_schema() throws Exception {
        String rendered = LoadCsvScript.render();
        if (Boolean.getBoolean("tariffgraph.regenerate")) {
            Files.writeString(SCRIPT, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(SCRIPT, StandardCharsets.UTF_8),
                "cypher/load.cypher is stale: run ./mvnw test -Dtest=LoadCsvScriptTest -Dtariffgraph.regenerate=true");
    }

    @Test
    void an_empty_cell_or_one_of_separators_only_becomes_null_and_a_list_cell_a_trimmed_list() {
        var list = new Schema.Column("aliases", Schema.Type.LIST, false, java.util.Set.of());
        assertEquals("CASE WHEN trim(replace(coalesce(row.aliases, ''), ';', '')) = '' THEN null ELSE [v IN split(row.aliases, ';') WHERE trim(v) <> '' | trim(v)] END",
                LoadCsvScript.expression(list));
    }
}
