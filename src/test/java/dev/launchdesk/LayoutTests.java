package dev.launchdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;

/**
 * The layout shows the modules: no package cycles inside the SOP module or between modules, and the SOP module's root
 * holds only its events and query interfaces.
 */
class LayoutTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.launchdesk");

    @Test
    void sopPackagesFormNoCycle() {
        slices().matching("dev.launchdesk.sop.(**)").namingSlices("sop.$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("dev.launchdesk.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void sopRootHoldsOnlyEventsAndQueryInterfaces() {
        classes().that().resideInAPackage("dev.launchdesk.sop").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().orShould(beRecords())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beRecords() {
        return ArchConditions.be(DescribedPredicate.describe("records", JavaClass::isRecord));
    }
}
