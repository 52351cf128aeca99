// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobResult;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.Phase;
import org.meridian.store.FileStore;
import org.meridian.xml.VotableReading;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.table.TableSink;

/**
 * The source ids of {@code job:<job_id>.<column>}: a column of a finished TAP job's result, read
 * with the caller's rights through {@code core.uws.Jobs} (another user's job is refused there, so
 * its rows are never read; docs/access.md "Other things with owners"). The column holds source ids
 * or designations.
 */
record JobIds(Jobs jobs, FileStore files) {

    SourceSelection.Listed resolve(SourceSelection.FromJob from, Caller caller)
            throws DataServerException, SQLException, IOException {
        Job job;
        try {
            job = jobs.get(caller, from.jobId());
        } catch (JobRequestException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> new DataServerException(404, "no job " + from.jobId());
                case FORBIDDEN ->
                    new DataServerException(
                            caller.isAnonymous() ? 401 : 403,
                            "job " + from.jobId() + " belongs to another user"
                                    + (caller.isAnonymous() ? "; log in as its owner" : ""));
                default -> DataServerException.badRequest(e.getMessage());
            };
        }
        if (job.phase() != Phase.COMPLETED || job.results().isEmpty()) {
            throw new DataServerException(
                    409, "job " + from.jobId() + " is " + job.phase() + "; its ids can be used once it is COMPLETED");
        }
        JobResult result = job.results().get(0);
        if (!result.mimeType().toLowerCase(Locale.ROOT).contains("votable")
                && !result.mimeType().toLowerCase(Locale.ROOT).contains("xml")) {
            throw DataServerException.badRequest("job " + from.jobId() + "'s result is " + result.mimeType()
                    + "; job: IDs read a VOTable result (FORMAT=votable)");
        }
        Collector collector = new Collector(from);
        try (InputStream in = files.open(result.storageKey())) {
            VotableReading.stream(in, collector);
        } catch (Refused e) {
            throw e.reason;
        } catch (TableFormatException e) {
            throw DataServerException.badRequest(
                    "job " + from.jobId() + "'s result cannot be read as a VOTable: " + e.getMessage());
        }
        if (collector.index < 0) {
            throw DataServerException.badRequest("job " + from.jobId() + "'s result has no column " + from.column());
        }
        long[] ids = Arrays.stream(collector.ids, 0, collector.count)
                .sorted()
                .distinct()
                .toArray();
        return new SourceSelection.Listed(collector.release == null ? from.release() : collector.release, ids);
    }

    /** Carries a refusal out of STIL's sink, which may throw only IOException. */
    private static final class Refused extends IOException {
        final DataServerException reason;

        Refused(DataServerException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** Keeps the named column's ids as the rows stream past. */
    private static final class Collector implements TableSink {
        private final SourceSelection.FromJob from;
        private int index = -1;
        private long[] ids = new long[1024];
        private int count;
        private Release release;

        Collector(SourceSelection.FromJob from) {
            this.from = from;
        }

        @Override
        public void acceptMetadata(StarTable meta) {
            for (int i = 0; i < meta.getColumnCount(); i++) {
                if (meta.getColumnInfo(i).getName().equalsIgnoreCase(from.column())) {
                    index = i;
                    return;
                }
            }
        }

        @Override
        public void acceptRow(Object[] row) throws IOException {
            if (index < 0 || row[index] == null) {
                return;
            }
            if (count == SourceSelection.MAX_SOURCES) {
                throw new Refused(DataServerException.badRequest("job " + from.jobId() + " lists more than "
                        + SourceSelection.MAX_SOURCES + " sources; at most that many per request"));
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[count++] = id(row[index]);
        }

        private long id(Object value) throws Refused {
            if (value instanceof Number n) {
                return n.longValue();
            }
            String text = value.toString().trim();
            if (text.matches("\\d{1,18}")) {
                return Long.parseLong(text);
            }
            try {
                SourceSelection s = IdParser.parse(java.util.List.of(text), null);
                if (s instanceof SourceSelection.Listed l && l.ids().length == 1) {
                    if (release != null && !release.equals(l.release())) {
                        throw DataServerException.badRequest(
                                "job " + from.jobId() + "'s column " + from.column() + " names more than one release");
                    }
                    release = l.release();
                    return l.ids()[0];
                }
            } catch (DataServerException e) {
                throw new Refused(e);
            }
            throw new Refused(DataServerException.badRequest("job " + from.jobId() + "'s column " + from.column()
                    + " holds '" + value + "', not a source_id or designation"));
        }

        @Override
        public void endRows() {}
    }
}
