package dev.acquire4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency table of {@code docs/architecture.md}, enforced on every module's main code.
 *
 * <p>Rules name packages, not modules, so a module added later is covered as soon as it is a
 * dependency of this test module.
 */
@AnalyzeClasses(packages = "dev.acquire4j", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = classes()
            .that().resideInAPackage("dev.acquire4j.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.acquire4j.domain..", "org.immutables..")
            .because("the domain is pure: JDK types only, plus Immutables annotations at compile time");

    @ArchTest
    static final ArchRule ports_depend_on_domain_only = classes()
            .that().resideInAPackage("dev.acquire4j.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.acquire4j.domain..", "dev.acquire4j.ports..")
            .because("ports speak JDK and domain types only, so every transport and fake can implement them");

    @ArchTest
    static final ArchRule protocol_is_transport_neutral = noClasses()
            .that().resideInAPackage("dev.acquire4j.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vertx..", "io.netty..", "java.net.http..", "com.sun.net.httpserver..", "dev.acquire4j.jdk..",
                    "dev.acquire4j.vertx..", "dev.acquire4j.testkit..", "dev.acquire4j.tck..", "dev.acquire4j.cli..")
            .because("the core and the protocol are shared by both transports: no transport type, and neither adapter");

    @ArchTest
    static final ArchRule adapters_reach_the_core_only_through_the_spi = classes()
            .that().resideInAnyPackage("dev.acquire4j.jdk..", "dev.acquire4j.vertx..")
            .should().onlyDependOnClassesThat(
                    DescribedPredicate.describe("outside the core, or its SPI or front door",
                            (JavaClass c) -> !c.getPackageName().startsWith("dev.acquire4j.protocol")
                                    || c.getPackageName().equals("dev.acquire4j.protocol.spi")
                                    || c.getName().equals("dev.acquire4j.protocol.core.ClientCore")))
            .because("an adapter is an exchange of bytes: the SPI (Transport, WireRequest, WireAnswer, Header) "
                    + "and ClientCore, which implements the ports over it; retries, answers and errors are the core's");

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("dev.acquire4j.(**)")
            .should().beFreeOfCycles()
            .because("each package builds on the ones below it; a cycle makes both one unit that cannot change alone");

    @ArchTest
    static final ArchRule jdk_adapter_does_not_depend_on_vertx_adapter = noClasses()
            .that().resideInAPackage("dev.acquire4j.jdk..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.acquire4j.vertx..", "io.vertx..")
            .because("adapters never depend on each other; users pick a transport by dependency");

    @ArchTest
    static final ArchRule vertx_adapter_does_not_depend_on_jdk_adapter = noClasses()
            .that().resideInAPackage("dev.acquire4j.vertx..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.acquire4j.jdk..", "java.net.http..")
            .because("adapters never depend on each other; users pick a transport by dependency");

    @ArchTest
    static final ArchRule testkit_and_tck_do_not_depend_on_adapters = noClasses()
            .that().resideInAnyPackage("dev.acquire4j.testkit..", "dev.acquire4j.tck..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.acquire4j.jdk..", "dev.acquire4j.vertx..")
            .because("the testkit and the contract suite check every adapter the same way and must not favour one");

    @ArchTest
    static final ArchRule testkit_needs_no_test_framework = noClasses()
            .that().resideInAPackage("dev.acquire4j.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "dev.acquire4j.tck..")
            .because("the fakes run in any test framework and in the shipped CLI; the JUnit contract suite is acquire-tck");

    @ArchTest
    static final ArchRule cli_ships_no_test_framework = noClasses()
            .that().resideInAPackage("dev.acquire4j.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "dev.acquire4j.tck..")
            .because("the acquire command runs the testkit's fake server, and must not carry JUnit at run time");

    @ArchTest
    static final ArchRule tck_internals_do_not_use_the_tck_api = noClasses()
            .that().resideInAPackage("dev.acquire4j.tck.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.acquire4j.tck")
            .because("the suite's API uses its internals, never the other way round: no package cycle");

    @ArchTest
    static final ArchRule webhooks_depend_on_domain_and_jackson_only = classes()
            .that().resideInAPackage("dev.acquire4j.webhooks..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "javax.crypto..", "dev.acquire4j.domain..", "dev.acquire4j.webhooks..",
                    "com.fasterxml.jackson..")
            .because("receiving webhooks needs no transport, adapter or HTTP server: users bring their own");

    @ArchTest
    static final ArchRule micrometer_depends_on_ports_and_micrometer_only = classes()
            .that().resideInAPackage("dev.acquire4j.micrometer..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.acquire4j.domain..", "dev.acquire4j.ports..", "dev.acquire4j.micrometer..",
                    "io.micrometer..")
            .because("metrics listen through the OperationListener port and work with any transport, pulling in none");

    @ArchTest
    static final ArchRule opentelemetry_depends_on_ports_and_the_opentelemetry_api_only = classes()
            .that().resideInAPackage("dev.acquire4j.opentelemetry..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.acquire4j.domain..", "dev.acquire4j.ports..", "dev.acquire4j.opentelemetry..",
                    "io.opentelemetry.api..", "io.opentelemetry.context..")
            .because("tracing listens through the OperationListener port and works with any transport; "
                    + "the application brings the OpenTelemetry SDK");

    @ArchTest
    static final ArchRule spring_starter_uses_the_public_api_only = classes()
            .that().resideInAPackage("dev.acquire4j.spring..")
            .should().onlyDependOnClassesThat(DescribedPredicate.describe("JDK, Spring, the optional libraries "
                    + "or acquire4j's exported API", (JavaClass c) -> {
                        String p = c.getPackageName();
                        return p.startsWith("java.") || p.startsWith("org.springframework.") || p.startsWith("io.vertx.core")
                                || p.startsWith("io.micrometer.core.") || p.startsWith("io.opentelemetry.api")
                                || p.startsWith("dev.acquire4j.spring")
                                || (p.startsWith("dev.acquire4j.") && !p.contains(".internal") && !p.startsWith("dev.acquire4j.protocol")
                                        && !p.startsWith("dev.acquire4j.testkit"));
                    }))
            .because("the starter wires what a user could wire by hand: public API only, never the core or an adapter's internals");

    @ArchTest
    static final ArchRule library_modules_never_see_spring = noClasses()
            .that().resideInAPackage("dev.acquire4j..").and().resideOutsideOfPackage("dev.acquire4j.spring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("Spring is the starter's business: users of the plain library never get it");

    @ArchTest
    static final ArchRule library_types_stay_out_of_domain_and_ports = noClasses()
            .that().resideInAnyPackage("dev.acquire4j.domain..", "dev.acquire4j.ports..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.vertx..", "java.net.http..", "io.netty..")
            .because("no Jackson, Vert.x or java.net.http type may appear in the API every user sees");
}
