// SPDX-License-Identifier: Apache-2.0
package org.meridian.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/design.md rule 1: dependencies point down; dialects never depend on each other; sky on nothing. */
class DependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.meridian");
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
        noClasses()
                .that()
                .resideInAPackage("org.meridian.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.meridian.core..",
                        "org.meridian.ingest..",
                        "org.meridian.dialect..",
                        "org.meridian.demo..",
                        "org.meridian.app..")
                .check(classes);
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
                .resideInAnyPackage(
                        "org.meridian.core..",
                        "org.meridian.store..",
                        "org.meridian.sky..",
                        "org.meridian.ingest..",
                        "org.meridian.dialect..",
                        "org.meridian.demo..",
                        "org.meridian.app..",
                        "org.meridian.web.auth..")
                .check(classes);
    }

    @Test
    void theDialectsDoorKnowsOnlyAccounts() {
        // web.auth resolves credentials to a Caller for every dialect: it may use core.auth, no more.
        noClasses()
                .that()
                .resideInAPackage("org.meridian.web.auth..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.meridian.core.archive..",
                        "org.meridian.core.observing..",
                        "org.meridian.core.uws..",
                        "org.meridian.store..",
                        "org.meridian.sky..",
                        "org.meridian.ingest..",
                        "org.meridian.dialect..",
                        "org.meridian.demo..",
                        "org.meridian.app..")
                .check(classes);
    }

    @Test
    void xmlHelpersKnowNothingOfOurs() {
        // Hardened XML parsing (org.meridian.xml): used by dialects and ingest alike, above nothing.
        noClasses()
                .that()
                .resideInAPackage("org.meridian.xml..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.meridian.core..",
                        "org.meridian.store..",
                        "org.meridian.sky..",
                        "org.meridian.web..",
                        "org.meridian.ingest..",
                        "org.meridian.dialect..",
                        "org.meridian.demo..",
                        "org.meridian.app..")
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
        noClasses()
                .that()
                .resideInAPackage("org.meridian.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.meridian.ingest..", "org.meridian.dialect..", "org.meridian.demo..", "org.meridian.app..")
                .check(classes);
    }

    @Test
    void ingestNeverDependsOnDialectsOrApp() {
        noClasses()
                .that()
                .resideInAPackage("org.meridian.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.meridian.dialect..", "org.meridian.demo..", "org.meridian.app..")
                .check(classes);
    }

    @Test
    void dialectsDependOnTheCoreNotOnIngestOrApp() {
        noClasses()
                .that()
                .resideInAPackage("org.meridian.dialect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.meridian.ingest..", "org.meridian.demo..", "org.meridian.app..")
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
        noClasses()
                .that()
                .resideInAPackage("org.meridian.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.meridian.dialect..", "org.meridian.app..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
