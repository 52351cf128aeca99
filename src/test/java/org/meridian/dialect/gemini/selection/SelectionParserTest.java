// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.dialect.gemini.selection.Parsing.parse;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.dialect.gemini.selection.Criterion.AnyGmos;
import org.meridian.dialect.gemini.selection.Criterion.DateRange;
import org.meridian.dialect.gemini.selection.Criterion.DateTimeRange;
import org.meridian.dialect.gemini.selection.Criterion.DecValue;
import org.meridian.dialect.gemini.selection.Criterion.Engineering;
import org.meridian.dialect.gemini.selection.Criterion.EngineeringRule;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Criterion.Instrument;
import org.meridian.dialect.gemini.selection.Criterion.ObjectName;
import org.meridian.dialect.gemini.selection.Criterion.PiName;
import org.meridian.dialect.gemini.selection.Criterion.ProcessingTag;
import org.meridian.dialect.gemini.selection.Criterion.QaRule;
import org.meridian.dialect.gemini.selection.Criterion.QaState;
import org.meridian.dialect.gemini.selection.Criterion.RaValue;
import org.meridian.dialect.gemini.selection.Criterion.RelativeDay;
import org.meridian.dialect.gemini.selection.Criterion.SearchRadius;
import org.meridian.dialect.gemini.selection.Criterion.SingleDate;

class SelectionParserTest {

    @Test
    void seedJsonfilelistExample() {
        Selection s = parse("canonical/GN-2010B-Q-22/GMOS-N/20101231");
        assertThat(s.criteria().values())
                .containsExactlyInAnyOrder(
                        new Flag(Key.CANONICAL, true),
                        new Exact(Key.PROGRAM_ID, "GN-2010B-Q-22"),
                        new Instrument("GMOS-N"),
                        new SingleDate(LocalDate.of(2010, 12, 31)));
        assertThat(s.unrecognised()).isEmpty();
        assertThat(s.isOpen()).isFalse();
    }

    @Test
    void seedJsonsummaryExample() {
        Selection s = parse("canonical/OBJECT/GMOS-N/20101231");
        assertThat(s.criteria().values())
                .containsExactlyInAnyOrder(
                        new Flag(Key.CANONICAL, true),
                        new Exact(Key.OBSERVATION_TYPE, "OBJECT"),
                        new Instrument("GMOS-N"),
                        new SingleDate(LocalDate.of(2010, 12, 31)));
    }

    @Test
    void astroqueryRegionQuery() {
        Selection s = parse("notengineering/NotFail/ra=10.684708/dec=41.268750/sr=0.300000d");
        assertThat(s.criteria().values())
                .containsExactlyInAnyOrder(
                        new Engineering(EngineeringRule.EXCLUDE),
                        new QaState(QaRule.NOT_FAIL, "NotFail"),
                        new RaValue(10.684708),
                        new DecValue(41.26875),
                        new SearchRadius(0.3));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.isOpen()).isTrue();
    }

    @Test
    void astroqueryCriteriaQueryWithUpperCasedProgidAndDateRange() {
        Selection s =
                parse("notengineering/NotFail/20191001-20191125/GMOS-N/BIAS/progid=GN-CAL20191122", "data_label_desc");
        assertThat(s.get(Key.DATERANGE)).contains(new DateRange(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 11, 25)));
        assertThat(s.get(Key.PROGRAM_ID)).contains(new Exact(Key.PROGRAM_ID, "GN-CAL20191122"));
        assertThat(s.get(Key.OBSERVATION_TYPE)).contains(new Exact(Key.OBSERVATION_TYPE, "BIAS"));
        assertThat(s.orderBy()).containsExactly(new OrderTerm("data_label", true));
    }

    @Test
    void astroqueryRawQueryAndObjectQuery() {
        Selection raw = parse("notengineering/GMOS-N/BIAS/AnyQA/progid=GN-CAL20191122/PIname=Hirst");
        assertThat(raw.get(Key.QA_STATE)).contains(new QaState(QaRule.ANY, "AnyQA"));
        assertThat(raw.get(Key.PI_NAME)).contains(new PiName("Hirst"));
        Selection object = parse("notengineering/NotFail/sr=0.300000d/object=m101");
        assertThat(object.get(Key.OBJECT)).contains(new ObjectName("m101"));
        assertThat(parse("object=a=slash=b").get(Key.OBJECT)).contains(new ObjectName("a/b"));
    }

    @Test
    void datesInEveryForm() {
        assertThat(parse("20100401").get(Key.DATE)).contains(new SingleDate(LocalDate.of(2010, 4, 1)));
        assertThat(parse("2010-04-01").get(Key.DATE)).contains(new SingleDate(LocalDate.of(2010, 4, 1)));
        DateRange april = new DateRange(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 4, 20));
        assertThat(parse("20100401-20100420").get(Key.DATERANGE)).contains(april);
        assertThat(parse("20100420-20100401").get(Key.DATERANGE)).contains(april);
        assertThat(parse("2010-04-01--2010-04-20").get(Key.DATERANGE)).contains(april);
        assertThat(parse("daterange=20100401-20100420").get(Key.DATERANGE)).contains(april);
        assertThat(april.start()).isEqualTo(Instant.parse("2010-04-01T00:00:00Z"));
        assertThat(april.end()).isEqualTo(Instant.parse("2010-04-21T00:00:00Z"));
        assertThat(parse("2010-04-01T10:00:00--2010-04-01T12:30:00").get(Key.DATERANGE))
                .contains(new DateTimeRange(
                        Instant.parse("2010-04-01T10:00:00Z"), Instant.parse("2010-04-01T12:30:00Z")));
    }

    @Test
    void relativeDaysUseTheClockInUtc() {
        assertThat(parse("today").get(Key.DATE)).contains(new RelativeDay("today", LocalDate.of(2024, 6, 15)));
        assertThat(parse("now").get(Key.DATE)).contains(new RelativeDay("now", LocalDate.of(2024, 6, 15)));
        assertThat(parse("yesterday").get(Key.DATE)).contains(new RelativeDay("yesterday", LocalDate.of(2024, 6, 14)));
        assertThat(parse("tomorrow").get(Key.DATE)).contains(new RelativeDay("tomorrow", LocalDate.of(2024, 6, 16)));
        assertThat(parse("yesterday-today").get(Key.DATERANGE))
                .contains(new DateRange(LocalDate.of(2024, 6, 14), LocalDate.of(2024, 6, 15)));
    }

    @ParameterizedTest
    @CsvSource({
        "20101332",
        "19980101",
        "21000102",
        "20100401-20101301",
        "2010-02-30",
        "20110229",
        "20251131",
        "20101399"
    })
    void impossibleDatesAreNotRecognisedAndNeverMovedToAnotherDay(String token) {
        // FitsStorage: a token that fails its date test is simply not recognised (and the JSON still answers).
        Selection s = parse("GMOS-N/" + token);
        assertThat(s.unrecognised()).containsExactly(token);
        assertThat(s.get(Key.DATE)).isEmpty();
        assertThat(s.get(Key.DATERANGE)).isEmpty();
        assertThat(s.warnings())
                .containsExactly("'" + token + "' is not a valid date or date range (1999-2100, YYYYMMDD); ignored");
    }

    @Test
    void dateTimesMayCarryFractionalSeconds() {
        assertThat(parse("20001122T012345.67-20010102T112233.44").get(Key.DATERANGE))
                .contains(new DateTimeRange(
                        Instant.parse("2000-11-22T01:23:45.67Z"), Instant.parse("2001-01-02T11:22:33.44Z")));
        assertThat(parse("20101231T120000.5").get(Key.DATE)).contains(new SingleDate(LocalDate.of(2010, 12, 31)));
    }

    @Test
    void processingIsSelectedByTheDocumentedWordsOnly() {
        assertThat(parse("Science-Quality").criteria().values())
                .containsExactly(new Exact(Key.PROCESSING, "Science-Quality"));
        assertThat(parse("Quick-Look").criteria().values()).containsExactly(new Exact(Key.PROCESSING, "Quick-Look"));
        assertThat(parse("sq/ql").unrecognised()).containsExactly("sq", "ql");
    }

    @Test
    void ghostSlitCalibrationTypes() {
        assertThat(parse("processed_slitflat").get(Key.CALTYPE)).contains(new Exact(Key.CALTYPE, "processed_slitflat"));
        assertThat(parse("processed_slit").get(Key.CALTYPE)).contains(new Exact(Key.CALTYPE, "processed_slit"));
    }

    @Test
    void badKeyedDatesDropTheirConstraint() {
        Selection s = parse("date=tuesday/nightrange=2010-2011");
        assertThat(s.criteria()).isEmpty();
        assertThat(s.unrecognised()).containsExactly("date=tuesday", "nightrange=2010-2011");
        assertThat(s.warnings()).contains("date value 'tuesday' is not a valid date or date range; ignored");
    }

    @ParameterizedTest
    @CsvSource({"Gemini-North,Gemini-North", "gemininorth,Gemini-North", "Gemini_South,Gemini-South"})
    void telescopes(String token, String name) {
        assertThat(parse(token).get(Key.TELESCOPE)).contains(new Exact(Key.TELESCOPE, name));
    }

    @ParameterizedTest
    @CsvSource({
        "gmos-n,GMOS-N",
        "GMOS-S,GMOS-S",
        "niri,NIRI",
        "trecs,TReCS",
        "f2,F2",
        "Igrins-2,IGRINS-2",
        "bhros,bHROS",
        "HokupaaQUIRC,Hokupaa+QUIRC",
        "hokupaa+quirc,Hokupaa+QUIRC"
    })
    void instrumentsAreNormalised(String token, String name) {
        assertThat(parse(token).get(Key.INSTRUMENT)).contains(new Instrument(name));
    }

    @Test
    void gmosMeansEitherGmos() {
        assertThat(parse("GMOS").get(Key.INSTRUMENT)).contains(new AnyGmos());
        assertThat(parse("gmos").get(Key.INSTRUMENT)).contains(new AnyGmos());
    }

    @Test
    void identifiersBareAndKeyed() {
        assertThat(parse("GN-2009B-Q-51").get(Key.PROGRAM_ID)).contains(new Exact(Key.PROGRAM_ID, "GN-2009B-Q-51"));
        assertThat(parse("GN-2009B-Q-51-9").get(Key.OBSERVATION_ID))
                .contains(new Exact(Key.OBSERVATION_ID, "GN-2009B-Q-51-9"));
        assertThat(parse("GN-2009B-Q-51-28-001").get(Key.DATA_LABEL))
                .contains(new Exact(Key.DATA_LABEL, "GN-2009B-Q-51-28-001"));
        assertThat(parse("GN-CAL20101231-11-001").get(Key.DATA_LABEL))
                .contains(new Exact(Key.DATA_LABEL, "GN-CAL20101231-11-001"));
        assertThat(parse("G-2024A-123-Q").get(Key.PROGRAM_ID)).contains(new Exact(Key.PROGRAM_ID, "G-2024A-123-Q"));
        assertThat(parse("progid=GN-GNIRS-Engineering").get(Key.PROGRAM_ID))
                .contains(new Exact(Key.PROGRAM_ID, "GN-GNIRS-Engineering"));
        assertThat(parse("obsid=GN-GNIRS-Engineering-003").get(Key.OBSERVATION_ID))
                .contains(new Exact(Key.OBSERVATION_ID, "GN-GNIRS-Engineering-003"));
        assertThat(parse("datalabel=odd-label").get(Key.DATA_LABEL)).contains(new Exact(Key.DATA_LABEL, "odd-label"));
        assertThat(parse("progid=GN-2010B-Q-22-4-001").get(Key.DATA_LABEL))
                .contains(new Exact(Key.DATA_LABEL, "GN-2010B-Q-22-4-001"));
        assertThat(parse("progid=GN-2010B-Q-22-4").get(Key.OBSERVATION_ID))
                .contains(new Exact(Key.OBSERVATION_ID, "GN-2010B-Q-22-4"));
    }

    @Test
    void onlyTheMostSpecificIdentifierSurvives() {
        Selection s = parse("GN-2009B-Q-51/GN-2009B-Q-51-9");
        assertThat(s.has(Key.PROGRAM_ID)).isFalse();
        assertThat(s.has(Key.OBSERVATION_ID)).isTrue();
        Selection t = parse("GN-2009B-Q-51-9/GN-2009B-Q-51/GN-2009B-Q-51-28-001");
        assertThat(t.criteria().keySet()).containsExactly(Key.DATA_LABEL);
    }

    @Test
    void observationTypeClassCaltypeReduction() {
        assertThat(parse("OBJECT/science/arc/PREPARED").criteria().values())
                .containsExactlyInAnyOrder(
                        new Exact(Key.OBSERVATION_TYPE, "OBJECT"),
                        new Exact(Key.OBSERVATION_CLASS, "science"),
                        new Exact(Key.CALTYPE, "arc"),
                        new Exact(Key.REDUCTION, "PREPARED"));
        assertThat(parse("ARC").get(Key.OBSERVATION_TYPE)).contains(new Exact(Key.OBSERVATION_TYPE, "ARC"));
        assertThat(parse("dayCal").get(Key.OBSERVATION_CLASS)).contains(new Exact(Key.OBSERVATION_CLASS, "dayCal"));
        assertThat(parse("PROCESSED_BIAS").get(Key.REDUCTION)).contains(new Exact(Key.REDUCTION, "PROCESSED_BIAS"));
    }

    @ParameterizedTest
    @CsvSource({
        "S20091028S0097.fits,S20091028S0097.fits",
        "S20091028S0097,S20091028S0097.fits",
        "N20101231S0338.fits.bz2,N20101231S0338.fits",
        "N20101231S0338_add,N20101231S0338_add.fits",
        "01jan12_0001.fits,01jan12_0001.fits",
        "filename=some_odd_filename.fits,some_odd_filename.fits"
    })
    void fileNames(String token, String name) {
        assertThat(parse(token).get(Key.FILENAME)).contains(new Exact(Key.FILENAME, name));
    }

    @Test
    void filePrefixes() {
        assertThat(parse("N201203").get(Key.FILEPRE)).contains(new Criterion.FilePrefix("N201203"));
        assertThat(parse("filepre=00AUG").get(Key.FILEPRE)).contains(new Criterion.FilePrefix("00AUG"));
        assertThat(parse("N201203").isOpen()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "Pass,PASS",
        "Usable,USABLE",
        "Fail,FAIL",
        "CHECK,CHECK",
        "UndefinedQA,UNDEFINED",
        "Win,WIN",
        "NotFail,NOT_FAIL",
        "Lucky,LUCKY",
        "AnyQA,ANY"
    })
    void qaStates(String token, QaRule rule) {
        assertThat(parse(token).get(Key.QA_STATE)).contains(new QaState(rule, token));
    }

    @Test
    void laterTokensReplaceEarlierOnesForTheSameKey() {
        assertThat(parse("Pass/Fail").get(Key.QA_STATE)).contains(new QaState(QaRule.FAIL, "Fail"));
    }

    @Test
    void modes() {
        assertThat(parse("imaging").get(Key.SPECTROSCOPY)).contains(new Flag(Key.SPECTROSCOPY, false));
        assertThat(parse("spectroscopy").get(Key.SPECTROSCOPY)).contains(new Flag(Key.SPECTROSCOPY, true));
        for (String mode : new String[] {"LS", "MOS", "IFS"}) {
            Selection s = parse(mode);
            assertThat(s.get(Key.MODE)).contains(new Exact(Key.MODE, mode));
            assertThat(s.get(Key.SPECTROSCOPY)).contains(new Flag(Key.SPECTROSCOPY, true));
        }
    }

    @Test
    void adaptiveOptics() {
        assertThat(parse("AO").get(Key.AO)).contains(new Flag(Key.AO, true));
        assertThat(parse("NOTAO").get(Key.AO)).contains(new Flag(Key.AO, false));
        assertThat(parse("NOAO").get(Key.AO)).contains(new Flag(Key.AO, false));
        Selection lgs = parse("LGS");
        assertThat(lgs.get(Key.LGS)).contains(new Flag(Key.LGS, true));
        assertThat(lgs.get(Key.AO)).contains(new Flag(Key.AO, true));
        assertThat(parse("NGS").get(Key.LGS)).contains(new Flag(Key.LGS, false));
    }

    @ParameterizedTest
    @CsvSource({"Raw,Raw", "Quick-Look,Quick-Look", "Science-Quality,Science-Quality", "Failed,Failed"})
    void processing(String token, String value) {
        assertThat(parse(token).get(Key.PROCESSING)).contains(new Exact(Key.PROCESSING, value));
    }

    @ParameterizedTest
    @CsvSource({
        "present,PRESENT,true",
        "Present,PRESENT,true",
        "notpresent,PRESENT,false",
        "NotPresent,PRESENT,false",
        "canonical,CANONICAL,true",
        "notcanonical,CANONICAL,false",
        "NotCanonical,CANONICAL,false",
        "science_verification,SCIENCE_VERIFICATION,true",
        "notscience_verification,SCIENCE_VERIFICATION,false",
        "photstandard,PHOTSTANDARD,true",
        "mdgood,MDREADY,true",
        "mdbad,MDREADY,false",
        "Twilight,TWILIGHT,true",
        "NotTwilight,TWILIGHT,false",
        "preimage,PRE_IMAGE,true",
        "calprog,CALPROG,true",
        "not_site_monitoring,SITE_MONITORING,false"
    })
    void booleanWords(String token, Key key, boolean value) {
        assertThat(parse(token).get(key)).contains(new Flag(key, value));
    }

    @ParameterizedTest
    @CsvSource({"engineering,ONLY", "notengineering,EXCLUDE", "includeengineering,INCLUDE"})
    void engineeringWords(String token, EngineeringRule rule) {
        assertThat(parse(token).get(Key.ENGINEERING)).contains(new Engineering(rule));
    }

    @Test
    void defaultsExpand() {
        Selection s = parse("defaults");
        assertThat(s.criteria().values())
                .containsExactlyInAnyOrder(
                        new Engineering(EngineeringRule.EXCLUDE),
                        new Flag(Key.SITE_MONITORING, false),
                        new QaState(QaRule.NOT_FAIL, "NotFail"),
                        new Exact(Key.COLS, "CTOWBEQ"),
                        new ProcessingTag("default"));
    }

    @Test
    void unrecognisedTokensAreKeptInOrder() {
        Selection s = parse("GMOS-N/frobnicate/12x4/x=y");
        assertThat(s.unrecognised()).containsExactly("frobnicate", "12x4", "x=y");
        assertThat(s.has(Key.INSTRUMENT)).isTrue();
    }

    @Test
    void emptyTokensAreDropped() {
        assertThat(parse("/GMOS-N//20101231/").criteria()).hasSize(2);
    }

    @Test
    void orderbyTerms() {
        assertThat(parse("GMOS-N", "filename_asc,ut_datetime_desc").orderBy())
                .containsExactly(new OrderTerm("filename", false), new OrderTerm("ut_datetime", true));
        assertThatThrownBy(() -> parse("GMOS-N", "password_desc"))
                .isInstanceOf(SelectionException.class)
                .hasMessage("cannot order by 'password'");
    }
}
