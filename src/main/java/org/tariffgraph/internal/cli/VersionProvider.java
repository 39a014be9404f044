package org.tariffgraph.internal.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the Maven project version), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"tariffgraph " + (v == null ? "development" : v) + " (Neo4j 5.26 LTS embedded)"};
    }
}
