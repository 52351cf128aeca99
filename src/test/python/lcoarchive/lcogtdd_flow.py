# SPDX-License-Identifier: Apache-2.0
"""The lcogtDD download flow against a Meridian server, with python-requests as lcogtDD uses it:
token from /api-token-auth/, frames by proposal and day (unpadded dates for later days), following `next`,
then each frame's `url` fetched WITHOUT an Authorization header and checked against its md5.

Usage: BASE=http://127.0.0.1:PORT python3 lcogtdd_flow.py USER PASSWORD PROPOSAL START_DATE N_DAYS OUTDIR
Prints one line per downloaded file and a final "downloaded N" line; exits non-zero on any mismatch."""
import datetime
import hashlib
import os
import sys

import requests

base = os.environ["BASE"].rstrip("/")
user, password, proposal, start, days, outdir = sys.argv[1:7]

token = requests.post(base + "/api-token-auth/", data={"username": user, "password": password}).json()["token"]
headers = {"Authorization": "Token " + token}
day = datetime.date.fromisoformat(start)
count = 0
for _ in range(int(days)):
    nxt = day + datetime.timedelta(days=1)
    # lcogtDD loses the zero padding of later dates, e.g. end=2016-2-3
    url = (f"{base}/frames/?limit=50&reduction_level=91&start={day.year}-{day.month}-{day.day}"
           f"&end={nxt.year}-{nxt.month}-{nxt.day}&proposal_id={proposal}")
    while url:
        page = requests.get(url, headers=headers)
        page.raise_for_status()
        body = page.json()
        for frame in body["results"]:
            if frame["filename"].endswith("_cat.fits"):
                continue
            data = requests.get(frame["url"])  # no auth header: the signed URL is the credential
            data.raise_for_status()
            md5 = hashlib.md5(data.content).hexdigest()
            if md5 != frame["version_set"][0]["md5"]:
                sys.exit(f"md5 mismatch for {frame['filename']}")
            folder = os.path.join(outdir, "raw", frame["filename"].split("-")[2])
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, frame["filename"]), "wb") as f:
                f.write(data.content)
            print(frame["filename"])
            count += 1
        url = body["next"]
    day = nxt
print(f"downloaded {count}")
