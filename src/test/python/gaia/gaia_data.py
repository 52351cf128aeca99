# SPDX-License-Identifier: Apache-2.0
"""The Gaia data server with unmodified astroquery.gaia (0.4.6): get_datalinks and load_data.

load_data POSTs to <data server>/data with USE_ZIP_ALWAYS=true, unzips the answer and parses each member
whose name holds .xml, .fits or .csv (0.4.6 does not parse .ecsv members: the script reads those itself
from the unzipped bundle, with astropy).

Usage: gaia_data.py BASE_URL WORK_DIR EXPECTED_JSON
  BASE_URL like http://127.0.0.1:18086/ ; EXPECTED_JSON maps
  {"ids": [..], "rows": {TYPE: {source_id: rows}}, "valid_epoch": {source_id: rows}}
Prints one "OK <step>" line per step and "ALL OK"; exits non-zero on the first failure.
"""
import json
import os
import sys

from astropy.io import votable
from astropy.table import Table
from astroquery.gaia import GaiaClass

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import step as check  # noqa: E402

TYPES = ["EPOCH_PHOTOMETRY", "XP_SAMPLED", "XP_CONTINUOUS", "MCMC_GSPPHOT", "MCMC_MSC", "RVS"]
EXTENSION = {"votable": ".xml", "fits": ".fits", "csv": ".csv", "ecsv": ".ecsv"}



def rows_of(tables):
    """Rows of the tables astroquery returned for one file (VOTable tables or astropy Tables)."""
    total = 0
    for t in tables:
        total += len(t.array) if hasattr(t, "array") else len(t)
    return total


def expected_files(kind, structure, fmt, ids, rows):
    """{file name: rows} as the server names Gaia's files."""
    ext = EXTENSION[fmt]
    types = TYPES if kind == "ALL" else [kind]
    files = {}
    for t in types:
        if structure == "INDIVIDUAL" or kind == "ALL":
            for i in ids:
                n = rows[t].get(str(i), 0)
                if n:
                    files[f"{t}-Gaia DR3 {i}{ext}"] = n
        else:
            files[f"{t}_{structure}{ext}"] = sum(rows[t].get(str(i), 0) for i in ids)
    return files


def main():
    base, work, expected = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    ids = expected["ids"]
    rows = expected["rows"]
    gaia = GaiaClass(gaia_tap_server=base, gaia_data_server=base)

    links = gaia.get_datalinks(ids)
    table = links.to_table() if hasattr(links, "to_table") else links
    want = sum(1 for t in TYPES for i in ids if rows[t].get(str(i), 0))
    check("get_datalinks rows", len(table) == want, f"{len(table)} != {want}")
    urls = [str(u) for u in table["access_url"]]
    check("get_datalinks urls", all("/data-server/data?ID=Gaia+DR3+" in u for u in urls), urls[:2])

    for kind in TYPES + ["ALL"]:
        for structure in ["INDIVIDUAL", "RAW"]:
            for fmt in ["votable", "fits", "csv", "ecsv"]:
                step = f"load_data {kind} {structure} {fmt}"
                out_dir = os.path.join(work, f"{kind}_{structure}_{fmt}")
                out = os.path.join(out_dir, "bundle.zip")
                result = gaia.load_data(ids=ids, data_release="Gaia DR3", retrieval_type=kind,
                                        data_structure=structure, format=fmt, valid_data=False,
                                        output_file=out)
                want_files = expected_files(kind, structure, fmt, ids, rows)
                if fmt == "ecsv":
                    # astroquery 0.4.6 parses no .ecsv member; read the unzipped files as a user would.
                    got = {name: len(Table.read(os.path.join(out_dir, name), format="ascii.ecsv"))
                           for name in os.listdir(out_dir) if name.endswith(".ecsv")}
                else:
                    got = {name: rows_of(tables) for name, tables in result.items()}
                check(step, got == want_files, f"{got} != {want_files}")

    result = gaia.load_data(ids=ids, data_release="Gaia DR3", retrieval_type="EPOCH_PHOTOMETRY",
                            data_structure="RAW", format="votable", valid_data=True,
                            output_file=os.path.join(work, "valid", "bundle.zip"))
    want_valid = sum(expected["valid_epoch"].get(str(i), 0) for i in ids)
    got_valid = {name: rows_of(tables) for name, tables in result.items()}
    check("load_data VALID_DATA", got_valid == {"EPOCH_PHOTOMETRY_RAW.xml": want_valid}, got_valid)
    print("ALL OK")


if __name__ == "__main__":
    main()
