// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code demo.json} manifest: everything the loader needs besides the files themselves.
 * Written by {@link DemoUniverse}, read back by the archive's demo loader with {@link #read}.
 * Dates are fixed; the loader, not this file, extends semesters up to the present.
 *
 * @param files every data file, relative to the output directory, in write order
 * @param obslogs the Gemini observation logs (plain text, not data files), relative to the output directory
 */
public record DemoManifest(
        int formatVersion,
        int scale,
        List<Program> programs,
        List<Semester> semesters,
        List<TimeAllocation> timeAllocations,
        List<Account> accounts,
        List<Catalog> catalogs,
        List<DataFile> files,
        List<DataFile> obslogs) {

    /** 2: observation logs; 3: Gaia DR3 DataLink product tables and epoch photometry with rejected transits. */
    public static final int FORMAT_VERSION = 3;

    public static final String FILE_NAME = "demo.json";

    public DemoManifest {
        programs = List.copyOf(programs);
        semesters = List.copyOf(semesters);
        timeAllocations = List.copyOf(timeAllocations);
        accounts = List.copyOf(accounts);
        catalogs = List.copyOf(catalogs);
        files = List.copyOf(files);
        obslogs = obslogs == null ? List.of() : List.copyOf(obslogs); // absent from format 1 manifests
    }

    /**
     * A program or proposal.
     *
     * @param collection GEMINI, LCO, ESO or JWST
     * @param tags portal tags such as {@code public} or {@code private}
     * @param releaseDate when the program's data become public, for collections whose files carry
     *     no release date (ESO, JWST); null where the headers decide
     * @param metadataPrivate whether even the raw metadata stay private until release (an ESO
     *     confidential programme; docs/access.md)
     */
    public record Program(
            String id,
            String collection,
            String title,
            @JsonProperty("abstract") String abstractText,
            String piName,
            String semester,
            boolean engineering,
            boolean calibration,
            boolean scienceVerification,
            boolean active,
            List<String> tags,
            @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate releaseDate,
            boolean metadataPrivate) {
        public Program {
            tags = List.copyOf(tags);
        }
    }

    public record Semester(String id, Instant start, Instant end) {}

    /** LCO time allocation, in hours. */
    public record TimeAllocation(
            String programId,
            String semesterId,
            String telescopeClass,
            String instrumentType,
            double stdAllocation,
            double stdTimeUsed,
            double tooAllocation,
            double tooTimeUsed,
            double ippLimit,
            double ippTimeAvailable) {}

    /** A login. The password is the demo's published one; the loader hashes it. */
    public record Account(
            String username,
            String password,
            String email,
            String fullName,
            boolean staff,
            List<Membership> memberships) {
        public Account {
            memberships = List.copyOf(memberships);
        }
    }

    /** @param timeLimitSecs LCO per-member limit; -1 means unlimited */
    public record Membership(String programId, String role, double timeLimitSecs) {}

    /**
     * A catalog file.
     *
     * @param table schema-qualified target table, e.g. {@code gaiadr3.gaia_source}
     * @param raColumn null for tables without positions
     */
    public record Catalog(
            String table, String path, String raColumn, String decColumn, long rows, String description) {}

    /** @param collection GEMINI, LCO, ESO or JWST */
    public record DataFile(String path, String collection, long bytes) {}

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static DemoManifest read(Path file) {
        try {
            return mapper().readValue(file.toFile(), DemoManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo manifest " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path file) throws IOException {
        mapper().writeValue(file.toFile(), this);
    }
}
