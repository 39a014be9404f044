package org.tariffgraph.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.internal.db.CypherFiles;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadCsvInTransactionsTest {

    @Test
    void every_statement_of_load_cypher_becomes_a_call_in_transactions_over_its_rows() {
        var plain = CypherFiles.split(LoadCsvScript.render());
        var batched = LoadCsvScript.inTransactions(5_000);
        assertEquals(plain.size(), batched.size());
        for (int i = 0; i < batched.size(); i++) {
            String s = batched.get(i);
            assertTrue(s.startsWith(plain.get(i).substring(0, plain.get(i).indexOf(" AS row") + 7)), s);
            assertTrue(s.contains("\nCALL {\n  WITH row\n"), s);
            assertTrue(s.endsWith("} IN TRANSACTIONS OF 5000 ROWS"), s);
        }
    }
}
