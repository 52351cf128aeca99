// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.core.auth.Caller;

/** The {@code README.txt} of a download tar, worded as the archive words it (docs/gemini-archive.md, "Downloads"). */
final class Readme {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Readme() {}

    static String text(String searched, Instant now, Caller caller, boolean associated, List<String> denied) {
        StringBuilder b = new StringBuilder();
        b.append("This is a tar file of search results downloaded from the gemini archive.\n\n");
        b.append("The search criteria was: ").append(searched).append('\n');
        b.append("The search was performed at: ")
                .append(WHEN.format(now.atZone(ZoneOffset.UTC)))
                .append(" UTC\n");
        b.append("The search was performed by archive user: ")
                .append(caller.username() == null ? "Not Logged In" : caller.username())
                .append("\n\n");
        b.append("We have included a file listing the md5sums of the data files in here.\n");
        b.append("If you have the 'md5sum' utility installed (most Linux machines at least),\n");
        b.append("You can verify file integrity by running 'md5sum -c md5sums.txt'.\n\n");
        if (associated) {
            b.append("Note that this download was from an associated calibrations page -\n");
            b.append("it only contains the calibration files that are associated with the science \n");
            b.append("query.\n\n");
        }
        if (!denied.isEmpty()) {
            b.append("The following files in your search results were not included,\n");
            b.append("because they are proprietary data that you do not have access to:\n");
            b.append(String.join("\n", denied));
        }
        return b.toString();
    }
}
