package org.tariffgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.tariffgraph.internal.db.GraphStore;

/** The package rules of the README's architecture section, enforced. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tariffgraph");

    @Test
    void data_flows_one_way_from_the_cli_down_to_the_database() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.tariffgraph.internal.cli..")
                .layer("load").definedBy("org.tariffgraph.internal.load..")
                .layer("ingest").definedBy("org.tariffgraph.internal.ingest..")
                .layer("ask").definedBy("org.tariffgraph.ask..")
                .layer("synth").definedBy("org.tariffgraph.internal.synth..")
                .layer("bench").definedBy("org.tariffgraph.internal.bench..")
                .layer("export").definedBy("org.tariffgraph.export..")
                .layer("chart").definedBy("org.tariffgraph.chart..")
                .layer("query").definedBy("org.tariffgraph.query..")
                .layer("db").definedBy("org.tariffgraph.internal.db..")
                .layer("model").definedBy("org.tariffgraph.model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("load").mayOnlyBeAccessedByLayers("cli", "synth", "bench", "ingest", "export")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("ask").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("synth").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "ask", "bench")
                .whereLayer("db").mayOnlyBeAccessedByLayers("cli", "load", "query", "bench", "ingest", "export")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "ask", "query", "load", "ingest", "export", "chart")
                .check(CLASSES);
    }

    @Test
    void records_of_the_model_do_no_io_and_know_no_neo4j() {
        noClasses().that().resideInAPackage("org.tariffgraph.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "java.io..", "java.nio..", "java.net..")
                .check(CLASSES);
    }

    @Test
    void only_the_db_package_opens_neo4j() {
        noClasses().that().resideOutsideOfPackage("org.tariffgraph.internal.db..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.GraphDatabase")
                .orShould().dependOnClassesThat().resideInAPackage("org.neo4j.dbms..")
                .check(CLASSES);
    }

    @Test
    void only_main_exits_the_process() {
        noClasses().that().doNotHaveFullyQualifiedName("org.tariffgraph.internal.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    @Test
    void formatting_of_output_lives_in_the_cli_only() {
        // the synthetic corpus and the import writer (with its row-by-row files) write import files, and the staged bulk import
        // writes the importer's files, not output, so they may print CSV too
        noClasses().that().resideOutsideOfPackages("org.tariffgraph.internal.cli..", "org.tariffgraph.internal.synth..")
                .and().doNotHaveFullyQualifiedName("org.tariffgraph.internal.db.StagedImport")
                .and().doNotHaveFullyQualifiedName("org.tariffgraph.internal.load.ImportWriter")
                .and().doNotHaveFullyQualifiedName("org.tariffgraph.internal.load.ImportWriter$FileRows")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .check(CLASSES);
    }

    @Test
    void the_public_api_hands_out_no_internal_type() {
        // the facade, the model, the questions, ask's answer, export and charts are the documented API; what lives under
        // internal may change without notice, so no public method or constructor of the API returns or takes one of its
        // types, save the one opaque handle of an open store that the command line passes to Queries and the exporters
        // (docs/architecture.md): from the API a Queries comes from TariffGraph.queries()
        DescribedPredicate<JavaClass> internal = JavaClass.Predicates.resideInAPackage("org.tariffgraph.internal..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(GraphStore.class)));
        noCodeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.tariffgraph.internal..")
                .should().haveRawReturnType(internal)
                .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(internal))
                .check(CLASSES);
    }
}
