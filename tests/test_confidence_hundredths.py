"""Migration 0026: a confidence is stored in hundredths when that is exact (0.95 as 95, one byte
instead of an 8-byte float); the views give back the very number the rule gave."""
import sqlite3

import pytest

from bellink.db import open_db
from bellink.ingest.store.rows import _stored_confidence

VIEWS = ("statements", "events", "mentions", "deliveries")


def test_a_database_from_0025_upgrades_with_every_confidence_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0025_dates_once")
    open_db(old).close()
    conn = sqlite3.connect(old)
    floats = conn.execute("select count(*) from statement_rows where confidence < 1 and confidence > 0").fetchone()[0]
    hundredths = conn.execute("select count(*) from statement_rows where confidence > 1").fetchone()[0]
    conn.close()
    assert hundredths > 20 and floats == 0  # every seed statement's confidence is a whole number of hundredths
    for view in VIEWS:
        want = sqlite3.connect(seeded_db).execute(f"select * from {view} order by id").fetchall()
        assert sqlite3.connect(old).execute(f"select * from {view} order by id").fetchall() == want, view


@pytest.mark.parametrize("value, stored", [
    (0.95, 95), (0.4, 40), (0.61, 61), (0.02, 2),
    (1.0, 1.0), (0.0, 0.0),
    (0.01, 0.01),      # one hundredth would read as a confidence of 1: kept as it is
    (0.333, 0.333),    # not a whole number of hundredths
])
def test_the_views_give_back_every_confidence(tmp_path, value, stored):
    assert _stored_confidence(value) == stored
    conn = open_db(tmp_path / "kb.db")
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('d1', 'x', 'Minsk said.', 'now')")
    pk = conn.execute("select pk from documents").fetchone()[0]
    conn.execute("insert into sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)"
                 " values (1, ?, 0, 0, 0, 11, 0, 11)", (pk,))
    entity = conn.execute("insert into entities (key, name, type, source) values ('place:minsk', 'Minsk', 'place',"
                          " 'kb')").lastrowid
    conf = _stored_confidence(value)
    conn.execute("insert into statement_rows (doc, sentence_id, start, stop, direct, confidence)"
                 " values (?, 1, 0, 11, 0, ?)", (pk, conf))
    conn.execute("insert into event_rows (doc, sentence_id, kind, summary, start, stop, confidence)"
                 " values (?, 1, 'delivery', 'a delivery', 0, 11, ?)", (pk, conf))
    conn.execute("insert into mention_spans (doc, sentence_id, entity_id, start, stop, text, method, confidence)"
                 " values (?, 1, ?, 0, 5, 'Minsk', 'kb', ?)", (pk, entity, conf))  # keyed by doc and start (0040)
    for view in VIEWS:
        got = conn.execute(f"select confidence from {view}").fetchone()[0]
        assert got == value and type(got) is float, view
