// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.Phase;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.store.FileStore;

/**
 * Queries on jobs (seed section 2.14): a finished job's result is the table
 * {@code job_upload."job<id>"}. Only tables the query names are loaded, each from the stored result
 * into a temporary table of the query's connection, as TAP uploads are, and only for a job the caller
 * may read ({@link Jobs#get}); any other job is simply an unknown table.
 */
record JobUploads(Jobs jobs, FileStore store, UploadLoader loader) {

    static final String SCHEMA = "job_upload";

    /** {@code job_upload."job<id>"} or {@code job_upload.job<id>}, in any case. */
    private static final Pattern NAMED =
            Pattern.compile("job_upload\\s*\\.\\s*\"?job([a-z0-9]{1,64})\"?", Pattern.CASE_INSENSITIVE);

    private static final int MAX_PER_QUERY = 8;

    JobUploads(Jobs jobs, FileStore store, TapLimits limits) {
        this(jobs, store, new UploadLoader(limits.uploadMaxBytes(), limits.uploadMaxRows()));
    }

    List<TapTable> named(Connection c, Caller caller, String adql) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(adql == null ? "" : adql);
        while (m.find() && ids.size() < MAX_PER_QUERY) {
            ids.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        List<TapTable> tables = new ArrayList<>();
        for (String id : ids) {
            JobResult result = result(caller, id);
            if (result == null) {
                continue;
            }
            try {
                TapTable loaded = loader.load(c, new Upload("job" + id, () -> store.open(result.storageKey())));
                tables.add(new TapTable(
                        SCHEMA,
                        SCHEMA + ".job" + id,
                        "table",
                        null,
                        "result of job " + id,
                        loaded.columns(),
                        loaded.source()));
            } catch (TapException e) {
                // a result that cannot be read back as a table (say, not a VOTable) is no table to query
            }
        }
        return tables;
    }

    /** The caller's finished job's result, or null when there is none for them. */
    private JobResult result(Caller caller, String id) throws SQLException {
        try {
            Job job = jobs.get(caller, id);
            if (job.phase() != Phase.COMPLETED) {
                return null;
            }
            return job.results().stream()
                    .filter(r -> r.name().equals("result"))
                    .findFirst()
                    .orElse(null);
        } catch (JobRequestException e) {
            return null;
        }
    }
}
