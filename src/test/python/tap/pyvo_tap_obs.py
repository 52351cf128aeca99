#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Drives ESO's /tap_obs and /tap_cat on Meridian with unmodified pyvo (Debian python3-pyvo 1.2.1).

Usage: pyvo_tap_obs.py http://localhost:PORT GRANTED_RAW_ROWS RELEASED_RAW_ROWS
ObsCore query on /tap_obs -> iter_datalinks() (the result's DataLink service descriptor, every row's
obs_publisher_did in one request) -> #this download; then pyvo.auth.AuthSession with a
bearer token from the OAuth2 token endpoint (ESO's walkthrough) finds the security methods in
/tap_obs/capabilities and sees the proprietary 0116.C-0702(A) raw rows that anonymous callers do not.
Prints one line per check and a JSON summary last; exits 1 when a check fails.
"""
import os
import sys

import pyvo
import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, summary  # noqa: E402

base = sys.argv[1]
granted = int(sys.argv[2])
released = int(sys.argv[3])
PRIVATE = "0116.C-0702(A)"
OAUTH = "ivo://ivoa.net/sso#OAuth"
state = {}


def tables():
    obs = set(pyvo.dal.TAPService(base + "/tap_obs").tables.keys())
    cat = set(pyvo.dal.TAPService(base + "/tap_cat").tables.keys())
    assert {"ivoa.ObsCore", "dbo.raw"} <= obs, obs
    assert "gaiadr3.gaia_source" in cat and "ivoa.ObsCore" not in cat, cat
    assert not any(t.startswith("gaiadr") for t in obs), obs
    return {"tap_obs": len(obs), "tap_cat": len(cat)}


def obscore():
    svc = pyvo.dal.TAPService(base + "/tap_obs")
    r = svc.run_sync(
        "SELECT TOP 3 obs_publisher_did, obs_id, access_url, access_format FROM ivoa.ObsCore"
        " WHERE obs_collection = 'ESO' AND calib_level >= 2 ORDER BY obs_id")
    assert len(r) == 3, len(r)
    for row in r:
        assert str(row["access_format"]) == "application/x-votable+xml;content=datalink", row["access_format"]
        assert str(row["obs_publisher_did"]) == "ivo://eso.org/ID?" + str(row["obs_id"]), row["obs_publisher_did"]
    state["obscore"] = r
    return [str(i) for i in r["obs_id"]]


def iter_datalinks():
    # The result's DataLink service descriptor: one POST with every row's ID, then each row's links.
    r = state["obscore"]
    downloaded = []
    for row, links in zip(r, r.iter_datalinks()):
        ids = {str(i) for i in links["ID"]}
        assert ids == {str(row["obs_publisher_did"])}, (ids, row["obs_publisher_did"])
        this = next(links.bysemantics("#this", include_narrower=False))
        response = requests.get(this.access_url)
        response.raise_for_status()
        assert response.content[:6] == b"SIMPLE", response.content[:20]
        downloaded.append(len(response.content))
    assert len(downloaded) == len(r), downloaded
    return downloaded


def token():
    r = requests.post(base + "/sso/oidc/token",
                      data={"grant_type": "password", "username": "eso_user", "password": "eso-demo"})
    r.raise_for_status()
    state["token"] = r.json()["access_token"]
    return r.json().get("token_type")


QUERY = f"SELECT COUNT(*) AS n FROM dbo.raw WHERE prog_id = '{PRIVATE}'"


def anonymous():
    # The programme's raw metadata are private until release: anonymous callers see the released frames.
    n = int(pyvo.dal.TAPService(base + "/tap_obs").run_sync(QUERY)["n"][0])
    assert n == released and n < granted, (n, released, granted)
    return n


def auth_session():
    bearer = requests.Session()
    bearer.headers["Authorization"] = "Bearer " + state["token"]
    auth = pyvo.auth.AuthSession()
    auth.credentials.set(OAUTH, bearer)
    svc = pyvo.dal.TAPService(base + "/tap_obs", session=auth)  # reads /tap_obs/capabilities
    methods = auth._auth_urls.allowed_auth_methods(base + "/tap_obs/sync")
    assert OAUTH in methods, methods
    n = int(svc.run_sync(QUERY)["n"][0])
    assert n == granted, (n, granted)
    return {"rows": n, "methods": sorted(methods)}


check("tables", tables)
if check("obscore", obscore):
    check("iter_datalinks", iter_datalinks)
token_ok = check("token", token)
check("anonymous", anonymous)
if token_ok:
    check("auth_session", auth_session)
summary()
