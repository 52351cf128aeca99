// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.core.uws.JobRequestException;
import org.meridian.web.FormBody;

/**
 * A request's parameters, from the query string and a url-encoded form together, with names
 * compared case-insensitively as UWS and DALI require (clients send PHASE=run, phase=RUN, ...).
 */
public record UwsParams(Map<String, List<String>> values) {

    /** @throws JobRequestException (BAD_REQUEST) when the POST body cannot be read as its form */
    public static UwsParams of(Context ctx) throws JobRequestException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, vs) -> add(all, name, vs));
        if (ctx.method().name().equals("POST") && isForm(ctx.contentType())) {
            try {
                FormBody.fields(ctx).forEach((name, vs) -> add(all, name, vs));
            } catch (FormBody.MalformedException e) {
                throw new JobRequestException(BAD_REQUEST, e.getMessage());
            }
        }
        return new UwsParams(all);
    }

    private static boolean isForm(String contentType) {
        return contentType == null
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void add(Map<String, List<String>> all, String name, List<String> vs) {
        all.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(vs);
    }

    /** The last value of {@code name}, or null. */
    public String get(String name) {
        List<String> vs = values.get(name.toLowerCase(Locale.ROOT));
        return vs == null || vs.isEmpty() ? null : vs.getLast();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every parameter but those named, last value each: what a job stores. */
    public Map<String, String> except(String... control) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, vs) -> {
            if (!List.of(control).contains(name) && !vs.isEmpty()) {
                kept.put(name, vs.getLast());
            }
        });
        return kept;
    }

    /** Parses an ISO 8601 instant; without a zone it is UTC (pyvo sends ...ffffffZ, others omit Z). */
    public static Instant instant(String name, String value) throws JobRequestException {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new JobRequestException(BAD_REQUEST, name + " is not an ISO 8601 time: " + value);
            }
        }
    }

    public static long integer(String name, String value) throws JobRequestException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new JobRequestException(BAD_REQUEST, name + " must be an integer: " + value);
        }
    }
}
