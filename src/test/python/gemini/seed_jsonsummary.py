# SPDX-License-Identifier: Apache-2.0
# Seed 000's second example (Python 2 in the seed) in Python 3, pointed at a Meridian host.
# Usage: seed_jsonsummary.py http://localhost:PORT
import json
import sys
import urllib.request

url = sys.argv[1] + "/jsonsummary/"
# List the OBJECT files taken with GMOS-N on 2010-12-31
url += "canonical/OBJECT/GMOS-N/20101231"

u = urllib.request.urlopen(url)
jsondoc = u.read()
files = json.loads(jsondoc)

total_data_size = 0
print("%20s %22s %10s %8s %s" % ("Filename", "Data Label", "ObsClass", "QA state", "Object Name"))
for f in files:
    total_data_size += f['data_size']
    print("%20s %22s %10s %8s %s" % (f['name'], f['data_label'], f['observation_class'], f['qa_state'], f['object']))

print("Total data size: %d" % total_data_size)
