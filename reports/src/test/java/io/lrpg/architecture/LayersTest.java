package io.lrpg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the compiled classes of every module on this class path (lrpg-core, lrpg-envs,
 * nn-baseline and reports; tests excluded):
 * <pre>
 *   core ← envs, core ← nn           (and neither envs nor nn knows the other)
 *   results                          (the result format: JDK and Jackson only)
 *   report → results                 (a function of the result files: no experiment, no models, no CLI)
 *   experiment → core, envs, nn, results   (no report, no CLI, no picocli)
 *   analysis → core, envs, nn, results, experiment   (no report, no CLI, no picocli)
 *   cli → everything                 (the only home of picocli)
 * </pre>
 * Each rule names the packages a layer must not reach; a wrong-way import fails the test with the offending class
 * and line.
 */
class LayersTest {

    private static JavaClasses classes;

    /** Imports the classes of the four modules, located by one class of each (not the whole class path). */
    @BeforeAll
    static void importClasses() throws Exception {
        Class<?>[] modules = {io.lrpg.core.train.PolicyGradientTrainer.class, io.lrpg.envs.Environments.class,
            io.lrpg.nn.NeuralBaseline.class, io.lrpg.cli.Lrpg.class};
        java.util.List<com.tngtech.archunit.core.importer.Location> locations = new java.util.ArrayList<>();
        for (Class<?> type : modules) {
            java.nio.file.Path path = java.nio.file.Path.of(type.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            locations.add(java.nio.file.Files.isDirectory(path) ? com.tngtech.archunit.core.importer.Location.of(path)
                    : com.tngtech.archunit.core.importer.Location.of(new java.util.jar.JarFile(path.toFile())));
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
        if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("io.lrpg.cli"))
                || classes.stream().noneMatch(c -> c.getPackageName().startsWith("io.lrpg.nn"))) {
            throw new IllegalStateException("the modules' classes were not imported: " + locations);
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOtherLayer() {
        check(noClasses().that().resideInAPackage("io.lrpg.core..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.envs..", "io.lrpg.nn..", "io.lrpg.results..", "io.lrpg.experiment..",
                        "io.lrpg.report..", "io.lrpg.cli..", "org.deeplearning4j..", "org.nd4j.."));
    }

    @Test
    void environmentsDependOnCoreOnly() {
        check(noClasses().that().resideInAPackage("io.lrpg.envs..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.nn..", "io.lrpg.results..", "io.lrpg.experiment..", "io.lrpg.report..",
                        "io.lrpg.cli..", "org.deeplearning4j..", "org.nd4j.."));
    }

    @Test
    void networkBaselineDependsOnCoreOnly() {
        check(noClasses().that().resideInAPackage("io.lrpg.nn..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.envs..", "io.lrpg.results..", "io.lrpg.experiment..", "io.lrpg.report..",
                        "io.lrpg.cli.."));
    }

    @Test
    void resultFormatDependsOnNoOtherLayer() {
        check(noClasses().that().resideInAPackage("io.lrpg.results..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.core..", "io.lrpg.envs..", "io.lrpg.nn..", "io.lrpg.experiment..",
                        "io.lrpg.report..", "io.lrpg.cli..", "picocli.."));
    }

    @Test
    void reportIsAFunctionOfTheResultFilesAlone() {
        check(noClasses().that().resideInAPackage("io.lrpg.report..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.core..", "io.lrpg.envs..", "io.lrpg.nn..", "io.lrpg.experiment..",
                        "io.lrpg.analysis..", "io.lrpg.cli..", "picocli..", "org.deeplearning4j..", "org.nd4j.."));
    }

    @Test
    void experimentKnowsNoCommandLineAndNoReport() {
        check(noClasses().that().resideInAPackage("io.lrpg.experiment..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.report..", "io.lrpg.cli..", "picocli.."));
    }

    @Test
    void analysisKnowsNoCommandLineAndNoReport() {
        check(noClasses().that().resideInAPackage("io.lrpg.analysis..").should().dependOnClassesThat()
                .resideInAnyPackage("io.lrpg.report..", "io.lrpg.cli..", "picocli.."));
    }

    @Test
    void picocliLivesInTheCommandLineOnly() {
        check(noClasses().that().resideOutsideOfPackage("io.lrpg.cli..").should().dependOnClassesThat()
                .resideInAPackage("picocli.."));
    }
}
