// SPDX-License-Identifier: Apache-2.0
package org.meridian.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/design.md rule 1: dependencies point down; dialects never depend on each other; sky on nothing. */
class DependencyRulesTest {

    /** What stands above the core; nothing at or below the core may use it. */
    private static final List<String> ABOVE_CORE =
            List.of("org.meridian.ingest..", "org.meridian.dialect..", "org.meridian.demo..", "org.meridian.app..");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.meridian");
    }

    /** The rule every layer follows: the classes of {@code layer} use none of {@code above}. */
    private static ArchRule mayNotUse(String layer, List<String> above, String... alsoAbove) {
        return noClasses()
                .that()
                .resideInAPackage(layer)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(plus(above, alsoAbove));
    }

    private static String[] plus(List<String> packages, String... more) {
        List<String> all = new ArrayList<>(packages);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void skyIsPureMath() {
        noClasses()
                .that()
                .resideInAPackage("org.meridian.sky..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.meridian.sky..", "java..")
                .check(classes);
    }

    @Test
    void storeKnowsNothingAbove() {
        mayNotUse("org.meridian.store..", ABOVE_CORE, "org.meridian.core..").check(classes);
    }

    @Test
    void webHelpersKnowNothingOfOurs() {
        // HTTP pieces the dialects share (sending stored bytes): below every dialect, above nothing.
        noClasses()
                .that()
                .resideInAPackage("org.meridian.web..")
                .and()
                .resideOutsideOfPackage("org.meridian.web.auth..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(plus(
                        ABOVE_CORE,
                        "org.meridian.core..",
                        "org.meridian.store..",
                        "org.meridian.sky..",
                        "org.meridian.web.auth.."))
                .check(classes);
    }

    @Test
    void theDialectsDoorKnowsOnlyAccounts() {
        // web.auth resolves credentials to a Caller for every dialect: it may use core.auth, no more.
        mayNotUse(
                        "org.meridian.web.auth..",
                        ABOVE_CORE,
                        "org.meridian.core.archive..",
                        "org.meridian.core.observing..",
                        "org.meridian.core.uws..",
                        "org.meridian.store..",
                        "org.meridian.sky..")
                .check(classes);
    }

    @Test
    void xmlHelpersKnowNothingOfOurs() {
        // Hardened XML parsing (org.meridian.xml): used by dialects and ingest alike, above nothing.
        mayNotUse(
                        "org.meridian.xml..",
                        ABOVE_CORE,
                        "org.meridian.core..",
                        "org.meridian.store..",
                        "org.meridian.sky..",
                        "org.meridian.web..")
                .check(classes);
    }

    @Test
    void onlyTheXmlPackageMakesXmlParsers() {
        // Every parser of documents from strangers refuses DTDs and entities; they all come from
        // org.meridian.xml.SafeXml, and STIL's VOTable readers (which make JAXP-default parsers and
        // follow STREAM hrefs) are used only through org.meridian.xml.VotableReading.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.meridian.xml..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.xml.parsers.SAXParserFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.xml.parsers.DocumentBuilderFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.xml.stream.XMLInputFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.xml.transform.TransformerFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.xml.validation.SchemaFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.xml.sax.helpers.XMLReaderFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("uk.ac.starlink.votable.VOElementFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("uk.ac.starlink.votable.VOTableBuilder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("uk.ac.starlink.votable.TableContentHandler")
                .check(classes);
    }

    @Test
    void voProtocolsKnowNoDialect() {
        // The IVOA protocol layer (DALI, VOSI, UWS over HTTP) is shared by every VO dialect, so it
        // sits below them all: dialects may use vo, vo uses no dialect (docs/architecture.md).
        noClasses()
                .that()
                .resideInAPackage("org.meridian.vo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.meridian.dialect..", "org.meridian.ingest..", "org.meridian.demo..", "org.meridian.app..")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnDialectsIngestOrApp() {
        mayNotUse("org.meridian.core..", ABOVE_CORE).check(classes);
    }

    @Test
    void ingestNeverDependsOnDialectsOrApp() {
        mayNotUse(
                        "org.meridian.ingest..",
                        List.of(),
                        "org.meridian.dialect..",
                        "org.meridian.demo..",
                        "org.meridian.app..")
                .check(classes);
    }

    @Test
    void dialectsDependOnTheCoreNotOnIngestOrApp() {
        mayNotUse(
                        "org.meridian.dialect..",
                        List.of(),
                        "org.meridian.ingest..",
                        "org.meridian.demo..",
                        "org.meridian.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dialectsNeverDependOnEachOther() {
        slices().matching("org.meridian.dialect.(*)..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dialectsTakeTheirClockAndFilesFromArchiveServices() {
        // docs/architecture.md, Adding a dialect: one clock and one ArchiveFiles for all dialects, so
        // release dates and proprietary periods agree everywhere (and tests can fix "now" in one place).
        noClasses()
                .that()
                .resideInAPackage("org.meridian.dialect..")
                .and()
                .doNotHaveFullyQualifiedName("org.meridian.dialect.ArchiveServices")
                .should()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould()
                .callConstructor(
                        org.meridian.core.archive.ArchiveFiles.class,
                        org.meridian.store.Database.class,
                        org.meridian.store.FileStore.class,
                        java.time.Clock.class)
                .check(classes);
    }

    @Test
    void theTwoLcoDialectsNeverDependOnEachOther() {
        // the portal (requests) and the science archive (frames) are separate dialects under dialect.lco
        slices().matching("org.meridian.dialect.lco.(*)..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void demoGeneratorStaysOutOfTheServer() {
        mayNotUse("org.meridian.demo..", List.of(), "org.meridian.dialect..", "org.meridian.app..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
