// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.time.Instant;

/**
 * One calibration frame calibration selection found: its observation row, its canonical file's
 * name, its kind (bias, flat, ...) and whether it is a master.
 */
record CalFrame(long observationRowId, String fileName, String type, Instant ut, String kind, boolean master) {}
