"""A listing costs what it prints, however large the document its rows come from.

The views ``sentences`` and ``statements`` cut a row's words out of ``documents.text``, and SQLite
reads the whole text to do it, once per row: ``bellink statements --json`` on one 20 MB document
(59,463 statements) read 20 MB 59,463 times and ran for more than 40 minutes. Listings now cut
their words from each document's text read once (``queries._Texts``).

Measured by operations, never by time: the bytes this process reads from the database file
(``/proc/self/io``'s ``rchar``; SQLite's page cache is made too small to hide a re-read, and the
file is memory-mapped by nobody), and how many times the document's text is read.
"""
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink import queries
from bellink.cli import cli
from bellink.db import open_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
IO = Path("/proc/self/io")


@pytest.fixture(scope="module")
def long_db(tmp_path_factory):
    """One document of ~300 KB: the seed articles' English paragraphs again and again (hundreds of
    statements and deliveries, all in one document)."""
    paras = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        if re.search("[а-яА-Я]", text):
            continue
        paras += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    body, size = ["Digest of reports on Russia and Belarus"], 0
    while size < 300_000:
        for p in paras:
            body.append(p)
            size += len(p) + 2
    folder = tmp_path_factory.mktemp("long")
    (folder / "digest.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    db = folder / "long.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(folder / "digest.txt"), "--jobs", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def _fresh(db):
    conn = open_db(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.execute("pragma mmap_size = 0")
    conn.execute("pragma cache_size = 10")  # pages: a text read again is read from the file again
    return conn


def _read_bytes() -> int:
    return int(re.search(r"rchar: (\d+)", IO.read_text()).group(1))


# a listing and the fewest rows it gives on the document (a repeated delivery is one fact)
LISTINGS = {
    "statements": (lambda c: queries.statements_listing(c), 500),
    "statements --about": (lambda c: queries.statements_listing(c, about="missile"), 50),
    "who-said": (lambda c: queries.statements_listing(c, speaker="Lukashenko"), 50),
    "deliveries": (lambda c: queries.deliveries_listing(c), 4),
    "timeline": (lambda c: queries.timeline_listing(c), 500),
    "search": (lambda c: queries.search_listing(c, "Belarus"), 500),
    "search --order published": (lambda c: queries.search_listing(c, "S-400"), 50),
}


@pytest.mark.skipif(not IO.exists(), reason="needs /proc/self/io (Linux) to count the bytes read")
@pytest.mark.parametrize("name", LISTINGS)
def test_a_listing_reads_the_document_text_once_not_once_per_row(long_db, name):
    conn = _fresh(long_db)
    text_bytes = conn.execute("select length(cast(text as blob)) from documents").fetchone()[0]
    make, fewest = LISTINGS[name]
    listing = make(conn)
    before = _read_bytes()
    rows = list(listing.rows(order="published" if "--order" in name else None))
    read = _read_bytes() - before
    assert len(rows) >= fewest, "the document should give this listing many rows"
    # once per row would be len(rows) texts (hundreds of megabytes); once per listing is one text
    # and, per row, a few of its own pages (read again and again through a cache of ten pages).
    # --about reads the text for each statement within an article's length of the start, as the
    # view does (a bounded number: what articles pay nothing extra for)
    # and looks at every statement, not only those it prints
    early, looked_at = 0, len(rows)
    if "--about" in name:
        early = conn.execute("select count(*) from statement_rows where start < ?",
                             (queries.ARTICLE_CHARS,)).fetchone()[0]
        looked_at = conn.execute("select count(*) from statement_rows").fetchone()[0]
    assert read < (2 + early) * text_bytes + 4 * 4096 * looked_at, \
        f"{read:,} bytes read for {len(rows)} rows of a {text_bytes:,}-byte text"
    conn.close()


def test_each_text_is_read_once_per_listing(long_db):
    conn = open_db(long_db)
    texts = queries.texts_for(conn)
    before = texts.reads
    rows = list(queries.statements_listing(conn).rows())
    assert len(rows) > queries.CHUNK  # several pages: the text is kept across them
    assert texts.reads - before == 1
    conn.close()


def test_the_words_cut_are_those_the_views_give(long_db):
    """What a listing cuts from the text is what the views ``sentences`` and ``statements`` say."""
    conn = open_db(long_db)
    sentence_of = dict(conn.execute("select id, text from sentences"))
    words_of = dict(conn.execute("select fact_id, text from statements"))
    rows = list(queries.statements_listing(conn).rows())
    assert rows
    for r in rows:
        assert r["text"] == words_of[r["fact_id"]]
    st_sentences = dict(conn.execute("select fact_id, sentence_id from statements"))
    for r in rows:
        assert r["sentence"] == sentence_of[st_sentences[r["fact_id"]]]
    ev_sentences = dict(conn.execute("select fact_id, sentence_id from events"))
    deliveries = list(queries.deliveries_listing(conn).rows())
    assert deliveries
    for r in deliveries:
        assert r["sentence"] == sentence_of[ev_sentences[r["fact_id"]]]
    for r in queries.search_listing(conn, "Belarus").rows(limit=200):
        assert r["sentence"] in sentence_of.values()
    conn.close()


def test_about_words_match_as_like_did(long_db):
    """--about with words (not an entity): the statements whose words contain them, in any case
    of ASCII letters, as SQL's LIKE over the view's text selected them."""
    conn = open_db(long_db)
    for about in ("said", "SAID", "Belarus will", "100%", "no such words here"):
        like = about.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        expected = sorted(r[0] for r in conn.execute(
            r"select fact_id from statements where text like ? escape '\'", (f"%{like}%",)))
        got = sorted(r["fact_id"] for r in queries.statements_listing(conn, about=about).rows())
        assert got == expected, about
    conn.close()


def test_a_listing_sees_a_replaced_document_as_it_now_is(tmp_path):
    """The texts kept for a connection are forgotten when that connection writes (a re-ingest of
    a changed article through the same connection must not be cut from its old text)."""
    from bellink.ingest.pipeline import analyze_text
    from bellink.ingest.store.rows import store

    conn = open_db(tmp_path / "kb.db")
    first = "Lukashenko said on Monday that Belarus would receive S-400 systems from Russia.\n"
    second = "Minsk, May 3. Officials met. " + first
    for text in (first, second):
        store(conn, analyze_text(text, lang="en", published="2024-05-10", doc_id="doc"))
        rows = list(queries.statements_listing(conn).rows())
        assert rows
        views = {r[0]: (r[1], r[2]) for r in conn.execute(
            "select st.fact_id, st.text, s.text from statements st join sentences s on s.id = st.sentence_id")}
        assert [(r["text"], r["sentence"]) for r in rows] == [views[r["fact_id"]] for r in rows]
        assert all(r["sentence"] in text for r in rows)
    conn.close()


def test_the_writer_forgets_what_it_remembers_past_its_bound(tmp_path, monkeypatch):
    """The writer's map of entities, aliases and details already written is bounded (issue 15:
    peak memory of a long ingest no higher than of a short one); emptied, it stores the same rows."""
    from bellink.ingest.pipeline import analyze_text
    from bellink.ingest.store import rows

    texts = [f"Lukashenko said on {day} May that Belarus would receive {n} S-400 systems from Russia.\n"
             for day, n in ((3, 4), (5, 6), (9, 8))]

    def ingest(db):
        conn = open_db(db)
        sizes = []
        for i, text in enumerate(texts):
            rows.store(conn, analyze_text(text, lang="en", published="2024-05-10", doc_id=f"d{i}"))
            sizes.append(rows._known_for(conn).size())
        out = [dict(r) for r in conn.execute("select * from statements order by id")]
        out += [dict(r) for r in conn.execute("select * from events order by id")]
        conn.close()
        return sizes, out

    sizes, unbounded = ingest(tmp_path / "a.db")
    assert sizes[-1] > 3
    monkeypatch.setattr(rows, "KNOWN_MAX", 3)
    sizes, bounded = ingest(tmp_path / "b.db")
    assert max(sizes) <= 3
    assert bounded == unbounded
