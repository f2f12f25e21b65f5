"""--desc: the ascending listing reversed, with undated facts (and undated sources) still last.

A descending date order is read in two arms (dated, then undated) so that SQLite walks its date
index backwards and stops after the page (queries.Listing._arms); these tests pin what a user sees:
the same rows as the ascending listing, in exactly the reverse order except that rows without a
date stay at the end, and every page of any size at any offset is a slice of that one order,
including the page that straddles the dated/undated boundary.
"""
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from bellink import queries
from bellink.cli import cli

LISTINGS = [["statements"], ["deliveries"], ["timeline"], ["who-said", "Lukashenko"],
            ["timeline", "--system", "S-400"], ["deliveries", "--recipient", "Belarus"], ["sources"]]


@pytest.fixture(scope="module")
def undated_db(seeded_db, tmp_path_factory):
    """The seeds with every third fact's date and one source's publication date taken away."""
    path = tmp_path_factory.mktemp("undated") / "seeds.db"
    shutil.copy(seeded_db, path)
    with sqlite3.connect(path) as conn:
        for table in ("statement_rows", "event_rows"):
            conn.execute(f"update {table} set date = null, date_end = null, date_precision = null,"
                         " day_lo = null, day_hi = null where id % 3 = 0")
        conn.execute("update document_rows set published = null, published_precision = null"
                     " where pk = (select min(pk) from document_rows)")
    return path


def listed(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_desc_is_the_ascending_order_reversed_with_undated_last(undated_db, args):
    key = "published" if args == ["sources"] else "date"
    ascending = listed(undated_db, *args)
    dated = [r for r in ascending if r[key] is not None]
    undated = [r for r in ascending if r[key] is None]
    assert dated and undated, "the fixture gives this listing rows on both sides of the boundary"
    assert undated == ascending[len(dated):], "ascending: undated last"
    descending = listed(undated_db, *args, "--desc")
    assert descending == dated[::-1] + undated[::-1]


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_desc_pages_are_slices_of_one_order(undated_db, args):
    key = "published" if args == ["sources"] else "date"
    descending = listed(undated_db, *args, "--desc")
    boundary = sum(1 for r in descending if r[key] is not None)
    offsets = sorted({0, 1, boundary - 2, boundary - 1, boundary, boundary + 1, len(descending) - 1,
                      len(descending), len(descending) + 3} - {-1, -2})
    for size in (1, 3, 7):
        for offset in offsets:
            page = listed(undated_db, *args, "--desc", "--offset", str(offset), "--limit", str(size))
            assert page == descending[offset:offset + size], (size, offset)
    assert listed(undated_db, *args, "--desc", "--offset", str(boundary - 1)) == descending[boundary - 1:]


@pytest.mark.parametrize("make", [lambda c: queries.statements_listing(c, speaker="Lukashenko"),
                                  lambda c: queries.deliveries_listing(c, entity_ids=[
                                      queries.lookup.resolve(c, "Belarus")["id"]]),
                                  lambda c: queries.timeline_listing(c, system="S-400")],
                         ids=["who-said", "deliveries of an entity", "timeline of a system"])
def test_a_table_page_with_its_total_is_in_the_same_order(undated_db, make):
    """The table view reads a selective listing's page and total in one statement
    (page_with_total): its --desc order is the one --json prints."""
    conn = sqlite3.connect(undated_db)
    conn.row_factory = sqlite3.Row
    listing = make(conn)
    everything = list(listing.rows(desc=True))
    assert len(everything) > 3
    for offset in range(len(everything)):
        page, total = listing.page_with_total(3, offset, None, True)
        assert total == len(everything)
        assert [r["id"] for r in page] == [r["id"] for r in everything[offset:offset + 3]]
