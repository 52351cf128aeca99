// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobFilter;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.uws.UwsXml;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /tap-server/tap/jobs/{list}} and {@code /tap-server/tap/deletejobs} (seed sections 2.12,
 * 2.13, 3.14, 3.15): the caller's jobs as a UWS job list, with {@code offset}, {@code limit} and
 * {@code order} ({@code CREATION_TIME:DESC}, ...), and the deletion of a list of them. Sync queries
 * are answered as they run and kept as no job, so {@code /jobs/sync} is always empty.
 */
record PlusJobs(CallerResolver callers, Jobs jobs, Database db) {

    private static final String ASYNC_PATH = "/tap-server/tap/async";

    void list(Context ctx) throws TapException, SQLException {
        String list = ctx.pathParam("list").toLowerCase(Locale.ROOT);
        if (!list.equals("async") && !list.equals("sync")) {
            throw new TapException(404, "job lists are sync and async, not " + list);
        }
        DaliParams p = PlusParams.of(ctx);
        Caller caller = callers.of(ctx);
        List<Job> all = list.equals("sync") ? List.of() : new ArrayList<>(jobs.list(caller, JobFilter.ALL));
        List<Job> sorted = new ArrayList<>(all);
        sorted.sort(order(p.first("order")));
        int offset = number(p.first("offset"), 0, "offset");
        int limit = number(p.first("limit"), Integer.MAX_VALUE, "limit");
        List<Job> page = sorted.stream().skip(offset).limit(limit).toList();
        ctx.contentType(UwsXml.CONTENT_TYPE).result(UwsXml.jobs(page, ctx.scheme() + "://" + ctx.host() + ASYNC_PATH));
    }

    /** JOB_IDS=a,b: every one must be the caller's; then all are deleted, else none. */
    void delete(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        String ids = PlusParams.of(ctx).first("JOB_IDS");
        if (ids == null || ids.isBlank()) {
            throw TapException.badRequest("JOB_IDS is required: a comma-separated list of job ids");
        }
        List<String> list = Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        for (String id : list) {
            try {
                jobs.get(caller, id);
            } catch (JobRequestException e) {
                throw new TapException(404, "you have no job " + id + "; no job was deleted");
            }
        }
        for (String id : list) {
            try {
                jobs.delete(caller, id);
            } catch (JobRequestException e) {
                // deleted meanwhile by another request: the caller's wish holds
            }
        }
        try (Connection c = db.connection()) {
            PlusEvents.record(c, caller.accountId(), PlusEvents.JOB_REMOVED);
        }
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n" + list.size() + " jobs deleted.\n");
    }

    private static Comparator<Job> order(String order) throws TapException {
        if (order == null || order.isBlank()) {
            return Comparator.comparing(Job::creationTime).reversed();
        }
        String[] parts = order.split(":", 2);
        Comparator<Job> by =
                switch (parts[0].strip().toUpperCase(Locale.ROOT)) {
                    case "CREATION_TIME" -> Comparator.comparing(Job::creationTime);
                    case "PHASE" -> Comparator.comparing(j -> j.phase().name());
                    case "JOB_ID" -> Comparator.comparing(Job::id);
                    case "RUN_ID", "NAME" -> Comparator.comparing(j -> j.runId() == null ? "" : j.runId());
                    default ->
                        throw TapException.badRequest(
                                "order is CREATION_TIME, PHASE, JOB_ID or RUN_ID, with :ASC or :DESC");
                };
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("DESC");
        return descending ? by.reversed() : by;
    }

    private static int number(String value, int dflt, String name) throws TapException {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw TapException.badRequest(name + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw TapException.badRequest(name + " must be a whole number");
        }
    }
}
