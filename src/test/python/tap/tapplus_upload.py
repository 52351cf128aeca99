# SPDX-License-Identifier: Apache-2.0
"""Table uploads with unmodified astroquery TapPlus (0.4.6): launch_job and launch_job_async.

TapPlus sends uploads as multipart/form-data with an unquoted boundary (boundary====<ms>===) and the
table file's text in a part named after the table (Content-Type: None).

Usage: tapplus_upload.py BASE_URL WORK_DIR   (BASE_URL like http://127.0.0.1:18086/tap)
Prints one "OK <step>" line per step and "ALL OK"; exits non-zero on the first failure.
"""
import os
import sys

from astropy.table import Table
from astroquery.utils.tap.core import TapPlus

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import step as check  # noqa: E402

QUERY = "SELECT id, ra FROM TAP_UPLOAD.t1 ORDER BY id"
JOIN = ("SELECT u.id, g.table_name FROM TAP_UPLOAD.t1 AS u"
        " JOIN tap_schema.tables AS g ON g.table_name = u.name ORDER BY u.id")



def main():
    base, work = sys.argv[1], sys.argv[2]
    votable = os.path.join(work, "targets.vot")
    Table({"id": [3, 1, 2], "ra": [30.0, 10.0, 20.0],
           "name": ["TAP_SCHEMA.tables", "TAP_SCHEMA.columns", "nowhere"]}).write(votable, format="votable")
    tap = TapPlus(url=base)

    job = tap.launch_job(QUERY, upload_resource=votable, upload_table_name="t1")
    table = job.get_results()
    check("sync upload rows", [int(i) for i in table["id"]] == [1, 2, 3], list(table["id"]))
    check("sync upload values", [float(r) for r in table["ra"]] == [10.0, 20.0, 30.0], list(table["ra"]))

    joined = tap.launch_job(JOIN, upload_resource=votable, upload_table_name="t1").get_results()
    check("sync upload joins a published table", [int(i) for i in joined["id"]] == [1, 3], list(joined["id"]))

    job = tap.launch_job_async(QUERY, upload_resource=votable, upload_table_name="t1")
    check("async upload completed", job.get_phase() == "COMPLETED", job.get_phase())
    table = job.get_results()
    check("async upload rows", [int(i) for i in table["id"]] == [1, 2, 3], list(table["id"]))

    # A table built in memory (TapPlus writes it to a VOTable named "pytable" itself).
    memory = Table({"id": [7], "ra": [70.0]})
    table = tap.launch_job(QUERY, upload_resource=memory, upload_table_name="t1").get_results()
    check("in-memory table upload", [int(i) for i in table["id"]] == [7], list(table["id"]))
    print("ALL OK")


if __name__ == "__main__":
    main()
