import json
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def deliveries(text: str, published: str = "2021-05-04") -> tuple:
    """The delivery events bellink reads in ``text`` (one dict per event: roles by entity name, system, status,
    quantity, unit, date, confidence, details); shared by the delivery tests (``from conftest import deliveries``)."""
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text, published=published, doc_id="news")
    out = []
    for ev in a.events:
        if ev.kind != "delivery":
            continue
        name = lambda k: a.entities[k].name if k in a.entities else k  # noqa: E731
        out.append({"supplier": [name(k) for k in ev.roles.get("supplier", [])],
                    "recipient": [name(k) for k in ev.roles.get("recipient", [])],
                    "system": name(ev.roles["system"][0]), "status": ev.status, "quantity": ev.quantity,
                    "unit": ev.unit, "date": ev.date.value if ev.date else None, "confidence": ev.confidence,
                    "details": ev.details})
    return tuple(out)


EN_LEAD = "Belarus and Russia remain close allies. "
RU_LEAD = "Белоруссия и Россия остаются союзниками. "


def delivery_rows(text: str, published: str = "2024-05-10") -> set:
    """(system, status, first supplier, first recipient, quantity, date cut to the month) of each delivery read in
    ``text`` after a neutral lead sentence in its language (so the text is never the headline)."""
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0],
             e["quantity"], (e["date"] or "")[:7]) for e in deliveries(lead + text, published)}


def statements(text: str, lang: str = "en", published: str = "2024-05-10", after: int = 0) -> list:
    """The statements bellink reads in ``text`` that start at or after ``after``: one (speaker name or None, the
    speaker's words in the text, what was said) each; shared by the statement tests (``from conftest import
    statements``)."""
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text + "\n", lang=lang, published=published)
    return [(a.entities[st.speaker].name if st.speaker else None, st.speaker_text, st.text)
            for st in a.statements if st.start >= after]


def speakers(text: str, lang: str = "en", published: str = "2024-05-10") -> list:
    """(speaker name or None, what was said) for each statement bellink reads in ``text``."""
    return [(who, said) for who, _, said in statements(text, lang, published)]


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "kb.db"
    monkeypatch.setenv("BELLINK_DB", str(path))
    return path


@pytest.fixture
def run(db_path):
    """Invoke the CLI against the temporary database; returns the click Result."""
    runner = CliRunner()

    def _run(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def run_json(run):
    def _run(*args):
        result = run(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    return _run


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """The bundled seeds ingested once for the whole session (ingest is the expensive part)."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def seeded(seeded_db):
    """Run a query command against the seeded database and parse its JSON."""
    runner = CliRunner()

    def _q(*args):
        result = runner.invoke(cli, ["--db", str(seeded_db), *args, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    return _q


# Tables an older bellink wrote, in an order their keys allow; read through today's views, which
# give the old names and columns (sentence_spans: by the document's text id, as before 0017).
_OLD_TABLES = ("entities", "aliases", "documents", "sentence_spans", "mentions", "timexes", "statements",
               "events", "event_entities", "roles", "document_fingerprints", "meta", "curation")
_OLD_SOURCE = {"sentence_spans": "(select sp.id, d.id as document_id, sp.idx, sp.paragraph, sp.start, sp.stop,"
                                 " sp.byte_start, sp.byte_len from src.sentence_spans sp join src.documents d on d.pk = sp.doc)"}


def downgrade_copy(src, dst, upto):
    """A database at schema ``upto`` (a migration name) holding every row of ``src``: what an
    older bellink would have written, for tests that upgrade it."""
    import sqlite3

    from bellink.db import connect, migrate

    conn = connect(dst)
    migrate(conn, upto=upto)
    conn.close()
    conn = sqlite3.connect(dst, isolation_level=None)  # foreign keys off: rows go in table by table
    conn.execute("attach database ? as src", (str(src),))
    conn.execute("begin")
    for table in _OLD_TABLES:
        have = [r[1] for r in conn.execute(f"pragma main.table_info([{table}])")]
        if not have:
            continue
        rebuilt = table in _OLD_SOURCE and "doc" not in have  # before 0017: by the document's text id
        source = _OLD_SOURCE[table] if rebuilt else f"src.[{table}]"
        if table == "document_fingerprints" and upto < "0041":  # hex, as before 0041 (no view gives it)
            source = "(select document_id, lower(hex(text_sha256)) as text_sha256 from src.document_fingerprints)"
        given = {r[1] for r in conn.execute(f"pragma src.table_info([{table}])")} if not rebuilt \
            else {"id", "document_id", "idx", "paragraph", "start", "stop", "byte_start", "byte_len"}
        cols = ", ".join(f"[{c}]" for c in have if c in given)
        if table in ("entities", "aliases", "meta"):
            conn.execute(f"delete from main.[{table}]")  # the knowledge base, as the source has it
        conn.execute(f"insert into main.[{table}] ({cols}) select {cols} from {source}")
    conn.execute("commit")
    conn.execute("detach database src")
    conn.close()


@pytest.fixture
def old_database():
    return downgrade_copy


@pytest.fixture
def break_migration(tmp_path, monkeypatch):
    """``break_migration(name, sql)``: migrations as shipped, but ``name`` ends with ``sql`` (a
    statement that fails), for tests that a failed migration leaves the database as it was."""
    import bellink.db as dbmod

    def _break(name, sql):
        broken = tmp_path / "broken_migrations"
        broken.mkdir(exist_ok=True)
        listed = []
        for stem, f in dbmod.list_migrations():
            text = f.read_text(encoding="utf-8")
            if stem == name:
                text += "\n" + sql + "\n"
            (broken / f.name).write_text(text, encoding="utf-8")
            listed.append((stem, broken / f.name))
        monkeypatch.setattr(dbmod, "list_migrations", lambda: listed)

    return _break


@pytest.fixture
def failed_migration(seeded_db, tmp_path, old_database, break_migration):
    """``failed_migration(previous, name, table, query, prepare=None)``: the seeds as they were after
    ``previous``, then ``name`` made to fail at its end (a statement reading ``table``): migrating must
    raise, and leave the schema, ``query``'s rows and the record of applied migrations as they were."""
    import sqlite3

    from bellink.db import connect, migrate

    def rows(path, sql):
        return [tuple(r) for r in sqlite3.connect(path).execute(sql)]

    def _check(previous, name, table, query, prepare=None):
        old = tmp_path / "old.db"
        old_database(seeded_db, old, previous)
        if prepare is not None:
            with sqlite3.connect(old) as conn:
                prepare(conn)
        schema_sql = "select name, sql from sqlite_master order by name"
        before, schema = rows(old, query), rows(old, schema_sql)
        break_migration(name, f"SELECT no_such_column FROM {table};")
        conn = connect(old)
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn)
        conn.close()
        assert rows(old, schema_sql) == schema
        assert rows(old, query) == before
        assert name not in {r[0] for r in rows(old, "select name from bellink_migrations")}

    return _check
