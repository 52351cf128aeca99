// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.dialect.gemini.json.PythonJson;

/**
 * The calibration manager's JSON ({@code /jsoncalmgr}): per dataset its label, filename, md5 and
 * {@code cal_info}, each type with its error flag and calibrations, keyed as FitsStorage's
 * {@code calmgr.py} keys them and laid out as its {@code json.dumps(indent=4)}.
 */
final class CalmgrJson {

    static final String CONTENT_TYPE = "application/json";

    private CalmgrJson() {}

    static String render(List<CalmgrResult> datasets) {
        List<Map<String, Object>> out =
                datasets.stream().map(CalmgrJson::dataset).toList();
        StringWriter w = new StringWriter();
        try {
            new PythonJson(w, 4).write(out, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static Map<String, Object> dataset(CalmgrResult r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("label", r.label());
        entry.put("filename", r.filename());
        entry.put("md5", r.md5());
        entry.put("cal_info", r.calInfo().stream().map(CalmgrJson::type).toList());
        return entry;
    }

    private static Map<String, Object> type(CalmgrResult.TypeResult t) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("error", t.error());
        one.put("type", t.type());
        one.put(
                "cals",
                t.cals() == null ? null : t.cals().stream().map(CalmgrJson::cal).toList());
        return one;
    }

    private static Map<String, Object> cal(CalmgrResult.Cal c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", c.label());
        m.put("name", c.name());
        m.put("md5", c.md5());
        m.put("url", c.url());
        return m;
    }
}
