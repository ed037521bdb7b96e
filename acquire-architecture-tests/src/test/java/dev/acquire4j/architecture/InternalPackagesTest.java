package dev.acquire4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Internal packages are a module's own business. */
@AnalyzeClasses(packages = "dev.acquire4j", importOptions = ImportOption.DoNotIncludeTests.class)
class InternalPackagesTest {

    @ArchTest
    static final ArchRule nobody_reaches_into_another_modules_internals = classes()
            .that().resideInAPackage("dev.acquire4j..")
            .should(onlyUseInternalsOfTheirOwnModule())
            .because("..internal.. packages are not exported and may change without notice");

    /** The owner of {@code dev.acquire4j.x.internal.y} is {@code dev.acquire4j.x}. */
    static String ownerOfInternal(String packageName) {
        int at = packageName.indexOf(".internal");
        return at < 0 ? null : packageName.substring(0, at);
    }

    private static ArchCondition<JavaClass> onlyUseInternalsOfTheirOwnModule() {
        return new ArchCondition<>("only use ..internal.. packages of their own module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    String owner = ownerOfInternal(target);
                    if (owner == null || !target.startsWith("dev.acquire4j.")) {
                        continue;
                    }
                    String from = origin.getPackageName();
                    if (!(from.equals(owner) || from.startsWith(owner + "."))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
