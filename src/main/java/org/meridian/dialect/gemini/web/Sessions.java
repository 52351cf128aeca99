// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.web.auth.SessionCookies;

/**
 * The archive's login and logout pages. astroquery.gemini posts {@code username} and {@code
 * password} in the query string with an empty body and looks for the archive's welcome sentence
 * (misspelling included) in the reply; a browser posts the same fields as a form.
 */
public record Sessions(Accounts accounts, CallerLookup callers) {

    /** astroquery.gemini tests for exactly this text (sic: "sucessfully"). */
    static final String WELCOME = "<P>Welcome, you are sucessfully logged in to the Gemini Archive.</P>";

    public void loginPage(Context ctx) throws SQLException {
        Caller caller = callers.caller(ctx);
        String status = caller.username() == null
                ? ""
                : "<p>You are logged in as " + Html.escape(caller.username()) + ". <a href=\"/logout\">Log out</a></p>";
        ctx.html(Html.page("Gemini Archive log in", status + form("")));
    }

    public void login(Context ctx) throws SQLException {
        String username = param(ctx, "username");
        String password = param(ctx, "password");
        if (username == null || password == null || username.isBlank()) {
            ctx.status(400)
                    .html(Html.page(
                            "Gemini Archive log in",
                            form("<p class=\"warning\">Please give a username and a password.</p>")));
            return;
        }
        Optional<Caller> caller = accounts.login(username.strip(), password);
        if (caller.isEmpty()) {
            ctx.status(200)
                    .html(Html.page(
                            "Gemini Archive log in", form("<p class=\"warning\">Username / password not valid.</p>")));
            return;
        }
        String session = accounts.openSession(caller.get().accountId());
        SessionCookies.open(ctx, CallerLookup.SESSION_COOKIE, session, Accounts.SESSION_LIFETIME);
        ctx.html(Html.page(
                "Gemini Archive log in",
                WELCOME + "\n<p><a href=\"/searchform\">Click here to go to the search form</a></p>"));
    }

    public void logout(Context ctx) throws SQLException {
        String session = ctx.cookie(CallerLookup.SESSION_COOKIE);
        if (session != null) {
            accounts.closeSession(session);
        }
        SessionCookies.clear(ctx, CallerLookup.SESSION_COOKIE);
        ctx.html(Html.page(
                "Gemini Archive log out",
                "<p>You are now logged out of the Gemini Archive.</p>"
                        + "<p><a href=\"/searchform\">Search form</a></p>"));
    }

    /** The query string first (astroquery), then the form body (browsers). */
    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null && String.valueOf(ctx.contentType()).startsWith("application/x-www-form-urlencoded")) {
            v = ctx.formParam(name);
        }
        return v;
    }

    private static String form(String message) {
        return "<h1>Gemini Archive log in</h1>" + message
                + "<form method=\"post\" action=\"/login/\">"
                + "<label>Username <input name=\"username\" autocomplete=\"username\"></label>"
                + "<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\"></label>"
                + "<input type=\"submit\" value=\"Log in\"></form>";
    }
}
