package dev.launchdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;

import dev.launchdesk.reference.AgentRoster;
import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.VendorNetwork;

/**
 * The layout shows the modules: no package cycles inside the SOP module or between modules, the SOP module's root holds
 * only its events and query interfaces, and other modules read reference data through its narrow query interfaces.
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

    @Test
    void otherModulesReadReferenceDataThroughQueryInterfaces() {
        noClasses().that().resideOutsideOfPackages("dev.launchdesk.reference..", "dev.launchdesk.demo..")
                .should().dependOnClassesThat().belongToAnyOf(MarketCatalog.class, VendorNetwork.class, AgentRoster.class)
                .because("other modules read markets, vendors and agents through MarketDirectory, VendorDirectory and"
                        + " AgentDirectory (only the demo data writes through the use cases)")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beRecords() {
        return ArchConditions.be(DescribedPredicate.describe("records", JavaClass::isRecord));
    }
}
