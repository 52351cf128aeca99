// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.EnumSet;
import java.util.Set;

/**
 * The selection keys of FitsStorage's selection dictionary. A selection holds at most one criterion
 * per key; a later token for the same key replaces the earlier one, as the original dict did.
 */
public enum Key {
    DATE,
    DATERANGE,
    NIGHT,
    NIGHTRANGE,
    ENTRYTIME_RANGE,
    LASTMOD_RANGE,
    TELESCOPE,
    INSTRUMENT,
    PROGRAM_ID,
    OBSERVATION_ID,
    DATA_LABEL,
    OBSERVATION_TYPE,
    OBSERVATION_CLASS,
    CALTYPE,
    PROCESSING,
    PROCESSING_TAG,
    REDUCTION,
    FILENAME,
    FILEPRE,
    PATH,
    DISPERSER,
    FOCAL_PLANE_MASK,
    CAMERA,
    PUPIL_MASK,
    BINNING,
    GAIN,
    READSPEED,
    WELLDEPTH,
    READMODE,
    DETECTOR_ROI,
    FILTER,
    CENWLEN,
    EXPOSURE_TIME,
    COADDS,
    QA_STATE,
    SPECTROSCOPY,
    MODE,
    AO,
    LGS,
    PRESENT,
    CANONICAL,
    MDREADY,
    ENGINEERING,
    SCIENCE_VERIFICATION,
    CALPROG,
    SITE_MONITORING,
    PHOTSTANDARD,
    PRE_IMAGE,
    GPI_ASTROMETRIC_STANDARD,
    TWILIGHT,
    RAW_CC,
    RAW_IQ,
    RAW_BG,
    RAW_WV,
    RA,
    DEC,
    SR,
    AZ,
    EL,
    CRPA,
    OBJECT,
    PI_NAME,
    PROGRAM_TEXT,
    PUBLICATION,
    CALOPTION,
    COLS;

    /** Keys whose presence makes a query "closed" (docs/gemini-archive.md): it names a bounded set of data. */
    public static final Set<Key> CLOSING = Set.copyOf(
            EnumSet.of(DATE, DATERANGE, NIGHT, NIGHTRANGE, PROGRAM_ID, OBSERVATION_ID, DATA_LABEL, FILENAME, FILEPRE));

    /** Keys an {@link Criterion.Exact} may carry: plain string equality on one column. */
    public static final Set<Key> EXACT = Set.copyOf(EnumSet.of(
            TELESCOPE,
            OBSERVATION_TYPE,
            OBSERVATION_CLASS,
            CALTYPE,
            PROCESSING,
            REDUCTION,
            FILENAME,
            PATH,
            PUPIL_MASK,
            BINNING,
            GAIN,
            READSPEED,
            WELLDEPTH,
            READMODE,
            FILTER,
            MODE,
            PROGRAM_ID,
            OBSERVATION_ID,
            DATA_LABEL,
            CALOPTION,
            COLS,
            PUBLICATION));

    /** Keys a {@link Criterion.Flag} may carry: a boolean column or condition. */
    public static final Set<Key> FLAGS = Set.copyOf(EnumSet.of(
            SPECTROSCOPY,
            AO,
            LGS,
            PRESENT,
            CANONICAL,
            MDREADY,
            SCIENCE_VERIFICATION,
            CALPROG,
            SITE_MONITORING,
            PHOTSTANDARD,
            PRE_IMAGE,
            GPI_ASTROMETRIC_STANDARD,
            TWILIGHT));

    public static final Set<Key> TELESCOPE_ANGLES = Set.copyOf(EnumSet.of(AZ, EL, CRPA));

    public static final Set<Key> SITE_QUALITY = Set.copyOf(EnumSet.of(RAW_CC, RAW_IQ, RAW_BG, RAW_WV));
}
