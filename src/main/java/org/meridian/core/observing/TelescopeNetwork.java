// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sites, telescopes and instrument types requests are checked against. The built-in network is
 * {@code observing/network.json} on the class path; a deployment passes its own file to {@link #load(Path)}.
 */
public record TelescopeNetwork(List<String> telescopeClasses, List<InstrumentType> instrumentTypes, List<Site> sites) {

    public static final String RESOURCE = "/observing/network.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public TelescopeNetwork {
        telescopeClasses = List.copyOf(telescopeClasses);
        instrumentTypes = List.copyOf(instrumentTypes);
        sites = List.copyOf(sites);
    }

    public static TelescopeNetwork builtIn() {
        try (InputStream in = TelescopeNetwork.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the class path has no " + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TelescopeNetwork load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read telescope network " + file, e);
        }
    }

    public static TelescopeNetwork read(InputStream in, String origin) throws IOException {
        try {
            return JSON.readValue(in, TelescopeNetwork.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("bad telescope network " + origin + ": " + e.getOriginalMessage(), e);
        }
    }

    public Optional<Site> site(String code) {
        return sites.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<InstrumentType> instrument(String code) {
        String wanted = code.toUpperCase(Locale.ROOT);
        return instrumentTypes.stream().filter(i -> i.code().equals(wanted)).findFirst();
    }

    public InstrumentType requireInstrument(String code) {
        return instrument(code).orElseThrow(() -> new IllegalArgumentException("Invalid instrument name " + code));
    }
}
