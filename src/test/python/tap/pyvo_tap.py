#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Drives Meridian's /tap with unmodified pyvo (Debian python3-pyvo 1.2.1) against the demo.

Usage: pyvo_tap.py http://localhost:PORT/tap
Prints one line per check and a JSON summary last; exits 1 when a check fails.
"""
import os
import sys

import pyvo
import requests
from astropy.table import Table

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, results, summary  # noqa: E402

base = sys.argv[1]

svc = pyvo.dal.TAPService(base)


def sync_gaia():
    r = svc.run_sync("SELECT TOP 5 source_id, ra, dec FROM gaiadr1.gaia_source ORDER BY source_id")
    assert len(r) == 5, len(r)
    assert list(r.fieldnames) == ["source_id", "ra", "dec"], r.fieldnames
    assert r.getdesc("ra").unit == "deg", r.getdesc("ra").unit
    return [int(x) for x in r["source_id"]]


def maxrec():
    r = svc.run_sync("SELECT source_id FROM gaiadr3.gaia_source", maxrec=3)
    assert len(r) == 3, len(r)
    return len(r)


def capabilities():
    methods = [m.ivo_id for m in svc.upload_methods]
    assert any(m.endswith("#upload-http") for m in methods), methods
    assert svc.maxrec > 0 and svc.hardlimit >= svc.maxrec, (svc.maxrec, svc.hardlimit)
    return {"maxrec": svc.maxrec, "hardlimit": svc.hardlimit, "upload_methods": methods}


def tables():
    names = list(svc.tables.keys())
    for wanted in ("ivoa.ObsCore", "dbo.raw", "gaiadr3.gaia_source", "TAP_SCHEMA.columns"):
        assert wanted in names, (wanted, names)
    columns = [c.name for c in svc.tables["gaiadr3.gaia_source"].columns]
    assert "source_id" in columns, columns
    return len(names)


def upload_join():
    ids = results["sync_gaia"]["detail"]
    mine = Table({"sid": ids, "label": [f"s{i}" for i in range(len(ids))]})
    r = svc.run_sync(
        "SELECT u.label, g.source_id, g.ra FROM TAP_UPLOAD.mine AS u"
        " JOIN gaiadr1.gaia_source AS g ON g.source_id = u.sid ORDER BY u.label",
        uploads={"mine": mine},
    )
    assert len(r) == len(ids), len(r)
    return len(r)


def upload_cone():
    # a positional cross-match of an uploaded table against the catalog (1 arcmin)
    first = svc.run_sync("SELECT TOP 2 ra, dec FROM gaiadr3.gaia_source ORDER BY source_id")
    targets = Table({"name": ["a", "b"], "ra": list(first["ra"]), "dec": list(first["dec"])})
    r = svc.run_sync(
        "SELECT t.name, COUNT(*) AS n FROM TAP_UPLOAD.targets AS t JOIN gaiadr3.gaia_source AS g"
        " ON 1 = CONTAINS(POINT('ICRS', g.ra, g.dec), CIRCLE('ICRS', t.ra, t.dec, 1.0/60))"
        " GROUP BY t.name ORDER BY t.name",
        uploads={"targets": targets},
    )
    assert len(r) == 2 and all(n >= 1 for n in r["n"]), list(r["n"])
    return {str(a): int(b) for a, b in zip(r["name"], r["n"])}


def malformed():
    try:
        svc.run_sync("SELECT FROM WHERE")
    except pyvo.dal.DALQueryError as e:
        assert "line 1" in str(e), str(e)
        return str(e)[:120]
    raise AssertionError("no DALQueryError")


def obscore_access():
    query = "SELECT COUNT(*) AS n FROM ivoa.ObsCore WHERE obs_collection = 'ESO'"
    anonymous = int(svc.run_sync(query)["n"][0])
    session = requests.Session()
    session.auth = ("eso_user", "eso-demo")
    member = int(pyvo.dal.TAPService(base, session=session).run_sync(query)["n"][0])
    assert member > anonymous, (anonymous, member)
    return {"anonymous": anonymous, "eso_user": member}


def examples():
    ran = 0
    for example in svc.examples:
        example.execute()
        ran += 1
    assert ran >= 3, ran
    return ran


def formats():
    r = svc.run_sync("SELECT TOP 3 source_id FROM gaiadr3.gaia_source")
    return r.to_table().colnames


check("sync_gaia", sync_gaia)
check("maxrec", maxrec)
check("capabilities", capabilities)
check("tables", tables)
check("upload_join", upload_join)
check("upload_cone", upload_cone)
check("malformed", malformed)
check("obscore_access", obscore_access)
check("examples", examples)
check("formats", formats)
summary()
