# SPDX-License-Identifier: Apache-2.0
# Drives the unmodified astroquery.gemini (Debian python3-astroquery 0.4.6) against a Meridian host.
# Usage: astroquery_gemini.py http://localhost:PORT DOWNLOAD_DIR
# Prints "OK <check>" lines; exits non-zero on the first failed check.
import os
from datetime import date
import sys

import astropy.units as u
from astropy.coordinates import SkyCoord
from astroquery.gemini import Observations
from astroquery.gemini.urlhelper import URLHelper

base = sys.argv[1]
download_dir = sys.argv[2]

# The query URL is a class attribute built from a fixed option; point it at the test host.
Observations.url_helper = URLHelper(base)
# login() and get_file() hard-code https://archive.gemini.edu: rewrite that host on the session.
session = Observations._session
original_request = session.request


def rewritten(method, url, *args, **kwargs):
    return original_request(method, url.replace("https://archive.gemini.edu", base), *args, **kwargs)


session.request = rewritten


def check(name, condition, detail=""):
    if not condition:
        print("FAIL %s %s" % (name, detail))
        sys.exit(1)
    print("OK %s" % name)


t = Observations.query_criteria(instrument='GMOS-N', program_id='gn-2010b-q-22',
                                observation_type='OBJECT', utc_date=(date(2010, 12, 30), date(2011, 1, 1)),
                                orderby='data_label_desc')
labels = [str(x) for x in t['data_label']]
check("query_criteria", labels == ["GN-2010B-Q-22-4-00%d" % i for i in range(6, 0, -1)], labels)
check("query_criteria columns", 'exposure_time' in t.colnames and 'release' in t.colnames, t.colnames)

t = Observations.query_region(SkyCoord(64.4862, 28.1291, unit=u.deg), radius=0.05 * u.deg)
names = sorted(str(x) for x in t['name'])
check("query_region", "N20101231S0338.fits" in names and all(str(o) == "L5c02" for o in t['object']), names)

t = Observations.query_raw('GMOS-N', 'BIAS', 'AnyQA', progid='GN-CAL20101231')
check("query_raw", len(t) == 5 and all(str(x) == 'BIAS' for x in t['observation_type']), len(t))

t = Observations.query_criteria(program_id='GN-2025B-Q-210')
check("proprietary listed", len(t) == 3, len(t))
check("proprietary masked", all(t['ra'].mask) if hasattr(t['ra'], 'mask') else False, list(t['ra']))

Observations.login('gemini_pi', 'gemini-demo')
check("login", Observations.authenticated())

Observations.get_file('N20101231S0338.fits', download_dir=download_dir)
path = os.path.join(download_dir, 'N20101231S0338.fits')
with open(path, 'rb') as f:
    head = f.read(30)
check("get_file", head.startswith(b'SIMPLE  =') and os.path.getsize(path) % 2880 == 0, head)
print("ALL OK")
