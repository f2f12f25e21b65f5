"""Migration 0034: an event's roles as codes (event_roles), its rows in event_entity_rows behind the
view event_entities, which gives the words back and takes new ones."""
import sqlite3

from bellink.db import open_db

EVERY_LINK = "select * from event_entities order by 1, 2, 3"


def _plan(conn, sql):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql))


def test_a_database_from_0033_upgrades_with_every_role_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0033_timexes_by_document")
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert conn.execute(EVERY_LINK).fetchall() == sqlite3.connect(seeded_db).execute(EVERY_LINK).fetchall()
    assert conn.execute("select type from sqlite_master where name = 'event_entities'").fetchone()[0] == "view"
    assert conn.execute("select count(*) from event_entity_rows").fetchone()[0] > 10
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_a_role_asked_for_by_name_is_found_through_its_code(seeded_db):
    conn = sqlite3.connect(seeded_db)
    codes = dict(conn.execute("select role, code from event_roles"))
    assert codes["system"] == 0 and codes["recipient"] == 1 and max(codes.values()) < 128
    plan = _plan(conn, "select entity_id from event_entities where event_id = 1 and role = 'supplier'")
    assert "PRIMARY KEY (event_id=? AND role_code=?)" in plan, plan
    plan = _plan(conn, "select event_id from event_entities where entity_id = 1 and role = 'recipient'")
    assert "event_entities_entity (entity_id=? AND role_code=?)" in plan, plan


def test_the_view_takes_new_roles_changes_and_deletes(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    ev, ent = conn.execute("select event_id, entity_id from event_entities order by 1 limit 1").fetchone()
    before = conn.execute("select count(*) from event_entity_rows").fetchone()[0]
    with conn:
        conn.execute("insert into event_entities (event_id, role, entity_id) values (?, 'observer', ?)", (ev, ent))
        conn.execute("insert or ignore into event_entities (event_id, role, entity_id) values (?, 'observer', ?)",
                     (ev, ent))  # already there: ignored, as on the table before
    assert conn.execute("select count(*) from event_entity_rows").fetchone()[0] == before + 1
    assert conn.execute("select count(*) from event_roles where role = 'observer'").fetchone()[0] == 1
    with conn:
        conn.execute("update event_entities set role = 'monitor' where event_id = ? and role = 'observer'", (ev,))
    assert [r[0] for r in conn.execute("select role from event_entities where event_id = ? and entity_id = ?"
                                       " and role in ('observer', 'monitor')", (ev, ent))] == ["monitor"]
    with conn:
        conn.execute("delete from event_entities where event_id = ? and role = 'monitor'", (ev,))
    assert conn.execute("select count(*) from event_entity_rows").fetchone()[0] == before
    # an event deleted takes its rows with it (the key cascades as before)
    with conn:
        conn.execute("delete from events where id = ?", (ev,))
    assert conn.execute("select count(*) from event_entity_rows where event_id = ?", (ev,)).fetchone()[0] == 0
