// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.upload.Upload;
import org.meridian.dialect.tap.upload.UploadParameter;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.vo.dali.BadParameterException;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.output.ResultFormat;
import org.meridian.web.NulCharacters;

/** Turns TAP parameters (LANG, REQUEST, QUERY, MAXREC, FORMAT/RESPONSEFORMAT, UPLOAD) into a {@link TapQuery}. */
public final class TapRequest {

    /** The query languages accepted in LANG. */
    public static final List<String> LANGUAGES = List.of("ADQL", "ADQL-2.0", "ADQL-2.1");

    private TapRequest() {}

    /** @param urls the sources of http(s) uploads, read with the caller's rights */
    public static TapQuery parse(DaliParams params, Caller caller, UploadUrls urls) throws TapException {
        refuseNul(params);
        String request = params.first("REQUEST");
        if (request != null && !request.equalsIgnoreCase("doQuery")) {
            throw TapException.badRequest("REQUEST must be doQuery, not " + request);
        }
        String lang = params.first("LANG");
        if (lang == null || lang.isBlank()) {
            throw TapException.badRequest("LANG is missing; use LANG=ADQL");
        }
        if (LANGUAGES.stream().noneMatch(l -> l.equalsIgnoreCase(lang.trim()))) {
            throw TapException.badRequest("LANG " + lang + " is not supported; use one of " + LANGUAGES);
        }
        String query = params.first("QUERY");
        if (query == null || query.isBlank()) {
            throw TapException.badRequest("QUERY is missing");
        }
        String wanted = params.responseFormat();
        ResultFormat format = ResultFormat.parse(wanted)
                .orElseThrow(() -> TapException.badRequest(
                        "unknown output format " + wanted + "; known: " + ResultFormat.known()));
        List<Upload> uploads = UploadParameter.parse(
                params.all("UPLOAD"),
                name -> params.part(name).map(part -> part::open),
                (name, url) -> urls.source(name, url, caller));
        return new TapQuery(query, caller, maxrec(params), format, uploads);
    }

    /**
     * The routes refuse NUL characters in the query string and url-encoded forms; multipart fields
     * arrive here unchecked, and would be echoed into the XML of an error document (where no NUL may
     * stand) or reach PostgreSQL.
     */
    private static void refuseNul(DaliParams params) throws TapException {
        for (String name : List.of("REQUEST", "LANG", "QUERY", "RESPONSEFORMAT", "FORMAT", "MAXREC", "UPLOAD")) {
            if (params.all(name).stream().anyMatch(NulCharacters::in)) {
                throw TapException.badRequest(NulCharacters.message("parameter '" + name + "'"));
            }
        }
    }

    private static Long maxrec(DaliParams params) throws TapException {
        try {
            return params.maxrec();
        } catch (BadParameterException e) {
            throw TapException.badRequest(e.getMessage());
        }
    }
}
