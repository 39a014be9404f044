package org.tariffgraph.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutputTest {

    record Row(String name, Double rate, List<String> sources) {}

    private static final List<Row> ROWS = List.of(
            new Row("baseline, \"reciprocal\"", 10.0, List.of("a", "b")),
            new Row("combined", 27.5, List.of()));

    private static String render(GlobalOptions.Format format) {
        var text = new StringWriter();
        new Output(new PrintWriter(text), format).records(ROWS, Row.class);
        return text.toString();
    }

    @Test
    void json_is_an_object_with_columns_and_one_object_per_row() throws Exception {
        var tree = new ObjectMapper().readTree(render(GlobalOptions.Format.json));
        assertEquals("[\"name\",\"rate\",\"sources\"]", tree.get("columns").toString());
        assertEquals(2, tree.get("rows").size());
        assertEquals(27.5, tree.get("rows").get(1).get("rate").asDouble());
        assertEquals("b", tree.get("rows").get(0).get("sources").get(1).asText());
    }

    @Test
    void csv_quotes_commas_and_quotes_and_joins_lists() {
        var lines = render(GlobalOptions.Format.csv).split("\r\n");
        assertEquals("name,rate,sources", lines[0]);
        assertEquals("\"baseline, \"\"reciprocal\"\"\",10,a; b", lines[1]);
        assertEquals("combined,27.5,", lines[2]);
    }

    @Test
    void table_aligns_columns_and_counts_rows() {
        var lines = render(GlobalOptions.Format.table).split("\n");
        assertTrue(lines[0].startsWith("name "), lines[0]);
        assertEquals(lines[0].indexOf("rate"), lines[2].indexOf("10"));
        assertEquals("(2 rows)", lines[lines.length - 1]);
    }
}
