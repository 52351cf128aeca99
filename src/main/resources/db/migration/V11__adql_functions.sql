-- SPDX-License-Identifier: Apache-2.0
-- Server-side helpers of the ADQL translation: the ivo_* user-defined functions the TAP service
-- declares (TAPRegExt / GAVO UDF catalogue) and element access for point-valued columns.

-- COORD1/COORD2 of a point column, stored as double precision[] {ra, dec}. SQL functions this
-- simple are inlined by the planner.
create or replace function adql_coord1(p double precision[]) returns double precision
    language sql immutable parallel safe as 'select p[1]';
create or replace function adql_coord2(p double precision[]) returns double precision
    language sql immutable parallel safe as 'select p[2]';

-- ivo_healpix_index(order, ra, dec): the nested HEALPix index of a position (degrees) at an order
-- 0..29. The translation uses a table's stored order-29 index instead when it can; this is for
-- other positions (uploads, computed points).
create or replace function ivo_healpix_index(hpx_order integer, ra_deg double precision, dec_deg double precision)
    returns bigint language plpgsql immutable parallel safe as $$
declare
    nside bigint;
    z double precision;
    za double precision;
    tt double precision;
    tp double precision;
    tmp double precision;
    jp bigint;
    jm bigint;
    face bigint;
    ix bigint;
    iy bigint;
    ntt bigint;
    interleaved bigint := 0;
    b integer;
begin
    if hpx_order is null or ra_deg is null or dec_deg is null then
        return null;
    end if;
    if hpx_order < 0 or hpx_order > 29 then
        raise exception 'ivo_healpix_index: order must be between 0 and 29, got %', hpx_order;
    end if;
    if dec_deg < -90 or dec_deg > 90 then
        raise exception 'ivo_healpix_index: declination % is outside [-90, 90]', dec_deg;
    end if;
    nside := 1::bigint << hpx_order;
    z := sin(radians(dec_deg));
    za := abs(z);
    -- longitude in [0, 4): quarters of the circle
    tt := (ra_deg - 360.0 * floor(ra_deg / 360.0)) / 90.0;
    if tt >= 4 then
        tt := 0;
    end if;
    if za <= 2.0 / 3.0 then
        -- equatorial zone: faces 4..7 straddle it, 0..3 and 8..11 reach into it
        jp := floor(nside * (0.5 + tt - z * 0.75));
        jm := floor(nside * (0.5 + tt + z * 0.75));
        if (jp >> hpx_order) = (jm >> hpx_order) then
            face := (jp >> hpx_order) | 4;
        elsif (jp >> hpx_order) < (jm >> hpx_order) then
            face := jp >> hpx_order;
        else
            face := (jm >> hpx_order) + 8;
        end if;
        ix := jm & (nside - 1);
        iy := nside - (jp & (nside - 1)) - 1;
    else
        -- polar caps
        ntt := least(3, floor(tt)::bigint);
        tp := tt - ntt;
        tmp := nside * sqrt(3 * (1 - za));
        jp := least(nside - 1, floor(tp * tmp)::bigint);
        jm := least(nside - 1, floor((1 - tp) * tmp)::bigint);
        if z >= 0 then
            face := ntt;
            ix := nside - jm - 1;
            iy := nside - jp - 1;
        else
            face := ntt + 8;
            ix := jp;
            iy := jm;
        end if;
    end if;
    -- nested index: face number, then the bits of ix and iy interleaved (ix on even bits)
    for b in 0 .. hpx_order - 1 loop
        interleaved := interleaved
            | (((ix >> b) & 1) << (2 * b))
            | (((iy >> b) & 1) << (2 * b + 1));
    end loop;
    return (face << (2 * hpx_order)) | interleaved;
end
$$;

-- ivo_hasword(haystack, needle): 1 when needle's words occur as words in haystack, ignoring case
-- (RegTAP's definition leaves stemming to the service; none is done here), else 0.
create or replace function ivo_hasword(haystack text, needle text) returns integer
    language sql immutable parallel safe as $$
    select case
        when haystack is null or needle is null then 0
        when to_tsvector('simple', haystack) @@ plainto_tsquery('simple', needle) then 1
        else 0
    end
$$;

-- ivo_epoch_prop(ra, dec, parallax, pmra, pmdec, radial_velocity, ref_epoch, out_epoch):
-- the six astrometric parameters propagated from ref_epoch to out_epoch (Julian years) by
-- uniform space motion, in the units of the input: degrees, mas, mas/yr (pmra including
-- cos(dec)), km/s. NULL parallax, proper motions or radial velocity count as zero for the
-- propagation and stay NULL in the result; without a parallax the radial velocity cannot be
-- turned into a radial proper motion and is passed through.
create or replace function ivo_epoch_prop(
        ra_deg double precision, dec_deg double precision, parallax double precision,
        pmra double precision, pmdec double precision, radial_velocity double precision,
        ref_epoch double precision, out_epoch double precision)
    returns double precision[] language plpgsql immutable parallel safe as $$
declare
    mas constant double precision := pi() / (180.0 * 3600.0 * 1000.0);
    au_km_s_yr constant double precision := 4.740470463533348; -- km/s for 1 au/yr
    t double precision := out_epoch - ref_epoch;
    a double precision := radians(ra_deg);
    d double precision := radians(dec_deg);
    plx double precision := coalesce(parallax, 0);
    mu_a double precision := coalesce(pmra, 0) * mas;
    mu_d double precision := coalesce(pmdec, 0) * mas;
    -- radial proper motion (rad/yr) = vr / distance
    zeta double precision := case when plx > 0 then coalesce(radial_velocity, 0) * plx * mas / au_km_s_yr else 0 end;
    p double precision[];
    q double precision[];
    r double precision[];
    mu double precision[];
    mu2 double precision;
    f double precision;
    u double precision[];
    mu_new double precision[];
    zeta_new double precision;
    a_new double precision;
    d_new double precision;
    p_new double precision[];
    q_new double precision[];
begin
    if ra_deg is null or dec_deg is null or ref_epoch is null or out_epoch is null then
        return null;
    end if;
    r := array[cos(d) * cos(a), cos(d) * sin(a), sin(d)];
    p := array[-sin(a), cos(a), 0];
    q := array[-sin(d) * cos(a), -sin(d) * sin(a), cos(d)];
    mu := array[p[1] * mu_a + q[1] * mu_d, p[2] * mu_a + q[2] * mu_d, p[3] * mu_a + q[3] * mu_d];
    mu2 := mu_a * mu_a + mu_d * mu_d;
    f := 1 / sqrt(1 + 2 * zeta * t + (mu2 + zeta * zeta) * t * t);
    u := array[(r[1] * (1 + zeta * t) + mu[1] * t) * f,
               (r[2] * (1 + zeta * t) + mu[2] * t) * f,
               (r[3] * (1 + zeta * t) + mu[3] * t) * f];
    mu_new := array[(mu[1] * (1 + zeta * t) - r[1] * mu2 * t) * f * f * f,
                    (mu[2] * (1 + zeta * t) - r[2] * mu2 * t) * f * f * f,
                    (mu[3] * (1 + zeta * t) - r[3] * mu2 * t) * f * f * f];
    zeta_new := (zeta + (mu2 + zeta * zeta) * t) * f * f;
    a_new := atan2(u[2], u[1]);
    if a_new < 0 then
        a_new := a_new + 2 * pi();
    end if;
    d_new := atan2(u[3], sqrt(u[1] * u[1] + u[2] * u[2]));
    p_new := array[-sin(a_new), cos(a_new), 0];
    q_new := array[-sin(d_new) * cos(a_new), -sin(d_new) * sin(a_new), cos(d_new)];
    return array[
        degrees(a_new),
        degrees(d_new),
        case when parallax is null then null else parallax * f end,
        case when pmra is null then null
             else (mu_new[1] * p_new[1] + mu_new[2] * p_new[2] + mu_new[3] * p_new[3]) / mas end,
        case when pmdec is null then null
             else (mu_new[1] * q_new[1] + mu_new[2] * q_new[2] + mu_new[3] * q_new[3]) / mas end,
        case when radial_velocity is null then null
             when plx > 0 then zeta_new * au_km_s_yr / (plx * f * mas)
             else radial_velocity end];
end
$$;

-- DISTANCE(geometry, point) for a stored geometry: a point {ra, dec} or a polygon's vertex list
-- (ObsCore s_region). For a polygon, the distance from the point to its nearest point: 0 inside,
-- else to the nearest edge (great-circle arc). Degrees. Uses the sky_* functions of V2.
create or replace function adql_distance(geom double precision[], ra_deg double precision,
                                         dec_deg double precision)
    returns double precision language plpgsql immutable parallel safe as $$
declare
    n integer := coalesce(array_length(geom, 1), 0) / 2;
    best double precision := 'Infinity';
    i integer;
    ax double precision; ay double precision; az double precision;
    ex double precision; ey double precision; ez double precision;
    px double precision := cos(radians(dec_deg)) * cos(radians(ra_deg));
    py double precision := cos(radians(dec_deg)) * sin(radians(ra_deg));
    pz double precision := sin(radians(dec_deg));
    nx double precision; ny double precision; nz double precision; nlen double precision;
    s double precision;
    qx double precision; qy double precision; qz double precision;
begin
    if geom is null or ra_deg is null or dec_deg is null then
        return null;
    end if;
    if n = 1 then
        return sky_distance(geom[1], geom[2], ra_deg, dec_deg);
    end if;
    if sky_in_polygon(ra_deg, dec_deg, geom) then
        return 0;
    end if;
    for i in 0 .. n - 1 loop
        best := least(best, sky_distance(geom[2 * i + 1], geom[2 * i + 2], ra_deg, dec_deg));
        ax := cos(radians(geom[2 * i + 2])) * cos(radians(geom[2 * i + 1]));
        ay := cos(radians(geom[2 * i + 2])) * sin(radians(geom[2 * i + 1]));
        az := sin(radians(geom[2 * i + 2]));
        ex := cos(radians(geom[2 * ((i + 1) % n) + 2])) * cos(radians(geom[2 * ((i + 1) % n) + 1]));
        ey := cos(radians(geom[2 * ((i + 1) % n) + 2])) * sin(radians(geom[2 * ((i + 1) % n) + 1]));
        ez := sin(radians(geom[2 * ((i + 1) % n) + 2]));
        -- pole of the edge's great circle
        nx := ay * ez - az * ey;
        ny := az * ex - ax * ez;
        nz := ax * ey - ay * ex;
        nlen := sqrt(nx * nx + ny * ny + nz * nz);
        continue when nlen = 0;
        nx := nx / nlen; ny := ny / nlen; nz := nz / nlen;
        s := px * nx + py * ny + pz * nz;
        -- foot of the perpendicular on the great circle; it counts only when it lies between A and B
        qx := px - s * nx; qy := py - s * ny; qz := pz - s * nz;
        if ((ay * qz - az * qy) * nx + (az * qx - ax * qz) * ny + (ax * qy - ay * qx) * nz) >= 0
           and ((qy * ez - qz * ey) * nx + (qz * ex - qx * ez) * ny + (qx * ey - qy * ex) * nz) >= 0 then
            best := least(best, degrees(asin(least(1, abs(s)))));
        end if;
    end loop;
    return best;
end
$$;

-- CONTAINS(geometry, CIRCLE) for a point or polygon: every vertex lies in the circle. A circle of
-- radius up to 90 degrees is convex, so it then holds the great-circle edges and the interior too.
create or replace function adql_in_circle(geom double precision[], ra_deg double precision,
                                          dec_deg double precision, radius double precision)
    returns boolean language plpgsql immutable parallel safe as $$
declare
    i integer;
begin
    if geom is null or ra_deg is null or dec_deg is null or radius is null then
        return null;
    end if;
    if radius > 90 then
        raise exception 'CONTAINS(polygon, CIRCLE) supports radii up to 90 degrees, got %', radius;
    end if;
    for i in 0 .. coalesce(array_length(geom, 1), 0) / 2 - 1 loop
        if sky_distance(geom[2 * i + 1], geom[2 * i + 2], ra_deg, dec_deg) > radius then
            return false;
        end if;
    end loop;
    return true;
end
$$;
