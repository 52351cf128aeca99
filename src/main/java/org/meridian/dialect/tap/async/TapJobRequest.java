// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.vo.uws.UwsParams;
import org.meridian.web.NulCharacters;

/**
 * What a request that creates a TAP job or POSTs to its parameters carries, read the same way for
 * both (url-encoded or multipart form): the job parameters, checked, and the inline UPLOAD parts,
 * staged within the upload limits. Close it to delete the staged files.
 *
 * @param request every parameter of the request, control parameters (PHASE, RUNID) included
 * @param parameters what the job stores: the request's parameters less control ones and upload parts
 */
record TapJobRequest(UwsParams request, Map<String, String> parameters, AsyncUploads.Staged uploads)
        implements AutoCloseable {

    static TapJobRequest read(Context ctx, AsyncUploadRules uploads, Caller caller) throws JobRequestException {
        UwsParams request = UwsParams.of(ctx);
        // Multipart fields too: every parameter is stored as text, which can hold no NUL character.
        Optional<String> nul = NulCharacters.in(request.values());
        if (nul.isPresent()) {
            throw new JobRequestException(JobRequestException.Kind.BAD_REQUEST, NulCharacters.message(nul.get()));
        }
        Map<String, String> parameters = request.except(TapJobParameters.CONTROL);
        TapJobParameters.check(parameters);
        AsyncUploads.Parts parts = AsyncUploads.collect(ctx, parameters, uploads.urls(), caller);
        return new TapJobRequest(request, parameters, AsyncUploads.stage(parts, uploads.limits()));
    }

    boolean hasUploads() {
        return !uploads.files().isEmpty();
    }

    @Override
    public void close() {
        uploads.close();
    }
}
