package org.tariffgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tariffgraph.TestGraph;

class SmokeIT {
    @Test
    void harness_answers_over_bolt_with_driver_6() {
        try (var g = TestGraph.start()) {
            var r = g.store().driver().executableQuery("RETURN 41 + 1 AS x").execute();
            assertEquals(42L, r.records().get(0).get("x").asLong());
        }
    }
}
