// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.dialect.eso.calselector.CalSelector;
import org.meridian.vo.dali.DaliParams;

/**
 * {@code /calselector/associations} (docs/url-map.md, "ESO"): the calibrations of raw frames as
 * DataLink rows with semantics {@code #calibration}, one per calibration file, in ESO calSelector's
 * two modes: {@code mode=Raw2Raw} (the default) the raw calibrations, and with {@code cascade=true}
 * also the raw calibrations those need (a flat's biases); {@code mode=Raw2Master} the processed
 * master calibrations. A calibration the caller sees listed but may not read is a {@code
 * NotAuthorizedFault} row without its URL; one it may not list is absent (docs/access.md).
 */
public final class CalibrationLinks implements LinkSource {

    static final String PATH = "/calselector/associations";

    private final Datasets datasets;
    private final CalSelector selector;

    public CalibrationLinks(Datasets datasets, CalSelector selector) {
        this.datasets = datasets;
        this.selector = selector;
    }

    /** The {@code #calibration} rows DataLink gives a raw science frame: one per mode, each a DataLink document. */
    static List<Link> offered(String id, String base) {
        String raw = "raw calibrations to reduce this frame (add cascade=true for the calibrations they need)";
        String masters = "processed master calibrations to reduce this frame";
        return List.of(
                offer(id, base, CalSelector.Mode.RAW2RAW, raw), offer(id, base, CalSelector.Mode.RAW2MASTER, masters));
    }

    private static Link offer(String id, String base, CalSelector.Mode mode, String what) {
        String url = base + PATH + "?ID=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&mode=" + mode.wireName();
        return new Link(
                id, url, null, null, "#calibration", what, DatalinkVotable.MIME, null, null, null, "false", true);
    }

    @Override
    public String problem(DaliParams params) {
        String mode = params.first("mode");
        if (mode != null && CalSelector.Mode.of(mode).isEmpty()) {
            return "mode " + mode + " is not known; use Raw2Raw or Raw2Master";
        }
        String cascade = params.first("cascade");
        if (cascade != null && cascade(cascade) == null) {
            return "cascade must be true or false, got " + cascade;
        }
        return null;
    }

    @Override
    public DatasetLinks.Answer of(Caller caller, String id, DaliParams params, String base, int index)
            throws SQLException {
        Optional<String> dpId = EsoIds.dpId(id);
        if (dpId.isEmpty()) {
            return DatasetLinks.Answer.error(id, DatasetLinks.NOT_AN_ID);
        }
        Optional<StoredFile> found = datasets.listed(caller, dpId.get());
        if (found.isEmpty()) {
            return DatasetLinks.Answer.error(id, "NotFoundFault: no such dataset: " + id);
        }
        CalSelector.Mode mode = Optional.ofNullable(params.first("mode"))
                .flatMap(CalSelector.Mode::of)
                .orElse(CalSelector.Mode.RAW2RAW);
        boolean cascade = Boolean.TRUE.equals(cascade(params.first("cascade")));
        ArchiveFiles files = datasets.files();
        List<Link> links = new ArrayList<>();
        for (CalSelector.Selected s : selector.select(caller, found.get(), mode, cascade)) {
            Optional<StoredFile> file = files.canonical(s.fileName());
            if (file.isPresent()) {
                String what = (s.master() ? "master " : "raw ") + s.kind() + " (" + s.type() + ") for "
                        + EsoIds.ofFileName(s.forFileName());
                StoredFile f = file.get();
                links.add(DatasetLinks.fileLink(
                        id, f, "#calibration", what, files.mayRead(caller, f), files.released(f), base));
            }
        }
        return new DatasetLinks.Answer(links, List.of());
    }

    /** true, false, or null for anything else (absent counts as false). */
    private static Boolean cascade(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> null;
        };
    }
}
