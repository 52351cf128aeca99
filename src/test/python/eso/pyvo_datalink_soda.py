#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Drives Meridian's ESO DataLink and SODA with unmodified pyvo (Debian python3-pyvo 1.2.1).

Usage: pyvo_datalink_soda.py http://localhost:PORT
ObsCore query on /tap -> the row's access_url (the dataset's absolute DataLink URL, with access_format
application/x-votable+xml;content=datalink) -> the same DataLink computed from the
dp_id, as ESO documents -> #this download -> SODA cutout through the descriptor, whose pixels must equal the same slice of
the original; a raw science frame's #calibration rows (calibration selection, with the cascade and the masters)
-> a bias downloaded. Prints one line per check and a JSON summary last; exits 1 when a check fails.
"""
import io
import os
import sys
import urllib.parse

import numpy
import pyvo
import requests
from astropy.io import fits
from pyvo.dal.adhoc import DatalinkResults

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, summary  # noqa: E402

base = sys.argv[1]
state = {}


def obscore():
    svc = pyvo.dal.TAPService(base + "/tap")
    r = svc.run_sync(
        "SELECT TOP 1 obs_id, s_ra, s_dec, access_url, access_format FROM ivoa.ObsCore"
        " WHERE obs_collection = 'ESO' AND dataproduct_type = 'image' AND calib_level >= 2 AND s_xel1 > 1"
        " ORDER BY obs_id")
    assert len(r) == 1, len(r)
    state["dp_id"] = str(r["obs_id"][0])
    state["ra"], state["dec"] = float(r["s_ra"][0]), float(r["s_dec"][0])
    state["obscore"] = r
    return state["dp_id"]


def obscore_datalink():
    # pyvo 1.2.1's iter_datalinks() reads row.access_format, which its TAPRecord lacks; what it would
    # do for such a row is this: follow the row's data URL, which is the dataset's DataLink.
    row = state["obscore"][0]
    assert str(row["access_format"]) == "application/x-votable+xml;content=datalink", row["access_format"]
    assert row.getdataurl().startswith(base + "/datalink/links?ID="), row.getdataurl()
    links = DatalinkResults.from_result_url(row.getdataurl())
    ids = {str(i) for i in links["ID"]}
    assert ids == {"ivo://eso.org/ID?" + state["dp_id"]}, ids
    this = next(links.bysemantics("#this", include_narrower=False))
    assert this.access_url.startswith(base + "/dataportal_new/file/"), this.access_url
    return this.access_url


def datalink():
    url = base + "/datalink/links?ID=" + urllib.parse.quote("ivo://eso.org/ID?" + state["dp_id"])
    dl = DatalinkResults.from_result_url(url)
    state["dl"] = dl
    semantics = sorted({str(s) for s in dl["semantics"]})
    assert "#this" in semantics and "#cutout" in semantics, semantics
    return semantics


def download_this():
    this = next(state["dl"].bysemantics("#this", include_narrower=False))
    response = requests.get(this.access_url)
    response.raise_for_status()
    assert len(response.content) == int(this.content_length), (len(response.content), this.content_length)
    state["original"] = fits.open(io.BytesIO(response.content))
    return {"bytes": len(response.content), "shape": list(state["original"][0].data.shape)}


def cutout():
    proc = state["dl"].get_first_proc()
    stream = proc.processed(circle=(state["ra"], state["dec"], 5.0 / 3600))
    cut = fits.open(io.BytesIO(stream.read()))
    original = state["original"][0]
    part = cut[0]
    x0 = int(round(original.header["CRPIX1"] - part.header["CRPIX1"]))
    y0 = int(round(original.header["CRPIX2"] - part.header["CRPIX2"]))
    h, w = part.data.shape
    assert 0 < w < original.data.shape[1] and 0 < h < original.data.shape[0], (w, h)
    assert numpy.array_equal(part.data, original.data[y0:y0 + h, x0:x0 + w]), "pixels differ"
    for key in ("CRVAL1", "CRVAL2", "CD1_1", "CD2_2", "CTYPE1", "OBJECT"):
        assert part.header[key] == original.header[key], key
    return {"shape": [h, w], "origin": [x0, y0]}


def soda_error():
    proc = state["dl"].get_first_proc()
    try:
        proc.processed(circle=(state["ra"] + 90, state["dec"], 1.0 / 3600)).read()
    except pyvo.dal.DALServiceError as e:
        return f"refused: {str(e)[:60]}"
    raise AssertionError("a cutout that misses the image was not refused")


def calibrations():
    # A raw FORS2 science frame: dbo.raw on /tap, its DataLink, the #calibration rows (ESO's calSelector,
    # themselves DataLink documents), the raw calibrations with their cascade, and a bias downloaded.
    svc = pyvo.dal.TAPService(base + "/tap")
    raw = svc.run_sync("SELECT TOP 1 dp_id FROM dbo.raw WHERE instrument = 'FORS2' AND dp_cat = 'SCIENCE'"
                       " AND dp_type = 'OBJECT' ORDER BY dp_id")
    dp_id = str(raw["dp_id"][0])
    dl = DatalinkResults.from_result_url(
        base + "/datalink/links?ID=" + urllib.parse.quote("ivo://eso.org/ID?" + dp_id))
    rows = dl.bysemantics("#calibration", include_narrower=False)
    offered = {r.access_url.split("mode=")[-1]: r.access_url for r in rows}
    assert set(offered) == {"Raw2Raw", "Raw2Master"}, offered
    found = {}
    for mode, url in offered.items():
        cals = DatalinkResults.from_result_url(url + ("&cascade=true" if mode == "Raw2Raw" else ""))
        found[mode] = sorted({str(r.description).split(" for ")[0] for r in cals})
    assert "raw bias (BIAS)" in found["Raw2Raw"] and "raw flat (FLAT,SKY)" in found["Raw2Raw"], found
    assert "master bias (MASTER_BIAS)" in found["Raw2Master"], found
    bias = next(r for r in DatalinkResults.from_result_url(offered["Raw2Raw"]) if "(BIAS)" in str(r.description))
    response = requests.get(bias.access_url)
    response.raise_for_status()
    assert fits.open(io.BytesIO(response.content))[0].header["HIERARCH ESO DPR TYPE"] == "BIAS"
    return {"dp_id": dp_id, **found}


def ssa():
    # The seed's own SSAP example: 1-D spectra in a 0.2 degree cone.
    svc = pyvo.dal.SSAService(base + "/ssa")
    r = svc.search(pos=(123.26956, -34.57804), diameter=0.2)
    assert len(r) >= 1, len(r)
    url = r[0].getdataurl()
    spectrum = fits.open(io.BytesIO(requests.get(url).content))
    assert spectrum[0].header["PRODCATG"] == "SCIENCE.SPECTRUM", spectrum[0].header["PRODCATG"]
    assert spectrum[1].columns.names[:2] == ["WAVE", "FLUX"], spectrum[1].columns.names
    return {"spectra": len(r), "first": str(r[0].title)}


check("ssa", ssa)
check("obscore", obscore)
check("obscore_datalink", obscore_datalink)
check("datalink", datalink)
check("download_this", download_this)
check("cutout", cutout)
check("soda_error", soda_error)
check("calibrations", calibrations)
summary()
