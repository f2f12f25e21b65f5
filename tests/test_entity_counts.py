"""entity_counts (migration 0012) stays equal to counting the mentions, whatever writes them."""
import shutil

from bellink.db import MIGRATIONS_TABLE, open_db
from bellink.queries import entities

COUNTED = ("select entity_id, count(*), count(distinct document_id) from mentions"
           " group by entity_id order by entity_id")


def _stored(conn):
    return [tuple(r) for r in conn.execute("select entity_id, mentions, documents from entity_counts order by 1")]


def _counted(conn):
    return [tuple(r) for r in conn.execute(COUNTED)]


def test_counts_follow_ingest_delete_and_merge(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    assert _stored(conn) == _counted(conn) and len(_stored(conn)) > 20
    # a document goes (its mentions by ON DELETE CASCADE), as on re-ingest or forget
    doc = conn.execute("select id from documents order by id limit 1").fetchone()[0]
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert _stored(conn) == _counted(conn)
    # a merge moves mentions from one entity to another; the emptied one leaves the table
    a, b = [r[0] for r in conn.execute("select entity_id from entity_counts order by mentions desc limit 2")]
    with conn:
        conn.execute("update mentions set entity_id = ? where entity_id = ?", (b, a))
    assert _stored(conn) == _counted(conn)
    assert conn.execute("select 1 from entity_counts where entity_id = ?", (a,)).fetchone() is None
    # one mention moved to another document of the same entity
    m = conn.execute("select id, document_id from mentions order by id limit 1").fetchone()
    other = conn.execute("select id from documents where id <> ? limit 1", (m[1],)).fetchone()[0]
    with conn:
        conn.execute("update mentions set document_id = ? where id = ?", (other, m[0]))
    assert _stored(conn) == _counted(conn)


def test_the_listing_reads_the_same_counts_as_the_aggregate(seeded_db):
    conn = open_db(seeded_db)
    by_name = {r["name"]: (r["mentions"], r["documents"]) for r in entities(conn)}
    expected = {r[0]: (r[1], r[2]) for r in conn.execute(
        "select e.name, count(*), count(distinct m.document_id) from mentions m join entities e"
        " on e.id = m.entity_id group by e.id")}
    assert by_name == expected


def test_migration_fills_counts_for_mentions_stored_before_it(seeded_db, tmp_path, old_database):
    path = tmp_path / "old.db"
    old_database(seeded_db, path, "0011_curation")
    conn = open_db(path)
    assert conn.execute(f"select count(*) from {MIGRATIONS_TABLE} where name like '0012_%'").fetchone()[0] == 2
    assert _stored(conn) == _counted(conn)
    assert tuple(conn.execute("select count(*), sum(mentions) from entity_forms").fetchone()) == tuple(
        conn.execute("select count(distinct entity_id || '|' || text), count(*) from mentions").fetchone())


def test_all_lists_entities_no_document_mentions(seeded_db):
    conn = open_db(seeded_db)
    mentioned = entities(conn)
    everything = entities(conn, mentioned_only=False)
    unmentioned = [r for r in everything if r["mentions"] == 0]
    assert unmentioned and all(r["aliases"] == [] and r["documents"] == 0 for r in unmentioned)
    assert len(everything) == len(mentioned) + len(unmentioned)
    assert conn.execute("select count(*) from entities").fetchone()[0] == len(everything)


def test_seen_as_forms_follow_mentions(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    forms = ("select entity_id, text, count(*) from mentions group by entity_id, text order by 1, 2")

    def stored():
        return [tuple(r) for r in conn.execute("select entity_id, text, mentions from entity_forms order by 1, 2")]

    assert stored() == [tuple(r) for r in conn.execute(forms)]
    doc = conn.execute("select id from documents order by id desc limit 1").fetchone()[0]
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert stored() == [tuple(r) for r in conn.execute(forms)]
    a, b = [r[0] for r in conn.execute("select entity_id from entity_counts order by mentions desc limit 2")]
    with conn:
        conn.execute("update mentions set entity_id = ? where entity_id = ?", (b, a))
    assert stored() == [tuple(r) for r in conn.execute(forms)]
    by_name = {r["name"]: r["aliases"] for r in entities(conn)}
    expected = {}
    for name, text in conn.execute("select distinct e.name, m.text from mentions m join entities e"
                                   " on e.id = m.entity_id order by e.name, m.text"):
        expected.setdefault(name, []).append(text)
    assert by_name == expected
