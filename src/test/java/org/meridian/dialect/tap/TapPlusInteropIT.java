// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.DemoServer;
import org.meridian.testing.PythonClients;

/**
 * Unmodified astroquery TapPlus (Debian's python3-astroquery 0.4.6) uploads tables to /tap on the
 * demo with {@code launch_job(query, upload_resource=..., upload_table_name='t1')} and
 * {@code launch_job_async}: its multipart forms carry an unquoted {@code boundary====<ms>===} and a
 * part typed {@code None}. Skipped when astroquery is not installed.
 */
class TapPlusInteropIT {

    private static final Path SCRIPT = Path.of("src/test/python/tap/tapplus_upload.py");
    private static final Path USER_SPACE = Path.of("src/test/python/tap/tapplus_userspace.py");

    @Test
    void tapPlusUploadsSyncAndAsync(@TempDir Path work) throws Exception {
        PythonClients.assumeModules("astroquery.utils.tap.core");
        int port = URI.create(DemoServer.baseUrl()).getPort();
        PythonClients.Result r = PythonClients.run(
                SCRIPT, null, Map.of(), Duration.ofMinutes(5), "http://127.0.0.1:" + port + "/tap", work.toString());
        r.assertPassed(
                "OK sync upload rows",
                "OK sync upload joins a published table",
                "OK async upload rows",
                "OK in-memory table upload");
    }

    /**
     * Gaia TAP+ user space over HTTPS (TapPlus logs in over HTTPS only; the demo's self-signed
     * certificate is trusted through SSL_CERT_FILE): login, load_tables(only_names=True,
     * include_shared_tables=True), upload_table from an astropy Table and from files,
     * set_ra_dec_columns, update_user_table, list_async_jobs, remove_jobs, another user seeing none of
     * it until the table is shared with a group of theirs (share_group_create, share_group_add_user,
     * share_table, share_table_stop, share_group_delete), delete_user_table, logout.
     */
    @Test
    void tapPlusUserSpaceOverHttps(@TempDir Path work) throws Exception {
        PythonClients.assumeModules("astroquery.utils.tap.core");
        String https = DemoServer.httpsBaseUrl() + "/";
        PythonClients.Result r = PythonClients.run(
                USER_SPACE,
                null,
                Map.of("SSL_CERT_FILE", DemoServer.certificate().toString()),
                Duration.ofMinutes(5),
                https,
                work.toString(),
                "bilbo",
                "myprecious",
                "gemini_pi",
                "gemini-demo");
        r.assertPassed(
                "OK GaiaClass login (TAP and data server)",
                "OK GaiaClass load_tables",
                "OK login",
                "OK upload_table from an astropy Table",
                "OK upload_table from files",
                "OK set_ra_dec_columns flags Ra and Dec",
                "OK update_user_table",
                "OK list_async_jobs",
                "OK remove_jobs",
                "OK another user does not see the tables",
                "OK share_table",
                "OK the group member queries the shared table",
                "OK after share_table_stop the member cannot query it",
                "OK delete_user_table",
                "OK logout");
    }
}
