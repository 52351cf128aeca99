// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.output.ResultFormat;
import org.meridian.web.fetch.FetchException;
import org.meridian.web.fetch.FetchLimits;
import org.meridian.web.fetch.FetchPolicy;
import org.meridian.web.fetch.GuardedFetcher;

class TapRequestTest {

    /** URL uploads from example.org only; nothing is fetched (parsing never connects). */
    private static final UploadUrls EXAMPLE_ORG =
            new UploadUrls(new GuardedFetcher(FetchPolicy.of(List.of("example.org")), FetchLimits.UPLOADS), null, null);

    private static TapQuery parse(Map<String, String> params) throws TapException {
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> lists.put(k, List.of(v)));
        return TapRequest.parse(DaliParams.of(lists), Caller.ANONYMOUS, EXAMPLE_ORG);
    }

    @Test
    void namesAreCaseInsensitiveAndRequestIsOptional() throws TapException {
        TapQuery q = parse(Map.of("lang", "adql-2.1", "query", "SELECT 1", "maxrec", "5", "responseformat", "csv"));
        assertThat(q.adql()).isEqualTo("SELECT 1");
        assertThat(q.maxrec()).isEqualTo(5L);
        assertThat(q.format()).isEqualTo(ResultFormat.CSV);
        assertThat(q.uploads()).isEmpty();
    }

    @Test
    void responseformatWinsOverFormat() throws TapException {
        TapQuery q = parse(Map.of("LANG", "ADQL", "QUERY", "SELECT 1", "FORMAT", "csv", "RESPONSEFORMAT", "fits"));
        assertThat(q.format()).isEqualTo(ResultFormat.FITS);
    }

    @Test
    void mistakesAreBadRequestsSayingWhatIsWrong() {
        assertThatThrownBy(() -> parse(Map.of("QUERY", "SELECT 1")))
                .isInstanceOf(TapException.class)
                .hasMessageContaining("LANG");
        assertThatThrownBy(() -> parse(Map.of("LANG", "PQL", "QUERY", "SELECT 1")))
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "REQUEST", "getCapabilities", "QUERY", "x")))
                .hasMessageContaining("doQuery");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "SELECT 1", "MAXREC", "-1")))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "SELECT 1", "MAXREC", "ten")))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "SELECT 1", "FORMAT", "doc")))
                .hasMessageContaining("unknown output format");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", " "))).hasMessageContaining("QUERY is missing");
    }

    @Test
    void uploadsNameInlinePartsOrUrls() throws TapException {
        TapQuery q = parse(Map.of(
                "LANG",
                "ADQL",
                "QUERY",
                "SELECT 1",
                "UPLOAD",
                "a,param:p1;b,http://example.org/t.vot",
                "p1",
                "x,y\n1,2"));
        assertThat(q.uploads()).extracting(u -> u.name()).containsExactly("a", "b");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "q", "UPLOAD", "a,param:missing")))
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "q", "UPLOAD", "a,file:///etc/passwd")))
                .hasMessageContaining("param:");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "q", "UPLOAD", "1bad,param:p", "p", "x")))
                .hasMessageContaining("identifier");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "q", "UPLOAD", "nocomma")))
                .hasMessageContaining("UPLOAD");
        assertThatThrownBy(() -> parse(Map.of("LANG", "ADQL", "QUERY", "q", "UPLOAD", "a,http://127.0.0.1:5432/")))
                .hasMessageContaining(FetchException.REFUSED);
    }
}
