// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.util.List;

/**
 * What the calibration manager found for one science dataset, before it is written as JSON or XML
 * (FitsStorage {@code calmgr.py}: label, filename, md5 and per type the calibrations).
 *
 * @param filename the science file's name; null for a POSTed target (the client's own file)
 * @param md5 the science file's data md5; null for a POSTed target
 */
record CalmgrResult(String label, String filename, String md5, List<TypeResult> calInfo) {

    /** @param cals null when the association failed ({@code error} is then true) */
    record TypeResult(String type, boolean error, List<Cal> cals) {}

    /** @param url null when the calibration's file is not present on this server */
    record Cal(String label, String name, String md5, String url) {}
}
