# SPDX-License-Identifier: Apache-2.0
"""TAP async (UWS 1.1) lifecycle with unmodified pyvo: submit, run, wait, fetch, delete, list.

Usage: async_lifecycle.py BASE_URL [TOKEN]   (BASE_URL like http://127.0.0.1:18086/tap)
Prints one "OK <step>" line per step; exits non-zero on the first failure.
"""
import os
import sys

import pyvo
import requests
from astropy.table import Table

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import step as check  # noqa: E402

QUERY = "SELECT TOP 3 table_name FROM tap_schema.tables"



def lifecycle(service, label):
    job = service.submit_job(QUERY)
    check(label + " submit", job.phase == "PENDING", job.phase)
    check(label + " job url is absolute", job.url.startswith("http"), job.url)
    job.execution_duration = 600
    # pyvo 1.2.1 wraps the seconds in a TimeDelta (of "days"); the number is what the server sent.
    duration = float(getattr(job.execution_duration, "value", job.execution_duration))
    check(label + " executionduration", duration == 600, duration)
    job.run()
    job.wait(timeout=60)
    check(label + " completed", job.phase == "COMPLETED", job.phase)
    table = job.fetch_result().to_table()
    check(label + " result rows", len(table) == 3, len(table))
    return job


def main():
    base = sys.argv[1]
    token = sys.argv[2] if len(sys.argv) > 2 else None

    anonymous = pyvo.dal.TAPService(base)
    job = lifecycle(anonymous, "anonymous")
    url = job.url
    job.delete()
    check("anonymous delete", requests.get(url).status_code == 404)

    result = anonymous.run_async(QUERY)
    check("run_async", len(result.to_table()) == 3)

    bad = anonymous.submit_job("SELECT nonsense FROM nowhere")
    bad.run()
    bad.wait(phases=["COMPLETED", "ERROR", "ABORTED"], timeout=60)
    check("bad query ends in ERROR", bad.phase == "ERROR", bad.phase)
    try:
        bad.raise_if_error()
        check("raise_if_error raises", False)
    except pyvo.dal.DALQueryError as e:
        check("raise_if_error raises", "nowhere" in str(e) or len(str(e)) > 0, str(e))
    bad.delete()

    uploaded = Table({"id": [3, 1, 2], "ra": [30.0, 10.0, 20.0]})
    up = anonymous.submit_job("SELECT id, ra FROM TAP_UPLOAD.t1 ORDER BY id", uploads={"t1": uploaded})
    up.run()
    up.wait(phases=["COMPLETED", "ERROR", "ABORTED"], timeout=60)
    check("async upload completed", up.phase == "COMPLETED", up.phase)
    table = up.fetch_result().to_table()
    check("async upload rows", [int(i) for i in table["id"]] == [1, 2, 3], list(table["id"]))
    check("async upload values", [float(r) for r in table["ra"]] == [10.0, 20.0, 30.0], list(table["ra"]))
    up.delete()

    # UWS: tables uploaded to a PENDING job through POST job/parameters (AsyncTAPJob.upload).
    later = anonymous.submit_job("SELECT u.id, v.ra FROM TAP_UPLOAD.t1 AS u JOIN TAP_UPLOAD.t2 AS v"
                                 " ON u.id = v.id ORDER BY u.id")
    later.upload(t1=uploaded)
    later.upload(t2=Table({"id": [2, 3], "ra": [22.0, 33.0]}))
    later.run()
    later.wait(phases=["COMPLETED", "ERROR", "ABORTED"], timeout=60)
    check("upload via parameters completed", later.phase == "COMPLETED", later.phase)
    if later.phase == "COMPLETED":
        table = later.fetch_result().to_table()
        check("upload via parameters rows", [int(i) for i in table["id"]] == [2, 3], list(table["id"]))
        check("upload via parameters values", [float(r) for r in table["ra"]] == [22.0, 33.0], list(table["ra"]))
    later.delete()

    joined = anonymous.run_async(
        "SELECT TOP 5 u.id, g.table_name FROM TAP_UPLOAD.t1 AS u"
        " JOIN tap_schema.tables AS g ON u.id < 2",
        uploads={"t1": uploaded})
    check("run_async with upload joins a published table", len(joined.to_table()) >= 1, len(joined))

    if token:
        session = requests.Session()
        session.headers["Authorization"] = "Token " + token
        mine = pyvo.dal.TAPService(base, session=session)
        job = lifecycle(mine, "authenticated")
        listed = [j.jobid for j in mine.get_job_list(phases=["COMPLETED"], last=5)]
        check("job list has the job", job.job_id in listed, listed)
        check("anonymous cannot read it", requests.get(job.url).status_code == 403)
        check("anonymous list is empty", len(anonymous.get_job_list()) == 0)
        job.delete()
        listed = [j.jobid for j in mine.get_job_list()]
        check("deleted job leaves the list", job.job_id not in listed, listed)
    print("ALL OK")


if __name__ == "__main__":
    main()
