// SPDX-License-Identifier: Apache-2.0
package org.meridian.bench;

import java.util.List;

/** The set-based SQL of {@link ArchiveInflater}: every bench row comes from one generate_series. */
final class BenchSql {

    private BenchSql() {}

    /** Bench programs are recognised by title; their observations, files and versions go with them. */
    static final List<String> CLEAN = List.of(
            "delete from observation where program_id in (select id from program where title like 'Bench %')",
            "delete from program where title like 'Bench %'");

    /** 2,000 LCO proposals over 20 semesters and 3,000 JWST programs (numbered 80001..83000). */
    static final List<String> PROGRAMS = List.of(
            "insert into program (id, collection, title, pi_name, semester)"
                    + " select 'LCO' || (2016 + g % 10) || (array['A','B'])[1 + g % 2] || '-B' || lpad(g::text, 4, '0'),"
                    + " 'LCO', 'Bench proposal ' || g, 'Bench PI ' || (g % 400),"
                    + " (2016 + g % 10) || (array['A','B'])[1 + g % 2] from generate_series(1, 2000) g",
            "insert into program (id, collection, title, pi_name)"
                    + " select (80000 + g)::text, 'JWST', 'Bench program ' || g, 'Bench PI ' || (g % 600)"
                    + " from generate_series(1, 3000) g");

    /**
     * The columns every bench observation shares: a centre uniform on the sphere, a square footprint of
     * half-side {@code half} (great-circle edges; RA widened by 1/cos dec), its bounding circle (the
     * farther of the two corner distances, which bounds the convex polygon) and the order-29 HEALPix
     * index of the centre, computed by the V11 SQL function.
     */
    private static String positions(long n, String extra) {
        return "with b as (select g, random() * 360 as ra,"
                + " greatest(-89, least(89, degrees(asin(2 * random() - 1)))) as dec,"
                + " 0.05 + 0.2 * random() as half,"
                + " now() - random() * interval '3650 days' as start,"
                + " random() < 0.2 as public_now, "
                + extra
                + " from generate_series(1, " + n + ") g),"
                + " c as (select b.*, b.half / cos(radians(b.dec)) as dra, ivo_healpix_index(29, b.ra, b.dec) as hpx"
                + " from b),"
                + " d as (select c.*,"
                + " array[pg_temp.m(ra + dra), dec - half, pg_temp.m(ra + dra), dec + half,"
                + " pg_temp.m(ra - dra), dec + half, pg_temp.m(ra - dra), dec - half]"
                + " as footprint,"
                + " greatest(sky_distance(ra, dec, ra + dra, dec + half), sky_distance(ra, dec, ra + dra, dec - half))"
                + " * 1.000001 as radius from c) ";
    }

    /** RA into [0, 360). */
    private static final String MOD360 = "create or replace function pg_temp.m(x double precision)"
            + " returns double precision language sql immutable as $$ select x - 360 * floor(x / 360) $$";

    static List<String> frames(long n) {
        String extra = "1 + floor(2000 * power(random(), 2))::int as prop, floor(random() * 6)::int as tel,"
                + " floor(random() * 8)::int as filt, (array[2, 15, 30, 60, 120, 300])[1 + floor(random() * 6)::int]"
                + " as exptime";
        String site = "(array['cpt','lsc','elp','coj','ogg','tfn'])[1 + tel]";
        String scope = "(array['1m0a','1m0a','1m0a','2m0a','2m0a','0m4a'])[1 + tel]";
        String code = "(array['1m010','1m005','1m008','2m002','2m001','0m414'])[1 + tel]";
        String inst = "(array['fa16','fa15','fa05','fs01','fs02','kb29'])[1 + tel]";
        return List.of(
                "select setseed(0.42)",
                MOD360,
                positions(n, extra)
                        + "insert into observation (collection, obs_key, program_id, observation_id, request_id,"
                        + " telescope, instrument, site_id, telescope_id, ut_start, ut_end, exposure_time,"
                        + " observation_day, object, ra, dec, hpx, footprint, fp_ra, fp_dec, fp_radius, fp_hpx,"
                        + " filter_name, observation_type, reduction_level, detector_binning, naxis1, naxis2, release)"
                        + " select 'LCO', " + site + " || " + code + " || '-' || " + inst
                        + " || '-' || to_char(start, 'YYYYMMDD') || '-' || lpad(g::text, 7, '0') || '-e91',"
                        + " 'LCO' || (2016 + prop % 10) || (array['A','B'])[1 + prop % 2] || '-B' || lpad(prop::text, 4, '0'),"
                        + " (1000000 + g / 3)::text, 3000000 + g / 5, " + scope + " || '-' || " + site + ", " + inst
                        + ", " + site + ", " + scope + ", start, start + exptime * interval '1 second', exptime,"
                        + " (start - interval '12 hours')::date, 'FIELD-' || (g % 50000), ra, dec, hpx, footprint,"
                        + " ra, dec, radius, hpx, (array['rp','gp','ip','zs','V','B','air','up'])[1 + filt],"
                        + " 'EXPOSE', 91, '1x1', 4096, 4096,"
                        + " case when public_now then start else start + interval '1 year' end from d");
    }

    static List<String> observations(long n) {
        String extra = "1 + floor(3000 * power(random(), 2))::int as prog, floor(random() * 4)::int as ins,"
                + " floor(random() * 4)::int as k";
        String filter = "(array['F090W','F150W','F200W','F277W','F115W','F150W','F200W','F380M',"
                + "'F560W','F770W','F1000W','F1500W','CLEAR','F070LP','F100LP','F170LP'])[1 + 4 * ins + k]";
        String micron = "(array[0.9,1.5,2.0,2.77,1.15,1.5,2.0,3.8,5.6,7.7,10.0,15.0,1.0,1.0,1.4,2.2])[1 + 4 * ins + k]";
        return List.of(
                "select setseed(0.43)",
                MOD360,
                positions(n, extra)
                        + "insert into observation (collection, obs_key, program_id, observation_id, telescope,"
                        + " instrument, ut_start, ut_end, exposure_time, observation_day, object, ra, dec, hpx,"
                        + " footprint, fp_ra, fp_dec, fp_radius, fp_hpx, filter_name, em_min, em_max, spectroscopy,"
                        + " observation_type, reduction, reduction_level, naxis1, naxis2, release)"
                        + " select 'JWST', 'jw' || (80000 + prog) || lpad((g % 1000)::text, 3, '0') || '001_'"
                        + " || lpad(g::text, 8, '0') || '_' || lower((array['nrcalong','nis','mirimage','nrs1'])[1 + ins]),"
                        + " (80000 + prog)::text, 'jw' || (80000 + prog) || '_' || lpad((g / 20)::text, 6, '0'), 'JWST',"
                        + " (array['NIRCAM','NIRISS','MIRI','NIRSPEC'])[1 + ins], start,"
                        + " start + interval '10 minutes', 600, start::date, 'TARGET-' || (g % 80000), ra, dec, hpx,"
                        + " footprint, ra, dec, radius, hpx, " + filter + ", " + micron + " * 0.9e-6, " + micron
                        + " * 1.1e-6, ins = 3, (array['NRC_IMAGE','NIS_IMAGE','MIR_IMAGE','NRS_MSASPEC'])[1 + ins],"
                        + " 'CAL', 91, 2048, 2048,"
                        + " case when public_now then null else start + interval '1 year' end from d");
    }

    static final List<String> FILES = List.of("insert into file (name, observation_id, product_type, calib_level)"
            + " select o.obs_key || case when o.collection = 'LCO' then '.fits.fz' else '_cal.fits' end, o.id,"
            + " 'SCIENCE', case when o.collection = 'LCO' then 2 else 3 end from observation o"
            + " join program p on p.id = o.program_id where p.title like 'Bench %'");

    /** One version per bench file, borrowing the bytes of a real science file of its collection. */
    static final List<String> VERSIONS = List.of("with t as (select distinct on (o.collection) o.collection,"
            + " v.storage_key, v.compressed, v.file_size, v.data_size, v.file_md5, v.data_md5"
            + " from file_version v join file f on f.id = v.file_id join observation o on o.id = f.observation_id"
            + " join program p on p.id = o.program_id where p.title not like 'Bench %' and f.product_type = 'SCIENCE'"
            + " and v.present and v.canonical order by o.collection, v.id)"
            + " insert into file_version (file_id, filename, storage_key, compressed, file_size, data_size,"
            + " file_md5, data_md5, lastmod)"
            + " select f.id, f.name, coalesce(t.storage_key, 'bench/' || f.name), t.compressed,"
            + " coalesce(t.file_size, 0), coalesce(t.data_size, 0), coalesce(t.file_md5, md5(f.name)),"
            + " coalesce(t.data_md5, md5(f.name)), o.ut_end from file f join observation o on o.id = f.observation_id"
            + " join program p on p.id = o.program_id left join t on t.collection = o.collection"
            + " where p.title like 'Bench %'");
}
