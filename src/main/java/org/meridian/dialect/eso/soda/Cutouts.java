// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.FitsException;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.dialect.eso.datalink.Datasets;
import org.meridian.dialect.eso.fits.StoredCards;
import org.meridian.vo.dali.DaliParams;

/**
 * One SODA cutout, for the sync endpoint and for async jobs alike: the request checked against the
 * dataset's stored header cards (so a region that misses the data is refused before a byte is
 * read) with the caller's rights, then the cut streamed from the bytes {@link ArchiveFiles} gives.
 */
public final class Cutouts {

    /** What a request comes to. */
    public sealed interface Plan {}

    /** A cut the caller may have. */
    public record Ready(StoredFile file, Cut cut) implements Plan {

        /** The cutout's file name, for Content-Disposition. */
        public String fileName() {
            return EsoIds.ofFileName(file.name()).replace("\"", "") + "_cutout.fits";
        }
    }

    /** A request SODA refuses (UsageFault, NoOverlap, NotFoundFault), with its status. */
    public record Refused(SodaFault fault) implements Plan {}

    /** A dataset the caller sees listed but may not read. */
    public record NotAuthorized(String dpId) implements Plan {}

    private final Datasets datasets;

    public Cutouts(Datasets datasets) {
        this.datasets = datasets;
    }

    public Plan plan(Caller caller, DaliParams params) throws SQLException {
        try {
            SodaParams.Request request = SodaParams.read(params);
            Optional<String> dpId = EsoIds.dpId(request.id());
            if (dpId.isEmpty()) {
                throw SodaFault.usage("ID is not an ESO dataset identifier (" + EsoIds.PREFIX + "<dp_id>)");
            }
            Optional<StoredFile> found = datasets.listed(caller, dpId.get());
            if (found.isEmpty()) {
                throw SodaFault.notFound("no such dataset: " + request.id());
            }
            StoredFile file = found.get();
            if (!datasets.files().mayRead(caller, file)) {
                return new NotAuthorized(dpId.get());
            }
            if ("fpack".equals(file.compression())) {
                throw SodaFault.usage("cutouts of tile-compressed files are not supported yet");
            }
            Optional<SodaFault> refusal =
                    FitsCutout.refusal(FitsCutout.plan(stored(file), request.cut()), request.cut());
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            return new Ready(file, request.cut());
        } catch (SodaFault e) {
            return new Refused(e);
        }
    }

    /** Streams the cut; the caller is asked again by {@link ArchiveFiles} as the bytes are opened. */
    public void write(Caller caller, Ready ready, OutputStream out) throws IOException, FitsException {
        try (InputStream in = datasets.files().openData(caller, ready.file())) {
            FitsCutout.write(in, ready.cut(), out);
        }
    }

    private List<StoredCards> stored(StoredFile file) throws SQLException {
        List<StoredCards> hdus = new ArrayList<>();
        for (JsonNode hdu : datasets.headers(file)) {
            hdus.add(new StoredCards(hdu));
        }
        return hdus;
    }
}
