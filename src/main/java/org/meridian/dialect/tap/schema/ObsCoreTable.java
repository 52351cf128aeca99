// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import static org.meridian.dialect.tap.schema.TapColumn.std;

import java.util.List;

/** ivoa.ObsCore (ObsCore 1.1 table 6, with its standard UCDs, utypes and units) plus ESO's last_mod_date. */
public final class ObsCoreTable {

    private ObsCoreTable() {}

    private static final String U = "obscore:";

    public static TapTable table() {
        List<TapColumn> columns = List.of(
                std("dataproduct_type", "char", "*", null, null, "meta.code.class", U + "ObsDataset.dataProductType",
                        "Data product type (image, spectrum, ...)"),
                std("calib_level", "int", null, null, null, "meta.code;obs.calib", U + "ObsDataset.calibLevel",
                        "Calibration level (0 raw ... 3 enhanced)"),
                std("obs_collection", "char", "*", null, null, "meta.id", U + "DataID.Collection",
                        "Data collection the product belongs to"),
                std("obs_id", "char", "*", null, null, "meta.id", U + "DataID.observationID",
                        "Observation identifier"),
                std("obs_publisher_did", "char", "*", null, null, "meta.ref.ivoid", U + "Curation.PublisherDID",
                        "Publisher's identifier of the dataset"),
                std("access_url", "char", "*", null, null, "meta.ref.url", U + "Access.Reference",
                        "URL of the data file"),
                std("access_format", "char", "*", null, null, "meta.code.mime", U + "Access.Format",
                        "MIME type of the data file"),
                std("access_estsize", "long", null, null, "kbyte", "phys.size;meta.file", U + "Access.Size",
                        "Estimated size of the data file"),
                std("target_name", "char", "*", null, null, "meta.id;src", U + "Target.Name",
                        "Name of the observed target"),
                std("s_ra", "double", null, null, "deg", "pos.eq.ra",
                        U + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1",
                        "Right ascension of the centre (ICRS)").indexedColumn(),
                std("s_dec", "double", null, null, "deg", "pos.eq.dec",
                        U + "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2",
                        "Declination of the centre (ICRS)").indexedColumn(),
                std("s_fov", "double", null, null, "deg", "phys.angSize;instr.fov",
                        U + "Char.SpatialAxis.Coverage.Bounds.Extent.diameter", "Diameter of the covered region"),
                std("s_region", "double", "*", "polygon", "deg", "pos.outline;obs.field",
                        U + "Char.SpatialAxis.Coverage.Support.Area", "Footprint polygon (ICRS)"),
                std("s_resolution", "double", null, null, "arcsec", "pos.angResolution",
                        U + "Char.SpatialAxis.Resolution.Refval.value", "Spatial resolution"),
                std("s_xel1", "long", null, null, null, "meta.number", U + "Char.SpatialAxis.numBins1",
                        "Number of pixels along the first axis"),
                std("s_xel2", "long", null, null, null, "meta.number", U + "Char.SpatialAxis.numBins2",
                        "Number of pixels along the second axis"),
                std("t_min", "double", null, null, "d", "time.start;obs.exposure",
                        U + "Char.TimeAxis.Coverage.Bounds.Limits.StartTime", "Start time (MJD)").indexedColumn(),
                std("t_max", "double", null, null, "d", "time.end;obs.exposure",
                        U + "Char.TimeAxis.Coverage.Bounds.Limits.StopTime", "Stop time (MJD)"),
                std("t_exptime", "double", null, null, "s", "time.duration;obs.exposure",
                        U + "Char.TimeAxis.Coverage.Support.Extent", "Exposure time"),
                std("t_resolution", "double", null, null, "s", "time.resolution",
                        U + "Char.TimeAxis.Resolution.Refval.value", "Temporal resolution"),
                std("t_xel", "long", null, null, null, "meta.number", U + "Char.TimeAxis.numBins",
                        "Number of time samples"),
                std("em_min", "double", null, null, "m", "em.wl;stat.min",
                        U + "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit", "Minimum wavelength"),
                std("em_max", "double", null, null, "m", "em.wl;stat.max",
                        U + "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit", "Maximum wavelength"),
                std("em_res_power", "double", null, null, null, "spect.resolution",
                        U + "Char.SpectralAxis.Resolution.ResolPower.refVal", "Spectral resolving power"),
                std("em_xel", "long", null, null, null, "meta.number", U + "Char.SpectralAxis.numBins",
                        "Number of spectral samples"),
                std("o_ucd", "char", "*", null, null, "meta.ucd", U + "Char.ObservableAxis.ucd",
                        "UCD of the observable"),
                std("pol_states", "char", "*", null, null, "meta.code;phys.polarization",
                        U + "Char.PolarizationAxis.stateList", "Polarization states"),
                std("pol_xel", "long", null, null, null, "meta.number", U + "Char.PolarizationAxis.numBins",
                        "Number of polarization samples"),
                std("facility_name", "char", "*", null, null, "meta.id;instr.tel", U + "Provenance.ObsConfig.Facility.name",
                        "Telescope or facility"),
                std("instrument_name", "char", "*", null, null, "meta.id;instr", U + "Provenance.ObsConfig.Instrument.name",
                        "Instrument"),
                std("proposal_id", "char", "*", null, null, "meta.id;obs.proposal", U + "Provenance.Proposal.identifier",
                        "Program (proposal) identifier"),
                new TapColumn("last_mod_date", "char", "*", "timestamp", null, "time.processing", null,
                        "Last modification of the metadata (ESO)", true, false, false));
        return new TapTable("ivoa", "ivoa.ObsCore", "view", "ivo://ivoa.net/std/ObsCore#core-1.1",
                "Observations of every collection as ObsCore 1.1 (rows filtered by the caller's access rights)",
                columns, new TapTable.AccessFiltered("ivoa.obscore_all"));
    }
}
