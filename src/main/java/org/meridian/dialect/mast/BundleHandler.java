// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Caller;

/**
 * {@code POST /api/v0.1/Download/bundle.sh} with repeated {@code uri} form fields: answers the curl
 * script of {@link BundleScript}. Every URI appears in its manifest; only those the caller may read
 * get a download line.
 */
public record BundleHandler(ProductLocator locator, MastCallers callers, Clock clock) {

    public void handle(Context ctx) throws SQLException {
        Set<String> uris = new LinkedHashSet<>(ctx.queryParams("uri"));
        String contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            uris.addAll(ctx.formParams("uri"));
        }
        uris.removeIf(String::isBlank);
        if (uris.isEmpty()) {
            throw MastException.badRequest("give at least one 'uri' field");
        }
        Caller caller = callers.of(ctx);
        List<BundleScript.Entry> entries = new ArrayList<>();
        for (String text : uris) {
            entries.add(entry(caller, MastUri.parse(text)));
        }
        String name = BundleScript.bundleName(clock.instant());
        String base = ctx.scheme() + "://" + ctx.host();
        String user = caller.isAnonymous() ? "anonymous" : caller.username();
        ctx.contentType("text/x-sh");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".sh\"");
        ctx.result(BundleScript.render(name, base, user, entries));
    }

    private BundleScript.Entry entry(Caller caller, MastUri uri) throws SQLException {
        Optional<ProductLocator.Located> found = locator.locate(caller, uri);
        if (found.isEmpty()) {
            return new BundleScript.Entry(
                    uri.toString(), uri.collection() + "/" + uri.filename(), "UNKNOWN", "NOT FOUND");
        }
        ProductLocator.Located f = found.get();
        String path = uri.collection() + "/" + f.obsId() + "/" + f.file().filename();
        String access = f.exclusive() ? "EXCLUSIVE_ACCESS" : "PUBLIC";
        String status = locator.files().mayRead(caller, f.file()) ? "OK" : "ACCESS DENIED";
        return new BundleScript.Entry(uri.toString(), path, access, status);
    }
}
