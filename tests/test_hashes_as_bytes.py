"""Migration 0041: a document's hashes (of its bytes, of its text) are stored as their 32 bytes and
found by their first 8; the view `documents` gives sha256 back as hex, and a document already stored
is still recognised under another name."""
import hashlib
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import hash_bytes, open_db

DOCUMENTS = "select id, path, sha256, title, published, boilerplate from documents order by pk"


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def test_a_fresh_database_keeps_the_hashes_as_bytes(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert _all(conn, "select distinct typeof(sha256), length(sha256) from document_rows") == [("blob", 32)]
    assert _all(conn, "select distinct typeof(text_sha256), length(text_sha256) from document_fingerprints") == \
        [("blob", 32)]
    for path, shown, raw in conn.execute("select d.path, d.sha256, r.sha256 from documents d"
                                         " join document_rows r on r.pk = d.pk"):
        assert shown == raw.hex() == hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("digest, stored", [
    ("ab" * 32, bytes.fromhex("ab" * 32)),
    ("AB" * 32, "AB" * 32),            # not as hashlib writes it: kept as given
    ("ab" * 31, "ab" * 31),
])
def test_only_a_lowercase_hex_sha256_becomes_bytes(digest, stored):
    assert hash_bytes(digest) == stored


def test_a_database_from_0040_upgrades_with_every_document_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0040_mentions_keyed_by_start")
    before = _all(sqlite3.connect(old), DOCUMENTS)
    fingerprints = _all(sqlite3.connect(old), "select document_id, text_sha256 from document_fingerprints order by 1")
    assert all(len(h) == 64 for _, h in fingerprints)
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, DOCUMENTS) == before == _all(sqlite3.connect(seeded_db), DOCUMENTS)
    assert _all(conn, "select document_id, hex(text_sha256) from document_fingerprints order by 1") == \
        [(d, h.upper()) for d, h in fingerprints]


def test_a_failed_migration_leaves_every_hash(failed_migration):
    failed_migration("0040_mentions_keyed_by_start", "0041_hashes_as_bytes", "document_rows",
                     "select pk, sha256 from document_rows order by pk")


def test_the_same_article_under_another_name_is_a_duplicate(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = sqlite3.connect(seeded_db)
    src = conn.execute("select path from documents order by pk limit 1").fetchone()[0]
    same_bytes = tmp_path / "copy_of_it.txt"
    shutil.copyfile(src, same_bytes)
    same_text = tmp_path / "respaced.txt"  # the text with its whitespace runs changed: the fingerprint
    same_text.write_text(open(src, encoding="utf-8").read().replace("\n\n", "\n\n\n"), encoding="utf-8")
    for f in (same_bytes, same_text):
        result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--jobs", "1", str(f)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "duplicate" in result.output.lower(), result.output


def test_a_hash_given_through_the_view_stays_text_and_is_found(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    pk, shown = conn.execute("select pk, sha256 from documents order by pk limit 1").fetchone()
    with conn:  # an update through the view that leaves the hash alone keeps its bytes
        conn.execute("update documents set title = 'T' where pk = ?", (pk,))
    assert conn.execute("select typeof(sha256) from document_rows where pk = ?", (pk,)).fetchone()[0] == "blob"
    with conn:
        conn.execute("update documents set sha256 = ? where pk = ?", ("cd" * 32, pk))
    assert tuple(conn.execute("select typeof(sha256), sha256 from document_rows where pk = ?", (pk,)).fetchone()) \
        == ("text", "cd" * 32)
    assert conn.execute("select sha256 from documents where pk = ?", (pk,)).fetchone()[0] == "cd" * 32
    from bellink.ingest.model import Document
    from bellink.ingest.store.rows import _duplicate_of

    other = Document(id="someone-else", text="no text like it", sha256="cd" * 32)
    assert _duplicate_of(conn, other) == conn.execute("select id from documents where pk = ?", (pk,)).fetchone()[0]
    assert shown != "cd" * 32
