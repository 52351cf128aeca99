"""astroquery.mast 0.4.6 against a Meridian demo archive. Run with XDG_CONFIG_HOME pointing at a
directory whose astropy/astroquery.cfg says [mast] server = <base url>; argv: <jwst_user token>."""
import os
import sys
import tempfile
import warnings

from astropy.coordinates import SkyCoord
from astroquery.mast import Observations

token = sys.argv[1]
server = os.environ["MERIDIAN_BASE"]
assert Observations._portal_api_connection.MAST_REQUEST_URL == server + "/api/v0/invoke", \
    Observations._portal_api_connection.MAST_REQUEST_URL

# Cone around the LMC field of program 1073
region = Observations.query_region(SkyCoord(80.5, -69.5, unit="deg"), radius=0.1)
assert len(region) == 9, len(region)
assert set(region["obs_collection"]) == {"JWST"}
assert "distance" in region.colnames
assert list(region["distance"]) == sorted(region["distance"])

# Program 1073 in F277W: 2 observations x (2 exposures + 1 level-3 mosaic)
obs = Observations.query_criteria(obs_collection="JWST", proposal_id="1073", filters="F277W")
assert len(obs) == 6, len(obs)
assert set(obs["filters"]) == {"F277W"}
assert set(obs["dataRights"]) == {"PUBLIC"}
assert obs["obsid"].dtype.kind in "US", obs["obsid"].dtype
level3 = obs[obs["calib_level"] == 3]
assert sorted(level3["obs_id"]) == ["jw01073-o001_t001_nircam_clear-f277w", "jw01073-o002_t002_nircam_clear-f277w"]

# The seed's own call names the instrument without its mode, as MAST's values read before they
# became instrument/mode: it finds the same observations
seed = Observations.query_criteria(obs_collection="JWST", proposal_id="1073", instrument_name="Nircam",
                                   filters="F277W")
assert sorted(seed["obsid"]) == sorted(obs["obsid"]), (len(seed), len(obs))

count = Observations.query_criteria_count(obs_collection="JWST", proposal_id="1073", filters="F277W")
assert count == 6, count
# 1073's nine observations and 4520's three exclusive-access ones
assert Observations.query_criteria_count(obs_collection="JWST", instrument_name="NIRCAM*") == 12

# Exclusive program 4520 is listed to everyone as EXCLUSIVE_ACCESS, as MAST does; its files need a token
anonymous = Observations.query_criteria(obs_collection="JWST", proposal_id="4520")
assert len(anonymous) == 3 and set(anonymous["dataRights"]) == {"EXCLUSIVE_ACCESS"}
with tempfile.TemporaryDirectory() as d:
    refused = Observations.download_products(
        Observations.get_product_list(anonymous[anonymous["calib_level"] == 3]), download_dir=d,
        productSubGroupDescription="I2D")
    assert list(refused["Status"]) == ["ERROR"], refused
ranged = Observations.query_criteria(obs_collection="JWST", t_min=[59719.0, 59719.62])
assert len(ranged) > 0 and all(ranged["t_min"] <= 59719.62)

# Products of one level-3 observation: its i2d plus the uncal/rate/cal of its two exposures
products = Observations.get_product_list(level3[0:1])
assert len(products) == 7, len(products)
assert set(products["productSubGroupDescription"]) == {"UNCAL", "RATE", "CAL", "I2D"}
assert all(u.startswith("mast:JWST/product/") for u in products["dataURI"])
uncal = Observations.filter_products(products, productSubGroupDescription="UNCAL")
assert len(uncal) == 2, len(uncal)
i2d = Observations.filter_products(products, extension="_i2d.fits", calib_level=[3])
assert len(i2d) == 1

with tempfile.TemporaryDirectory() as d:
    manifest = Observations.download_products(uncal, download_dir=d)
    assert list(manifest["Status"]) == ["COMPLETE", "COMPLETE"], manifest
    for path, size in zip(manifest["Local Path"], uncal["size"]):
        assert os.path.getsize(path) == size
        with open(path, "rb") as f:
            assert f.read(6) == b"SIMPLE"
    # astroquery's generic downloader resumes a partial file with a Range request
    first = manifest["Local Path"][0]
    with open(first, "rb") as f:
        whole = f.read()
    with open(first, "wb") as f:
        f.write(whole[:1000])
    url = Observations._portal_api_connection.MAST_DOWNLOAD_URL + "?uri=" + uncal["dataURI"][0]
    Observations._download_file(url, first, continuation=True)
    with open(first, "rb") as f:
        assert f.read() == whole
    curl = Observations.download_products(products, download_dir=d, curl_flag=True)
    script = open(curl["Local Path"][0]).read()
    assert script.startswith("#!/bin/bash")
    assert script.count("curl --globoff") == 7
    assert "Total Files: 7" in script

# Logging in with jwst_user's token opens program 4520's files
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    Observations.login(token=token)
assert Observations._authenticated
assert Observations.session_info()["attrib"]["display_name"] == "Gabriela Ferreira"
exclusive = Observations.query_criteria(obs_collection="JWST", proposal_id="4520")
assert len(exclusive) == 3 and set(exclusive["dataRights"]) == {"EXCLUSIVE_ACCESS"}
eap = Observations.get_product_list(exclusive[exclusive["calib_level"] == 3])
with tempfile.TemporaryDirectory() as d:
    m = Observations.download_products(eap, download_dir=d, productSubGroupDescription="I2D")
    assert list(m["Status"]) == ["COMPLETE"], m
Observations.logout()
print("mast scenario OK")
