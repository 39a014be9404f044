package org.tariffgraph.internal.ingest;

import java.nio.file.Path;

/** The second set: eight reports written after the rules were tuned on the seeds, never seen by them. */
class SecondBlindReportsTest extends BlindReportsTest {

    @Override
    double firstContactPrecision() {
        return 0.62;
    }

    @Override
    double firstContactRecall() {
        return 0.53;
    }

    @Override
    int reportCount() {
        return 8;
    }

    @Override
    Path folder() {
        return Path.of("src/test/resources/ingest/heldout2");
    }
}
