# SPDX-License-Identifier: Apache-2.0
# Seed 000's first example (Python 2 in the seed) in Python 3, pointed at a Meridian host.
# Usage: seed_jsonfilelist.py http://localhost:PORT
import json
import sys
import urllib.request

url = sys.argv[1] + "/jsonfilelist/"
# List the files for GN-2010B-Q-22 taken with GMOS-N on 2010-12-31
url += "canonical/GN-2010B-Q-22/GMOS-N/20101231"

u = urllib.request.urlopen(url)
jsondoc = u.read()
files = json.loads(jsondoc)

for f in files:
    print("Filename: %s" % f['filename'])
    print("-- file size: %d, data size: %d" % (f['file_size'], f['data_size']))
