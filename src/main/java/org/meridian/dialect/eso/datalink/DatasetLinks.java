// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.dialect.eso.StoredTypes;
import org.meridian.dialect.eso.calselector.CalSelector;
import org.meridian.vo.dali.DaliParams;

/**
 * The links of one identifier (DataLink 1.1 section 3.2): the dataset ({@code #this}), the other
 * files of its observation ({@code #auxiliary}), what it was made from ({@code #progenitor}) and what
 * was made from it ({@code #derivation}), for a raw science frame the calibration selection in both
 * modes ({@code #calibration}, see {@link CalibrationLinks}), and a SODA cutout descriptor for an
 * image or cube.
 *
 * <p>Every file is asked of {@link ArchiveFiles}: one the caller may not see listed is left out (an
 * unknown identifier and a hidden one answer alike, so a denial never confirms a hidden dataset),
 * and one it sees listed but may not read gets a {@code NotAuthorizedFault} row instead of a URL
 * (docs/access.md).
 */
public final class DatasetLinks implements LinkSource {

    /** What every answer holds: the rows, and the descriptors their service_def names. */
    public record Answer(List<Link> links, List<SodaDescriptor> descriptors) {

        /** The one row of an identifier that gave no links. */
        static Answer error(String id, String message) {
            return new Answer(List.of(Link.error(id, "#this", message)), List.of());
        }
    }

    static final String NOT_AN_ID = "UsageFault: not an ESO dataset identifier (" + EsoIds.PREFIX + "<dp_id>)";

    private final Datasets datasets;
    private final CalSelector calibrations;

    public DatasetLinks(Datasets datasets, CalSelector calibrations) {
        this.datasets = datasets;
        this.calibrations = calibrations;
    }

    @Override
    public Answer of(Caller caller, String id, DaliParams params, String base, int index) throws SQLException {
        Optional<String> dpId = EsoIds.dpId(id);
        if (dpId.isEmpty()) {
            return Answer.error(id, NOT_AN_ID);
        }
        Optional<StoredFile> found = datasets.listed(caller, dpId.get());
        if (found.isEmpty()) {
            return Answer.error(id, "NotFoundFault: no such dataset: " + id);
        }
        StoredFile file = found.get();
        ArchiveFiles files = datasets.files();
        List<Link> links = new ArrayList<>();
        List<SodaDescriptor> descriptors = new ArrayList<>();
        boolean readable = files.mayRead(caller, file);
        links.add(fileLink(id, file, "#this", "the dataset itself", readable, files.released(file), base));
        for (String name : datasets.auxiliary(file)) {
            related(caller, id, name, "#auxiliary", "ancillary file of the same observation", base)
                    .ifPresent(links::add);
        }
        for (String name : datasets.progenitors(file)) {
            related(caller, id, name, "#progenitor", "a file this dataset was made from", base)
                    .ifPresent(links::add);
        }
        for (String name : datasets.derivations(file)) {
            related(caller, id, name, "#derivation", "a product made from this dataset", base)
                    .ifPresent(links::add);
        }
        if (calibrations.appliesToScience(file)) {
            links.addAll(CalibrationLinks.offered(id, base));
        }
        if (readable) {
            Optional<CutoutRanges> ranges = CutoutRanges.of(datasets.headers(file));
            if (ranges.isPresent()) {
                String what = "SODA cutout of this dataset (positional"
                        + (ranges.get().band().isPresent() ? " and spectral)" : ")");
                String auth = files.released(file) ? "false" : "true";
                for (String standard : List.of(SodaDescriptor.SYNC, SodaDescriptor.ASYNC)) {
                    boolean async = standard.equals(SodaDescriptor.ASYNC);
                    String resourceId = (async ? "soda_async_" : "soda_") + index;
                    String url = base + (async ? "/soda/async" : "/soda/sync");
                    descriptors.add(new SodaDescriptor(resourceId, standard, id, url, ranges.get()));
                    links.add(new Link(
                            id,
                            null,
                            resourceId,
                            null,
                            "#cutout",
                            async ? what + ", as an asynchronous UWS job" : what,
                            "application/fits",
                            null,
                            null,
                            null,
                            auth,
                            true));
                }
            }
        }
        return new Answer(links, descriptors);
    }

    private Optional<Link> related(Caller caller, String id, String name, String semantics, String what, String base)
            throws SQLException {
        Optional<StoredFile> file = datasets.listed(caller, EsoIds.ofFileName(name));
        ArchiveFiles files = datasets.files();
        return file.map(f -> fileLink(id, f, semantics, what, files.mayRead(caller, f), files.released(f), base));
    }

    /** A file's row: its download URL, or a NotAuthorizedFault when the caller may not read it. */
    static Link fileLink(
            String id,
            StoredFile file,
            String semantics,
            String what,
            boolean readable,
            boolean released,
            String base) {
        String dpId = EsoIds.ofFileName(file.name());
        if (!readable) {
            return new Link(
                    id,
                    null,
                    null,
                    "NotAuthorizedFault: " + dpId + " is proprietary; log in as an entitled user",
                    semantics,
                    what + ": " + dpId,
                    null,
                    null,
                    null,
                    null,
                    "true",
                    false);
        }
        return new Link(
                id,
                base + "/dataportal_new/file/" + pathSegment(dpId),
                null,
                null,
                semantics,
                what + ": " + dpId,
                StoredTypes.of(file),
                file.fileSize(),
                null,
                null,
                released ? "false" : "true",
                true);
    }

    /** A dp_id as a URL path segment: ESO's colons stay as they are (RFC 3986 allows them there). */
    static String pathSegment(String dpId) {
        return URLEncoder.encode(dpId, StandardCharsets.UTF_8)
                .replace("%3A", ":")
                .replace("+", "%20");
    }
}
