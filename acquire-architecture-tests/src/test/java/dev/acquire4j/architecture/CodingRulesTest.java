package dev.acquire4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** General coding rules for library code. The CLI and the benchmarks may print; nothing else may. */
@AnalyzeClasses(packages = "dev.acquire4j", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

    @ArchTest
    static final ArchRule no_java_util_logging = noClasses()
            .that().resideOutsideOfPackage("dev.acquire4j.tck")
            .should(USE_JAVA_UTIL_LOGGING)
            .because("the library logs through System.Logger, which applications route where they like; "
                    + "only the contract suite's LogCapture reads it back, through java.util.logging, where the "
                    + "JDK's default System.LoggerFinder sends it");

    @ArchTest
    static final ArchRule no_standard_streams_in_library_code = noClasses()
            .that().resideOutsideOfPackages("dev.acquire4j.cli..", "dev.acquire4j.benchmarks..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("a library must not write to the application's console; only the CLI and benchmarks print");

    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("callers act on what happened: every error is a typed AcquireException subclass");
}
