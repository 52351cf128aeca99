#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Drives Meridian's ESO DataLink and SODA with unmodified pyvo (Debian python3-pyvo 1.2.1).

Usage: pyvo_datalink_soda.py http://localhost:PORT
ObsCore query on /tap -> DataLink of the dataset (its URL computed from the dp_id, as ESO documents)
-> #this download -> SODA cutout through the descriptor, whose pixels must equal the same slice of
the original. Prints one line per check and a JSON summary last; exits 1 when a check fails.
"""
import io
import json
import sys
import urllib.parse

import numpy
import pyvo
import requests
from astropy.io import fits
from pyvo.dal.adhoc import DatalinkResults

base = sys.argv[1]
results = {}
state = {}


def check(name, fn):
    try:
        detail = fn()
        results[name] = {"ok": True, "detail": detail}
        print(f"ok   {name}: {detail}")
    except Exception as e:  # report every failure, keep going
        results[name] = {"ok": False, "detail": f"{type(e).__name__}: {e}"}
        print(f"FAIL {name}: {type(e).__name__}: {e}")


def obscore():
    svc = pyvo.dal.TAPService(base + "/tap")
    r = svc.run_sync(
        "SELECT TOP 1 obs_id, s_ra, s_dec FROM ivoa.ObsCore"
        " WHERE obs_collection = 'ESO' AND dataproduct_type = 'image' AND calib_level >= 2 AND s_xel1 > 1"
        " ORDER BY obs_id")
    assert len(r) == 1, len(r)
    state["dp_id"] = str(r["obs_id"][0])
    state["ra"], state["dec"] = float(r["s_ra"][0]), float(r["s_dec"][0])
    return state["dp_id"]


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


check("obscore", obscore)
check("datalink", datalink)
check("download_this", download_this)
check("cutout", cutout)
check("soda_error", soda_error)
failed = [name for name, r in results.items() if not r["ok"]]
print(json.dumps({"failed": failed}))
sys.exit(1 if failed else 0)
