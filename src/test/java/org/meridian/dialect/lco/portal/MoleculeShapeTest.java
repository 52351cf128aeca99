// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.requests.Configuration;
import org.meridian.core.observing.requests.TargetSpec;

/** Valhalla's molecule through the model and back (the mapping V31 applied to stored molecules too). */
class MoleculeShapeTest {
    private static final TargetSpec TARGET = new TargetSpec.Icrs("m31", 10.68, 41.27, Map.of());

    @Test
    void aCleanedMoleculeComesBackWithEveryField() throws Exception {
        JsonNode molecule = PortalFixture.JSON.readTree("""
                {"type":"SPECTRUM","instrument_name":"2M0-FLOYDS-SCICAM","filter":"","exposure_time":900.0,
                 "exposure_count":1,"bin_x":1,"bin_y":1,"ag_mode":"ON","ag_name":"","ag_exp_time":10.0,
                 "acquire_mode":"WCS","acquire_radius_arcsec":0.0,"acquire_exp_time":12.5,
                 "spectra_slit":"slit_1.6as","readout_mode":"","defocus":0.0,"args":"","priority":1}""");
        Configuration k = MoleculeShape.configuration(molecule, TARGET, Constraints.defaults());

        assertThat(k.acquisition().mode()).isEqualTo("WCS");
        assertThat(k.acquisition().exposureTime()).isEqualTo(12.5);
        assertThat(k.guiding().mode()).isEqualTo("ON");
        assertThat(k.instrumentConfigs().get(0).opticalElements()).isEqualTo(Map.of("slit", "slit_1.6as"));
        assertThat(k.instrumentConfigs().get(0).moleculeFields())
                .containsKeys("ag_name", "ag_exp_time", "acquire_radius_arcsec", "readout_mode", "args")
                .doesNotContainKeys("type", "filter", "spectra_slit", "exposure_time", "priority");
        List<ObjectNode> back = new ArrayList<>();
        MoleculeShape.molecules(k, back);
        assertThat(back).containsExactly((ObjectNode) molecule);

        Molecule counted = k.molecules().get(0);
        assertThat(counted.filter()).isEqualTo("slit_1.6as");
        assertThat(counted.acquireMode()).isEqualTo(Molecule.AcquireMode.WCS);
        assertThat(counted.acquireExpTime()).isEqualTo(12.5);
    }
}
