# SPDX-License-Identifier: Apache-2.0
"""Gaia TAP+ user space with unmodified astroquery TapPlus (0.4.6), over HTTPS.

TapPlus logs in over HTTPS only; SSL_CERT_FILE names the archive's self-signed certificate.

Usage: tapplus_userspace.py HTTPS_BASE WORK_DIR USER PASSWORD OTHER_USER OTHER_PASSWORD
   (HTTPS_BASE like https://127.0.0.1:18443/)
Prints one "OK <step>" line per step and "ALL OK"; exits non-zero on the first failure.
"""
import os
import sys

from astropy.table import Table
from astroquery.gaia import GaiaClass
from astroquery.utils.tap.core import TapPlus

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import step as check  # noqa: E402



def connect(base):
    return TapPlus(url=base + "tap-server/tap", upload_context="Upload", table_edit_context="TableTool")


def names(tap):
    return [t.get_qualified_name() for t in tap.load_tables(only_names=True, include_shared_tables=True)]


def main():
    base, work, user, password, other, other_password = sys.argv[1:7]
    schema = "user_" + user

    # astroquery.gaia itself: its login goes to the TAP server and then to the data server.
    gaia = GaiaClass(gaia_tap_server=base, gaia_data_server=base)
    gaia.login(user=user, password=password)
    check("GaiaClass login (TAP and data server)", gaia._TapPlus__isLoggedIn)
    gaia_names = [t.get_qualified_name() for t in gaia.load_tables(only_names=True, include_shared_tables=True)]
    check("GaiaClass load_tables", any("gaia_source" in n for n in gaia_names), gaia_names[:5])
    gaia.logout()
    tap = connect(base)
    tap.login(user=user, password=password)
    check("login", tap._TapPlus__isLoggedIn)

    public = names(tap)
    check("load_tables lists the public tables", any("gaia_source" in n for n in public), public[:5])

    stars = Table({"source_id": [1, 2, 3], "ra": [10.0, 10.01, 200.0], "dec": [-20.0, -20.01, 45.0]})
    tap.upload_table(upload_resource=stars, table_name="mystars", table_description="three stars")
    check("upload_table from an astropy Table", any(n.endswith(schema + ".mystars") for n in names(tap)))

    csv = os.path.join(work, "extra.csv")
    with open(csv, "w") as f:
        f.write("id,flux\n1,2.5\n2,3.5\n")
    tap.upload_table(upload_resource=csv, table_name="fromfile", format="csv")
    vot = os.path.join(work, "extra.vot")
    stars.write(vot, format="votable")
    tap.upload_table(upload_resource=vot, table_name="fromvot", format="votable")
    listed = names(tap)
    check("upload_table from files", all(any(n.endswith(schema + "." + t) for n in listed)
                                         for t in ("fromfile", "fromvot")), listed)

    rows = tap.launch_job("SELECT sum(flux) AS s FROM " + schema + ".fromfile").get_results()
    check("query a user table", abs(float(rows["s"][0]) - 6.0) < 1e-9, rows)

    tap.set_ra_dec_columns(table_name=schema + ".mystars", ra_column_name="ra", dec_column_name="dec")
    table = tap.load_table(schema + ".mystars")
    flags = {c.name: str(c.flags) for c in table.columns}
    check("set_ra_dec_columns flags Ra and Dec", flags.get("ra") == "1" and flags.get("dec") == "2", flags)
    cone = tap.launch_job("SELECT source_id FROM " + schema + ".mystars WHERE 1 = CONTAINS(POINT('ICRS', ra, dec),"
                          " CIRCLE('ICRS', 10.0, -20.0, 0.05)) ORDER BY source_id").get_results()
    check("cone on the positioned table", [int(i) for i in cone["source_id"]] == [1, 2], list(cone["source_id"]))

    tap.update_user_table(table_name=schema + ".mystars",
                          list_of_changes=[["source_id", "ucd", "meta.id;meta.main"],
                                           ["source_id", "flags", "PK"]])
    flags = {c.name: str(c.flags) for c in tap.load_table(schema + ".mystars").columns}
    check("update_user_table", flags.get("source_id") == "16" and flags.get("ra") == "1", flags)

    job = tap.launch_job_async("SELECT TOP 2 source_id FROM " + schema + ".mystars ORDER BY source_id")
    check("async job on a user table", [int(i) for i in job.get_results()["source_id"]] == [1, 2])
    ids = [j.jobid for j in tap.list_async_jobs()]
    check("list_async_jobs", job.jobid in ids, ids)
    tap.remove_jobs([job.jobid])
    ids = [j.jobid for j in tap.list_async_jobs()]
    check("remove_jobs", job.jobid not in ids, ids)

    # Another user sees none of it.
    stranger = connect(base)
    stranger.login(user=other, password=other_password)
    theirs = names(stranger)
    check("another user does not see the tables", not any(schema in n for n in theirs))

    def stranger_cannot(step):
        try:
            stranger.launch_job("SELECT * FROM " + schema + ".mystars")
            check(step, False)
        except Exception as e:  # HTTPError with the server's message
            check(step, "unknown table" in str(e), str(e))

    stranger_cannot("another user cannot query the table")

    # Sharing: a group with the other user, the table shared with it, then no longer.
    check("is_valid_user", tap.is_valid_user(user_id=other) and not tap.is_valid_user(user_id="no_such_user"))
    tap.share_group_create(group_name="friends", description="people I share with")
    tap.share_group_add_user(group_name="friends", user_id=other)
    group = tap.load_group("friends")
    check("share_group_create and share_group_add_user", group is not None
          and [u.id for u in group.users] == [other], group)
    tap.share_table(group_name="friends", table_name=schema + ".mystars", description="three stars")
    shared = [i.title for i in tap.load_shared_items()]
    check("share_table", schema + ".mystars" in shared, shared)
    rows = stranger.launch_job("SELECT count(*) AS n FROM " + schema + ".mystars").get_results()
    check("the group member queries the shared table", int(rows["n"][0]) == 3, rows)
    check("the shared table is in the member's tables", any(n.endswith(schema + ".mystars") for n in names(stranger)))
    tap.share_table_stop(group_name="friends", table_name=schema + ".mystars")
    stranger_cannot("after share_table_stop the member cannot query it")
    tap.share_group_delete(group_name="friends")
    check("share_group_delete", tap.load_group("friends") is None)
    stranger.logout()

    for t in ("mystars", "fromfile", "fromvot"):
        tap.delete_user_table(table_name=t)
    check("delete_user_table", not any(schema in n for n in names(tap)))
    tap.logout()
    check("logout", not tap._TapPlus__isLoggedIn)
    print("ALL OK")


if __name__ == "__main__":
    main()
