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


def _forms(conn):
    return [tuple(r) for r in conn.execute("select entity_id, text, mentions from entity_forms order by 1, 2")]


def _forms_counted(conn):
    return [tuple(r) for r in conn.execute(
        "select entity_id, text, count(*) from mentions group by entity_id, text order by 1, 2")]


def test_the_writer_counts_a_replaced_document_and_the_view_counts_its_inserts(tmp_path):
    # migration 0023: the writer adds and takes away whole documents' totals itself; rows inserted
    # through the mentions view are counted by the view's trigger
    from click.testing import CliRunner

    from bellink.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    other = folder / "b.txt"
    article.write_text("Lukashenko met Putin in Minsk on Monday. Putin said Russia would send more S-400 "
                       "systems to Belarus.\n", encoding="utf-8")
    other.write_text("Belarus received two Su-30SM fighters from Russia, Lukashenko said in Minsk.\n",
                     encoding="utf-8")
    db = tmp_path / "c.db"

    def ingest():
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(folder), "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output

    ingest()
    conn = open_db(db)
    assert _stored(conn) == _counted(conn) and len(_stored(conn)) >= 4
    assert _forms(conn) == _forms_counted(conn)
    putin = conn.execute("select entity_id from mentions where text = 'Putin'").fetchone()[0]
    # the article changes: Putin and the S-400 leave it, Shoigu and Moscow come in
    article.write_text("Lukashenko met Shoigu in Moscow on Monday. Shoigu said Belarus would get more "
                       "Su-30SM fighters.\n", encoding="utf-8")
    ingest()
    assert _stored(conn) == _counted(conn)
    assert _forms(conn) == _forms_counted(conn)
    assert conn.execute("select 1 from entity_counts where entity_id = ?", (putin,)).fetchone() is None
    assert conn.execute("select count(*) from store_counting").fetchone()[0] == 0
    # a mention inserted through the view (an analyst's tool) is counted like one the writer stored
    doc, sid = conn.execute("select document_id, id from sentences order by id limit 1").fetchone()
    with conn:
        conn.execute("insert into mentions (document_id, sentence_id, entity_id, start, stop, text, method,"
                     " confidence) values (?, ?, ?, 0, 10, 'Lukashenko', 'kb', 1.0)", (doc, sid, putin))
    assert _stored(conn) == _counted(conn)
    assert _forms(conn) == _forms_counted(conn)
