// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Locale;

/** The QA state from the PI-requirements flag and the Gemini QA flag (docs/gemini-headers.md). */
final class GeminiQaState {

    private GeminiQaState() {}

    static String of(String rawPiReq, String rawGemQa, String observationType) {
        String pi = upper(rawPiReq);
        String qa = upper(rawGemQa);
        if (pi.equals("UNKNOWN") || qa.equals("UNKNOWN")) {
            return "Undefined";
        }
        if (pi.equals("YES") && qa.equals("USABLE")) {
            return "Pass";
        }
        if (pi.equals("NO") && qa.equals("USABLE")) {
            return "Usable";
        }
        if (qa.equals("BAD")) {
            return "Fail";
        }
        if (pi.equals("CHECK") || qa.equals("CHECK")) {
            return "CHECK";
        }
        // MOS mask definition files carry no QA keywords; they are usable by definition
        if ("MASK".equals(observationType)) {
            return "Pass";
        }
        return "Undefined";
    }

    private static String upper(String v) {
        return v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
    }
}
