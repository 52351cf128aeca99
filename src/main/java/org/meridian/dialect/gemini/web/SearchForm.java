// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;

/**
 * The search form page: a plain HTML form pre-filled from the URL's selection. Submitting puts the
 * fields into the URL as selection tokens (a few lines of vanilla JavaScript) and loads it, so a
 * search is a bookmarkable URL; with JavaScript off the form still posts nothing and does no harm.
 * The results, associated-calibrations and observation-log tabs follow the form; the last two load
 * {@code /associated_cals} and {@code /associated_obslogs} when first opened.
 */
final class SearchForm {

    private record Field(String id, String label, Key key, String prefix, List<String> choices) {}

    private static final List<Field> FIELDS = List.of(
            new Field("program", "Program ID", Key.PROGRAM_ID, "", List.of()),
            new Field("object", "Object name", Key.OBJECT, "object=", List.of()),
            new Field("date", "UT date or range (YYYYMMDD[-YYYYMMDD])", Key.DATE, "", List.of()),
            new Field(
                    "instrument",
                    "Instrument",
                    Key.INSTRUMENT,
                    "",
                    List.of("", "GMOS", "GMOS-N", "GMOS-S", "GNIRS", "NIRI", "F2", "NIFS", "GSAOI", "GHOST")),
            new Field(
                    "obstype",
                    "Observation type",
                    Key.OBSERVATION_TYPE,
                    "",
                    List.of("", "OBJECT", "BIAS", "FLAT", "ARC", "DARK")),
            new Field(
                    "obsclass",
                    "Observation class",
                    Key.OBSERVATION_CLASS,
                    "",
                    List.of("", "science", "acq", "progCal", "partnerCal", "dayCal", "nightCal", "acqCal")),
            new Field(
                    "qa",
                    "QA state",
                    Key.QA_STATE,
                    "",
                    List.of("", "NotFail", "Pass", "Usable", "Fail", "Win", "AnyQA")),
            new Field("mode", "Mode", Key.SPECTROSCOPY, "", List.of("", "imaging", "spectroscopy")),
            new Field("filter", "Filter", Key.FILTER, "filter=", List.of()),
            new Field("binning", "Binning", Key.BINNING, "", List.of("", "1x1", "2x2", "4x4", "1x2", "2x1")),
            new Field("ra", "RA (degrees or HH:MM:SS)", Key.RA, "ra=", List.of()),
            new Field("dec", "Dec (degrees or DD:MM:SS)", Key.DEC, "dec=", List.of()),
            new Field("sr", "Search radius (arcsec)", Key.SR, "sr=", List.of()));

    private static final String SCRIPT = """
            <script>
            function geminiTokens() {
              var t = [];
              document.querySelectorAll('#searchform [data-prefix]').forEach(function (e) {
                var v = e.value.trim();
                if (v) { t.push(e.dataset.prefix + v.replace(/\\//g, '=slash=')); }
              });
              return t;
            }
            document.getElementById('searchform').addEventListener('submit', function (ev) {
              ev.preventDefault();
              var t = geminiTokens();
              window.location.href = '/searchform' + (t.length ? '/' + t.map(encodeURIComponent).join('/') : '');
            });
            function showTab(name) {
              document.querySelectorAll('.tab').forEach(function (d) { d.hidden = d.id !== 'tab-' + name; });
              var cal = document.getElementById('tab-cals');
              if (name === 'cals' && cal && !cal.dataset.loaded) {
                cal.dataset.loaded = '1';
                fetch('/associated_cals' + location.pathname.substring('/searchform'.length) + '/body_only')
                  .then(function (r) { return r.text(); })
                  .then(function (html) { cal.innerHTML = html; });
              }
              var logs = document.getElementById('tab-obslogs');
              if (name === 'obslogs' && logs && !logs.dataset.loaded) {
                logs.dataset.loaded = '1';
                fetch('/associated_obslogs' + location.pathname.substring('/searchform'.length) + '/body_only')
                  .then(function (r) { return r.text(); })
                  .then(function (html) { logs.innerHTML = html; });
              }
            }
            </script>
            """;

    private SearchForm() {}

    static String head(List<String> tokens, Selection selection, Caller caller) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>Gemini Observatory Archive search form</title></head><body>\n");
        b.append("<h1>Gemini Observatory Archive</h1><p>")
                .append(
                        caller.username() == null
                                ? "Not logged in. <a href=\"/login/\">Log in</a>"
                                : "Logged in as " + Html.escape(caller.username())
                                        + ". <a href=\"/logout\">Log out</a>")
                .append("</p>\n<form id=\"searchform\" method=\"get\" action=\"/searchform\"><fieldset>");
        for (Field f : FIELDS) {
            String value = value(selection, f);
            b.append("<label>").append(Html.escape(f.label())).append(' ');
            if (f.choices().isEmpty()) {
                b.append("<input id=\"")
                        .append(f.id())
                        .append("\" data-prefix=\"")
                        .append(f.prefix())
                        .append("\" value=\"")
                        .append(Html.escape(value))
                        .append("\">");
            } else {
                b.append("<select id=\"").append(f.id()).append("\" data-prefix=\"\">");
                for (String choice : f.choices()) {
                    b.append("<option value=\"")
                            .append(Html.escape(choice))
                            .append('"')
                            .append(choice.equals(value) ? " selected" : "")
                            .append('>')
                            .append(choice.isEmpty() ? "Any" : Html.escape(choice))
                            .append("</option>");
                }
                b.append("</select>");
            }
            b.append("</label>");
        }
        b.append("</fieldset><p><input type=\"submit\" id=\"search\" value=\"Search\"></p></form>\n");
        if (!tokens.isEmpty()) {
            b.append(
                    "<div class=\"tabs\"><button type=\"button\" onclick=\"showTab('results')\">Search Results</button>"
                            + "<button type=\"button\" id=\"cals-button\" onclick=\"showTab('cals')\">Load Associated Calibrations</button>"
                            + "<button type=\"button\" id=\"obslogs-button\" onclick=\"showTab('obslogs')\">Load Associated Observation Logs</button></div>\n");
        }
        return b.toString();
    }

    static String tail(List<String> tokens) {
        String tabs = tokens.isEmpty()
                ? ""
                : "<div id=\"tab-cals\" class=\"tab\" hidden></div>"
                        + "<div id=\"tab-obslogs\" class=\"tab\" hidden></div>\n";
        return tabs + SCRIPT + "</body></html>\n";
    }

    /** The field's value as the URL gave it, so the form shows the search that produced the page. */
    private static String value(Selection selection, Field f) {
        Key key = f.key() == Key.DATE && !selection.has(Key.DATE) ? Key.DATERANGE : f.key();
        return selection
                .get(key)
                .map(c -> {
                    String token = SelectionUrl.token(c);
                    int eq = token.indexOf('=');
                    String v = eq >= 0 && !f.prefix().isEmpty()
                                    || key == Key.DATE
                                    || key == Key.DATERANGE
                                    || key == Key.PROGRAM_ID
                            ? token.substring(eq + 1)
                            : token;
                    return v.replace("=slash=", "/");
                })
                .orElse("");
    }
}
