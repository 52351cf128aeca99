// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bash script MAST's {@code Download/bundle.sh} returns: folder prompt, an HTML manifest of
 * every requested URI with its access and status, then one {@code cat}/{@code curl} block per file
 * that may be downloaded. Files still in exclusive access carry an Authorization header read from
 * {@code $MAST_API_TOKEN}, so the script never contains a secret.
 */
public final class BundleScript {

    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'MAST_'yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);

    /**
     * One requested URI.
     *
     * @param path {@code <collection>/<obs_id>/<filename>} inside the download folder
     * @param access PUBLIC or EXCLUSIVE_ACCESS
     * @param status OK when the caller may download it; otherwise why not
     */
    public record Entry(String uri, String path, String access, String status) {
        boolean downloadable() {
            return status.equals("OK");
        }
    }

    private BundleScript() {}

    public static String bundleName(Instant now) {
        return NAME.format(now);
    }

    /**
     * @param baseUrl e.g. {@code http://host:port} (no trailing slash)
     * @param user the logged-in username, or {@code anonymous}
     */
    public static String render(String bundleName, String baseUrl, String user, List<Entry> entries) {
        StringBuilder s = new StringBuilder();
        s.append("""
                #!/bin/bash
                #
                # Requires bash version >= 4
                #\s
                # The script uses the command line tool 'curl' for querying
                # the MAST Download service for public and protected data.\s
                #
                """);
        if (entries.stream().anyMatch(e -> e.downloadable() && e.access().equals("EXCLUSIVE_ACCESS"))) {
            s.append("# Exclusive-access files need your token: export MAST_API_TOKEN=<your token>\n");
        }
        s.append("""

                type -P curl >&/dev/null || { echo "This script requires curl. Exiting." >&2; exit 1; }



                # Check for existing Download Folder
                # prompt user for overwrite, if found
                let EXTENSION=0
                FOLDER=%1$s
                DOWNLOAD_FOLDER=$FOLDER
                if [ -d $DOWNLOAD_FOLDER ]
                then
                  echo -n "Download folder ${DOWNLOAD_FOLDER} found, (C)ontinue writing to existing folder or use (N)ew folder? [N]> "
                  read -n1 ans
                  if [ "$ans" = "c" -o "$ans" = "C" ]
                  then
                    echo ""
                    echo "Downloading to existing folder: ${DOWNLOAD_FOLDER}"
                    CONT="-C -"
                  else
                    while [ -d $DOWNLOAD_FOLDER ]
                    do
                      ((EXTENSION++))
                      DOWNLOAD_FOLDER="${FOLDER}-${EXTENSION}"
                    done

                    echo ""
                    echo "Downloading to new folder: ${DOWNLOAD_FOLDER}"
                  fi
                fi

                # mkdir if it doesn't exist and download files there.\s
                mkdir -p ${DOWNLOAD_FOLDER}

                cat >${DOWNLOAD_FOLDER}/MANIFEST.HTML<<EOT
                <!DOCTYPE html>
                <html>
                    <head>
                        <title>%1$s</title>
                    </head>
                    <body>
                        <h2>Manifest for File: %1$s</h2>
                        <h3>Total Files: %2$d</h3>
                        <table cellspacing="0" cellpadding="4" rules="all" style="border-width:5px; border-style:solid; border-collapse:collapse;">
                            <tr>
                                <td><b>URI</b></td>
                                <td><b>File</b></td>
                                <td><b>Access</b></td>
                                <td><b>Status</b></td>
                                <td><b>Logged In User</b></td>
                            </tr>
                """.formatted(bundleName, entries.size()));
        for (Entry e : entries) {
            s.append("            \n            <tr>\n");
            for (String cell : List.of(html(e.uri()), html(e.path()), e.access(), html(e.status()), html(user))) {
                s.append("                <td>").append(cell).append("</td>\n");
            }
            s.append("            </tr>\n");
        }
        s.append("""
                        </table>
                    </body>
                </html>

                EOT

                # Download Product Files:



                """);
        for (Entry e : entries) {
            if (!e.downloadable()) {
                continue;
            }
            String auth =
                    e.access().equals("EXCLUSIVE_ACCESS") ? " --header \"Authorization: token ${MAST_API_TOKEN}\"" : "";
            s.append("""
                    cat <<EOT
                    <<< Downloading File: %1$s
                                      To: ${DOWNLOAD_FOLDER}/%7$s
                    EOT

                    curl --globoff --location-trusted -f --progress-bar --create-dirs $CONT%5$s --output ./${DOWNLOAD_FOLDER}'/%2$s' '%3$s/api/v0.1/Download/file?bundle_name=%4$s.sh&uri=%6$s'





                    """.formatted(
                            html(e.uri()),
                            quoted(e.path()),
                            quoted(baseUrl),
                            bundleName,
                            auth,
                            quoted(e.uri()),
                            html(e.path())));
        }
        s.append("exit 0\n");
        return s.toString();
    }

    /** Text for the manifest, which sits in an unquoted here-document: no expansions may survive. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "\\\\")
                .replace("$", "\\$")
                .replace("`", "\\`");
    }

    /** Text inside single quotes on the curl line. */
    private static String quoted(String text) {
        return text.replace("'", "'\\''");
    }
}
