-- Spherical predicates for region queries, in plain SQL and PL/pgSQL so that they run on any
-- PostgreSQL without extensions. They mirror org.meridian.sky.Spherical / SphericalPolygon: angles in
-- degrees, polygons as flat arrays ra1,dec1,ra2,dec2,... (closed implicitly; a repeated first vertex
-- is ignored) with great-circle edges, inside = the smaller region, which must fit in a hemisphere.
-- Polygon functions return NULL (not an error) for an unusable polygon, so one bad footprint cannot
-- abort a whole query.

-- Haversine distance. LANGUAGE sql and a single expression so the planner inlines it into queries.
create or replace function sky_distance(ra1 double precision, dec1 double precision,
                                        ra2 double precision, dec2 double precision)
returns double precision
language sql immutable parallel safe
as $$
    select 2 * degrees(asin(least(1.0::double precision, sqrt(
        power(sin(radians(dec2 - dec1) / 2), 2)
        + cos(radians(dec1)) * cos(radians(dec2)) * power(sin(radians(ra2 - ra1) / 2), 2)))))
$$;

-- Unit vectors x1,y1,z1,x2,... of a polygon's vertices; NULL if it has under 3 distinct vertices,
-- an odd number of coordinates, a coordinate out of range, or an edge between equal or antipodal points.
create or replace function sky__polygon_vectors(poly double precision[])
returns double precision[]
language plpgsql immutable parallel safe
as $$
declare
    m int := coalesce(array_length(poly, 1), 0);
    n int;
    v double precision[] := '{}';
    i int;
    j int;
    cx double precision;
    cy double precision;
    cz double precision;
begin
    if m % 2 <> 0 or m < 6 then
        return null;
    end if;
    for i in 0 .. m / 2 - 1 loop
        if poly[2 * i + 1] is null or poly[2 * i + 2] is null
           or poly[2 * i + 1] in ('NaN', 'Infinity', '-Infinity')
           or not (poly[2 * i + 2] between -90 and 90) then
            return null;
        end if;
        v := v || array[cos(radians(poly[2 * i + 2])) * cos(radians(poly[2 * i + 1])),
                         cos(radians(poly[2 * i + 2])) * sin(radians(poly[2 * i + 1])),
                         sin(radians(poly[2 * i + 2]))];
    end loop;
    n := m / 2;
    -- drop a closing vertex that repeats the first
    cx := v[2] * v[3 * n] - v[3] * v[3 * n - 1];
    cy := v[3] * v[3 * n - 2] - v[1] * v[3 * n];
    cz := v[1] * v[3 * n - 1] - v[2] * v[3 * n - 2];
    if atan2(sqrt(cx * cx + cy * cy + cz * cz),
             v[1] * v[3 * n - 2] + v[2] * v[3 * n - 1] + v[3] * v[3 * n]) < 1e-15 then
        n := n - 1;
        v := v[1:3 * n];
    end if;
    if n < 3 then
        return null;
    end if;
    for i in 0 .. n - 1 loop
        j := (i + 1) % n;
        cx := v[3 * i + 2] * v[3 * j + 3] - v[3 * i + 3] * v[3 * j + 2];
        cy := v[3 * i + 3] * v[3 * j + 1] - v[3 * i + 1] * v[3 * j + 3];
        cz := v[3 * i + 1] * v[3 * j + 2] - v[3 * i + 2] * v[3 * j + 1];
        if sqrt(cx * cx + cy * cy + cz * cz) < 1e-15 then
            return null;
        end if;
    end loop;
    return v;
end
$$;

-- True when x (on the great circle of a and b) lies on the shorter arc from a to b.
create or replace function sky__on_arc(xx double precision, xy double precision, xz double precision,
                                       ax double precision, ay double precision, az double precision,
                                       ex double precision, ey double precision, ez double precision)
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    nx double precision := ay * ez - az * ey;
    ny double precision := az * ex - ax * ez;
    nz double precision := ax * ey - ay * ex;
begin
    return (ay * xz - az * xy) * nx + (az * xx - ax * xz) * ny + (ax * xy - ay * xx) * nz >= 0
       and (xy * ez - xz * ey) * nx + (xz * ex - xx * ez) * ny + (xx * ey - xy * ex) * nz >= 0;
end
$$;

-- The largest (far = true) or smallest angle in radians from p to a point of the arc a-b.
create or replace function sky__arc_extreme(px double precision, py double precision, pz double precision,
                                            ax double precision, ay double precision, az double precision,
                                            ex double precision, ey double precision, ez double precision,
                                            far boolean)
returns double precision
language plpgsql immutable parallel safe
as $$
declare
    nx double precision := ay * ez - az * ey;
    ny double precision := az * ex - ax * ez;
    nz double precision := ax * ey - ay * ex;
    nn double precision := sqrt(nx * nx + ny * ny + nz * nz);
    da double precision := atan2(sqrt((py * az - pz * ay) ^ 2 + (pz * ax - px * az) ^ 2 + (px * ay - py * ax) ^ 2),
                                 px * ax + py * ay + pz * az);
    db double precision := atan2(sqrt((py * ez - pz * ey) ^ 2 + (pz * ex - px * ez) ^ 2 + (px * ey - py * ex) ^ 2),
                                 px * ex + py * ey + pz * ez);
    qx double precision := case when far then -px else px end;
    qy double precision := case when far then -py else py end;
    qz double precision := case when far then -pz else pz end;
    k double precision;
    cx double precision;
    cy double precision;
    cz double precision;
    dc double precision;
begin
    nx := nx / nn;
    ny := ny / nn;
    nz := nz / nn;
    -- the point of the whole great circle nearest to q (q = p, or -p for the farthest point)
    k := qx * nx + qy * ny + qz * nz;
    cx := qx - k * nx;
    cy := qy - k * ny;
    cz := qz - k * nz;
    if sqrt(cx * cx + cy * cy + cz * cz) > 1e-15 and sky__on_arc(cx, cy, cz, ax, ay, az, ex, ey, ez) then
        dc := atan2(sqrt((py * cz - pz * cy) ^ 2 + (pz * cx - px * cz) ^ 2 + (px * cy - py * cx) ^ 2),
                    px * cx + py * cy + pz * cz);
        return case when far then greatest(da, db, dc) else dc end;
    end if;
    return case when far then greatest(da, db) else least(da, db) end;
end
$$;

-- Bounding circle of the polygon vectors: {cx, cy, cz, radius in radians}; NULL if the polygon does
-- not fit in a hemisphere. The centre is the length-weighted mean of the edge midpoints.
create or replace function sky__polygon_bounds(v double precision[])
returns double precision[]
language plpgsql immutable parallel safe
as $$
declare
    n int := array_length(v, 1) / 3;
    i int;
    j int;
    sx double precision := 0;
    sy double precision := 0;
    sz double precision := 0;
    mx double precision;
    my double precision;
    mz double precision;
    len double precision;
    norm double precision;
    r double precision := 0;
begin
    for i in 0 .. n - 1 loop
        j := (i + 1) % n;
        mx := v[3 * i + 1] + v[3 * j + 1];
        my := v[3 * i + 2] + v[3 * j + 2];
        mz := v[3 * i + 3] + v[3 * j + 3];
        norm := sqrt(mx * mx + my * my + mz * mz);
        len := atan2(sqrt((v[3 * i + 2] * v[3 * j + 3] - v[3 * i + 3] * v[3 * j + 2]) ^ 2
                        + (v[3 * i + 3] * v[3 * j + 1] - v[3 * i + 1] * v[3 * j + 3]) ^ 2
                        + (v[3 * i + 1] * v[3 * j + 2] - v[3 * i + 2] * v[3 * j + 1]) ^ 2),
                     v[3 * i + 1] * v[3 * j + 1] + v[3 * i + 2] * v[3 * j + 2] + v[3 * i + 3] * v[3 * j + 3]);
        sx := sx + mx / norm * len;
        sy := sy + my / norm * len;
        sz := sz + mz / norm * len;
    end loop;
    norm := sqrt(sx * sx + sy * sy + sz * sz);
    if norm < 1e-12 then
        return null;
    end if;
    sx := sx / norm;
    sy := sy / norm;
    sz := sz / norm;
    for i in 0 .. n - 1 loop
        j := (i + 1) % n;
        r := greatest(r, sky__arc_extreme(sx, sy, sz, v[3 * i + 1], v[3 * i + 2], v[3 * i + 3],
                                          v[3 * j + 1], v[3 * j + 2], v[3 * j + 3], true));
    end loop;
    if r >= pi() / 2 then
        return null;
    end if;
    return array[sx, sy, sz, r * (1 + 1e-12) + radians(1e-12)];
end
$$;

-- True when the shorter arcs p-q and a-b cross: each arc's ends lie on opposite sides of the other's
-- great circle, and both arcs meet the same one of the two antipodal crossing points.
create or replace function sky__arcs_cross(px double precision, py double precision, pz double precision,
                                           qx double precision, qy double precision, qz double precision,
                                           ax double precision, ay double precision, az double precision,
                                           ex double precision, ey double precision, ez double precision)
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    n1x double precision := py * qz - pz * qy;
    n1y double precision := pz * qx - px * qz;
    n1z double precision := px * qy - py * qx;
    n2x double precision := ay * ez - az * ey;
    n2y double precision := az * ex - ax * ez;
    n2z double precision := ax * ey - ay * ex;
    xx double precision;
    xy double precision;
    xz double precision;
begin
    if (n1x * ax + n1y * ay + n1z * az) * (n1x * ex + n1y * ey + n1z * ez) > 0
       or (n2x * px + n2y * py + n2z * pz) * (n2x * qx + n2y * qy + n2z * qz) > 0 then
        return false;
    end if;
    xx := n1y * n2z - n1z * n2y;
    xy := n1z * n2x - n1x * n2z;
    xz := n1x * n2y - n1y * n2x;
    return (xx * (px + qx) + xy * (py + qy) + xz * (pz + qz))
         * (xx * (ax + ex) + xy * (ay + ey) + xz * (az + ez)) > 0;
end
$$;

-- Point in polygon (vectors v, bounds b) by the even-odd rule along the arc from p to a point that is
-- certainly outside: about 2.9 degrees from the antipode of the bounding centre.
create or replace function sky__vec_in_polygon(v double precision[], b double precision[],
                                               px double precision, py double precision, pz double precision)
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    n int := array_length(v, 1) / 3;
    i int;
    j int;
    hx double precision;
    hy double precision;
    hz double precision;
    sx double precision;
    sy double precision;
    sz double precision;
    norm double precision;
    qx double precision;
    qy double precision;
    qz double precision;
    inside boolean := false;
begin
    if px * b[1] + py * b[2] + pz * b[3] < cos(b[4]) then
        return false;
    end if;
    if abs(b[3]) < 0.9 then
        hx := 0; hy := 0; hz := 1;
    else
        hx := 1; hy := 0; hz := 0;
    end if;
    sx := b[2] * hz - b[3] * hy;
    sy := b[3] * hx - b[1] * hz;
    sz := b[1] * hy - b[2] * hx;
    norm := sqrt(sx * sx + sy * sy + sz * sz);
    qx := -b[1] + 0.05 * sx / norm;
    qy := -b[2] + 0.05 * sy / norm;
    qz := -b[3] + 0.05 * sz / norm;
    norm := sqrt(qx * qx + qy * qy + qz * qz);
    qx := qx / norm;
    qy := qy / norm;
    qz := qz / norm;
    if sqrt((py * qz - pz * qy) ^ 2 + (pz * qx - px * qz) ^ 2 + (px * qy - py * qx) ^ 2) <= 1e-9 then
        qx := -b[1];
        qy := -b[2];
        qz := -b[3];
    end if;
    for i in 0 .. n - 1 loop
        j := (i + 1) % n;
        if sky__arcs_cross(px, py, pz, qx, qy, qz, v[3 * i + 1], v[3 * i + 2], v[3 * i + 3],
                           v[3 * j + 1], v[3 * j + 2], v[3 * j + 3]) then
            inside := not inside;
        end if;
    end loop;
    return inside;
end
$$;

create or replace function sky_in_polygon(ra_deg double precision, dec_deg double precision, poly double precision[])
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    v double precision[] := sky__polygon_vectors(poly);
    b double precision[];
begin
    if v is null then
        return null;
    end if;
    b := sky__polygon_bounds(v);
    if b is null then
        return null;
    end if;
    return sky__vec_in_polygon(v, b, cos(radians(dec_deg)) * cos(radians(ra_deg)), cos(radians(dec_deg)) * sin(radians(ra_deg)),
                               sin(radians(dec_deg)));
end
$$;

-- True when the polygon and the circle (radius in degrees) share a point: the centre is inside, or
-- the boundary comes within the radius of it.
create or replace function sky_polygon_intersects_circle(poly double precision[], ra_deg double precision,
                                                         dec_deg double precision, radius double precision)
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    v double precision[] := sky__polygon_vectors(poly);
    b double precision[];
    n int;
    i int;
    j int;
    px double precision := cos(radians(dec_deg)) * cos(radians(ra_deg));
    py double precision := cos(radians(dec_deg)) * sin(radians(ra_deg));
    pz double precision := sin(radians(dec_deg));
    r double precision := radians(radius);
begin
    if v is null then
        return null;
    end if;
    b := sky__polygon_bounds(v);
    if b is null then
        return null;
    end if;
    if atan2(sqrt((py * b[3] - pz * b[2]) ^ 2 + (pz * b[1] - px * b[3]) ^ 2 + (px * b[2] - py * b[1]) ^ 2),
             px * b[1] + py * b[2] + pz * b[3]) > r + b[4] then
        return false;
    end if;
    if sky__vec_in_polygon(v, b, px, py, pz) then
        return true;
    end if;
    n := array_length(v, 1) / 3;
    for i in 0 .. n - 1 loop
        j := (i + 1) % n;
        if sky__arc_extreme(px, py, pz, v[3 * i + 1], v[3 * i + 2], v[3 * i + 3],
                            v[3 * j + 1], v[3 * j + 2], v[3 * j + 3], false) <= r then
            return true;
        end if;
    end loop;
    return false;
end
$$;

-- True when two polygons share a point: a vertex of one lies inside the other, or two edges cross.
create or replace function sky_polygons_intersect(p1 double precision[], p2 double precision[])
returns boolean
language plpgsql immutable parallel safe
as $$
declare
    v1 double precision[] := sky__polygon_vectors(p1);
    v2 double precision[] := sky__polygon_vectors(p2);
    b1 double precision[];
    b2 double precision[];
    n1 int;
    n2 int;
    i int;
    j int;
    k int;
    l int;
begin
    if v1 is null or v2 is null then
        return null;
    end if;
    b1 := sky__polygon_bounds(v1);
    b2 := sky__polygon_bounds(v2);
    if b1 is null or b2 is null then
        return null;
    end if;
    if atan2(sqrt((b1[2] * b2[3] - b1[3] * b2[2]) ^ 2 + (b1[3] * b2[1] - b1[1] * b2[3]) ^ 2
                  + (b1[1] * b2[2] - b1[2] * b2[1]) ^ 2),
             b1[1] * b2[1] + b1[2] * b2[2] + b1[3] * b2[3]) > b1[4] + b2[4] then
        return false;
    end if;
    if sky__vec_in_polygon(v2, b2, v1[1], v1[2], v1[3]) or sky__vec_in_polygon(v1, b1, v2[1], v2[2], v2[3]) then
        return true;
    end if;
    n1 := array_length(v1, 1) / 3;
    n2 := array_length(v2, 1) / 3;
    for i in 0 .. n1 - 1 loop
        j := (i + 1) % n1;
        for k in 0 .. n2 - 1 loop
            l := (k + 1) % n2;
            if sky__arcs_cross(v1[3 * i + 1], v1[3 * i + 2], v1[3 * i + 3], v1[3 * j + 1], v1[3 * j + 2], v1[3 * j + 3],
                               v2[3 * k + 1], v2[3 * k + 2], v2[3 * k + 3], v2[3 * l + 1], v2[3 * l + 2], v2[3 * l + 3]) then
                return true;
            end if;
        end loop;
    end loop;
    return false;
end
$$;
