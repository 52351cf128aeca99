# SPDX-License-Identifier: Apache-2.0
"""Replays the TOM Toolkit LCO facility's calls against a Meridian server with python-requests:
form choices, profile, validate, submit, status (no trailing slash), observations, find-by-request and cancel,
cadence expansion, facility status, and the 400/401 paths the facility maps to ValidationError and
ImproperCredentialsException.

Usage: BASE=http://127.0.0.1:PORT python3 tom_lco_flow.py USER PASSWORD PROPOSAL
Prints one line per step and "ok"; exits non-zero at the first surprise."""
import datetime
import os
import sys

import requests

base = os.environ["BASE"].rstrip("/")
user, password, proposal = sys.argv[1:4]


def check(condition, what):
    if not condition:
        print("FAILED:", what)
        sys.exit(1)
    print("ok:", what)


token = requests.post(base + "/api/api-token-auth/", data={"username": user, "password": password}).json()["token"]
headers = {"Authorization": "Token " + token}


def call(method, path, **kw):
    # the facility builds URLs as portal_url + path and always uses requests.request
    return requests.request(method, base + path, headers=headers, **kw)


instruments = call("GET", "/api/instruments/").json()
check("1M0-SCICAM-SINISTRO" in instruments, "instruments list the Sinistro")
sinistro = instruments["1M0-SCICAM-SINISTRO"]
check(sinistro["class"] == "1m0" and "filters" in sinistro["optical_elements"], "instrument form choices")
filters = [f["code"] for f in sinistro["optical_elements"]["filters"] if f["schedulable"]]

profile = call("GET", "/api/profile/").json()
check(proposal in [p["id"] for p in profile["proposals"]], "profile lists the proposal")

now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
start = (now + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S")
end = (now + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%S")
observation = {
    "name": "tom replay",
    "proposal": proposal,
    "ipp_value": 1.05,
    "operator": "SINGLE",
    "observation_type": "NORMAL",
    "requests": [{
        "optimization_type": "TIME",
        "configuration_repeats": 1,
        "configurations": [{
            "type": "EXPOSE",
            "instrument_type": "1M0-SCICAM-SINISTRO",
            "instrument_configs": [{"exposure_count": 2, "exposure_time": 30, "mode": "1x1", "rotator_mode": "",
                                    "optical_elements": {"filter": "rp" if "rp" in filters else filters[0]},
                                    "extra_params": {}}],
            "acquisition_config": {},
            "guiding_config": {},
            "constraints": {"max_airmass": 2.0, "min_lunar_distance": 30.0},
            "target": {"name": "m31", "type": "ICRS", "ra": 10.684708, "dec": 41.26875, "proper_motion_ra": 0,
                       "proper_motion_dec": 0, "epoch": 2000},
        }],
        "windows": [{"start": start, "end": end}],
        "location": {"telescope_class": "1m0"},
    }],
}

validated = call("POST", "/api/requestgroups/validate/", json=observation).json()
check(not validated["errors"], "validate has no errors: %s" % validated["errors"])
check(validated["request_durations"]["duration"] > 60, "validate gives the duration")

submitted = call("POST", "/api/requestgroups/", json=observation)
check(submitted.status_code == 201, "submit answers 201 (%s)" % submitted.text[:300])
request_id = submitted.json()["requests"][0]["id"]

status = call("GET", "/api/requests/%s" % request_id)
check(status.status_code == 200 and status.json()["state"] in ("PENDING", "SCHEDULED"), "status without slash")
observations = call("GET", "/api/requests/%s/observations/" % request_id)
check(observations.status_code == 200 and isinstance(observations.json(), list), "observations list")

found = call("GET", "/api/requestgroups?request_id=%s" % request_id).json()
check(found["count"] == 1, "request group found by request id")
canceled = call("POST", "/api/requestgroups/%s/cancel/" % found["results"][0]["id"]).json()
check(canceled["state"] == "CANCELED", "cancel")

cadence = dict(observation)
cadence_request = dict(observation["requests"][0])
del cadence_request["windows"]
# Windows a day wide: whatever the hour this runs, each holds a night at McDonald (elp), the only
# northern 1m0 site, so the expansion does not depend on the time of day of the test run.
cadence_request["cadence"] = {"start": start, "end": end, "period": 24.0, "jitter": 24.0}
cadence["requests"] = [cadence_request]
expanded = call("POST", "/api/requestgroups/cadence/", json=cadence)
check(expanded.status_code == 200 and len(expanded.json()["requests"]) >= 2,
      "cadence expands into several requests (%s)" % expanded.text[:200])

bad = dict(observation)
bad["requests"] = [dict(observation["requests"][0], windows=[{"start": start}])]
invalid = call("POST", "/api/requestgroups/", json=bad)
check(invalid.status_code == 400 and "requests" in invalid.json(), "a bad submission is a 400 with field errors")

states = call("GET", "/api/telescope_states/")
check(states.status_code == 200 and isinstance(states.json(), dict), "facility status")

anonymous = requests.post(base + "/api/requestgroups/", json=observation, headers={"Authorization": "Token nope"})
check(anonymous.status_code == 401, "a wrong key is a 401")
print("ok")
