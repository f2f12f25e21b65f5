"""Nothing lost, nothing let in (issue 10): concurrent ingests, storage failures, read-only databases.

The fast, deterministic half of the reliability work; the long randomized suite (kill -9, real
concurrent processes, a full tmpfs, the fuzz corpus) is bench/reliability/run.py.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import DatabaseError, StorageError, open_db, transaction
from bellink.ingest import pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE_A = (SEEDS / "001_1e42d33d7abe5dcd.txt").read_text(encoding="utf-8")
ARTICLE_B = (SEEDS / "003_30802583c04b4f2c.txt").read_text(encoding="utf-8")


def _folder(root: Path, name: str, text: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "report.txt").write_text(text, encoding="utf-8")
    return folder


def _documents(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select id, path, sha256 from documents order by id").fetchall()
    finally:
        conn.close()


# --- finding 1: two ingests at once ---------------------------------------------------------------

def test_a_document_stored_by_another_ingest_meanwhile_is_not_taken_for_an_earlier_version(tmp_path, monkeypatch):
    """Two folders with the same file name: the second ingest stores its file while the first is
    analyzing; the first used to pick the same id and delete the other's row as 'an earlier version'."""
    db = tmp_path / "kb.db"
    a, b = _folder(tmp_path, "a", ARTICLE_A), _folder(tmp_path, "b", ARTICLE_B)
    first, second = open_db(db), open_db(db)
    real_analyze = pipeline.analyze_many

    def analyze_while_the_other_ingest_runs(docs, helpers=0):
        monkeypatch.setattr(pipeline, "analyze_many", real_analyze)
        [other] = pipeline.ingest_paths(second, [b])
        assert other.status == "new"
        return real_analyze(docs, helpers=helpers)

    monkeypatch.setattr(pipeline, "analyze_many", analyze_while_the_other_ingest_runs)
    [mine] = pipeline.ingest_paths(first, [a])
    first.close(), second.close()
    stored = _documents(db)
    assert mine.status == "new"
    assert sorted(p for _, p, _ in stored) == sorted([str((a / "report.txt").resolve()),
                                                      str((b / "report.txt").resolve())])
    assert len({i for i, _, _ in stored}) == 2
    assert mine.document in {i for i, _, _ in stored}


def test_the_same_file_stored_meanwhile_by_another_ingest_is_unchanged_not_stored_twice(tmp_path, monkeypatch):
    db = tmp_path / "kb.db"
    a = _folder(tmp_path, "a", ARTICLE_A)
    first, second = open_db(db), open_db(db)
    real_analyze = pipeline.analyze_many

    def analyze_while_the_other_ingest_runs(docs, helpers=0):
        monkeypatch.setattr(pipeline, "analyze_many", real_analyze)
        assert [r.status for r in pipeline.ingest_paths(second, [a])] == ["new"]
        return real_analyze(docs, helpers=helpers)

    monkeypatch.setattr(pipeline, "analyze_many", analyze_while_the_other_ingest_runs)
    assert [r.status for r in pipeline.ingest_paths(first, [a])] == ["unchanged"]
    assert len(_documents(db)) == 1


def test_knowledge_base_sync_changes_nothing_the_second_time(tmp_path):
    """Two ingests starting together both synced the knowledge base; the second turned NULL
    attributes into '{}'."""
    conn = open_db(tmp_path / "kb.db")
    pipeline.sync_kb(conn)
    before = conn.execute("select * from entities order by id").fetchall()
    roles = conn.execute("select count(*) from roles").fetchone()[0]
    conn.execute("delete from meta where key = 'kb_digest'")  # as if the other process's sync were unseen
    pipeline.sync_kb(conn)
    assert [tuple(r) for r in conn.execute("select * from entities order by id")] == [tuple(r) for r in before]
    assert conn.execute("select count(*) from roles").fetchone()[0] == roles


def test_the_knowledge_base_digest_is_checked_again_under_the_write_lock(tmp_path, monkeypatch):
    conn = open_db(tmp_path / "kb.db")
    pipeline.sync_kb(conn)
    writes = []
    conn.set_trace_callback(lambda sql: writes.append(sql) if sql.lstrip().lower().startswith(("update", "insert"))
                            else None)
    # the first look at the digest is stale (the other ingest had not committed yet); the second is not
    real = conn.execute
    looks = []

    class Stale:
        def __init__(self, c):
            self.c = c

        def execute(self, sql, *args):
            if "kb_digest" in sql and sql.startswith("select") and not looks:
                looks.append(sql)
                return real("select 'stale'")
            return real(sql, *args)

        def __getattr__(self, name):
            return getattr(self.c, name)

    pipeline.sync_kb(Stale(conn))
    assert looks and not writes


# --- finding 5: storage errors --------------------------------------------------------------------

def _small_disk(conn, pages: int) -> None:
    """SQLite's own cap on the file's size: writes past it fail as on a full disk (SQLITE_FULL)."""
    used = conn.execute("pragma page_count").fetchone()[0]
    conn.execute(f"pragma max_page_count = {used + pages}")


def test_a_full_disk_is_reported_once_as_it_is_with_the_path(tmp_path):
    db = tmp_path / "kb.db"
    conn = open_db(db)
    pipeline.sync_kb(conn)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(ARTICLE_A.replace("Lukashenko", f"Lukashenko{i}") + f"\n\nNote {i}.",
                                          encoding="utf-8")
    _small_disk(conn, 8)
    results = []
    with pytest.raises(StorageError) as err:
        pipeline.ingest_paths(conn, [folder], on_file=results.append)
    message = str(err.value)
    assert message == f"{db}: database or disk is full"
    assert "rollback" not in message
    stored = [r for r in results if r.status == "new"]
    assert not any(r.status == "failed" for r in results)  # stopped at the first, not once per file
    conn.execute("pragma max_page_count = 1000000")
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from documents").fetchone()[0] == len(stored)


def test_a_failed_commit_raises_its_own_error_not_cannot_rollback(tmp_path):
    conn = open_db(tmp_path / "kb.db")
    conn.execute("create table t (x)")
    _small_disk(conn, 2)
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        with transaction(conn):
            conn.executemany("insert into t values (?)", [("x" * 4000,)] * 50)
    assert not conn.in_transaction


def test_full_disk_during_the_knowledge_base_sync_is_one_line(tmp_path, monkeypatch):
    db = tmp_path / "kb.db"
    real_open = pipeline.sync_kb

    def sync_on_a_small_disk(conn):
        _small_disk(conn, 3)
        return real_open(conn)

    monkeypatch.setattr(pipeline, "sync_kb", sync_on_a_small_disk)
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(SEEDS)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {db}: database or disk is full"]
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_as_the_database_is_one_line(device):
    for command in (["ingest", str(SEEDS / "001_1e42d33d7abe5dcd.txt")], ["sources"]):
        result = CliRunner().invoke(cli, ["--db", device, *command])
        assert result.exit_code == 1
        lines = result.output.strip().splitlines()
        assert lines == [f"Error: {device} is not a regular file (a device, pipe or socket); give a database file path"]


# --- finding 9: read-only databases --------------------------------------------------------------

def _as_nobody() -> list[str]:
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot take write access away")
    drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    # 'nobody' must be able to run this interpreter with bellink's dependencies: a virtual
    # environment inside a private (0700) temporary folder, as CI makes, is not readable to it
    probe = subprocess.run([*drop, sys.executable, "-c", "import click, bellink"], capture_output=True, text=True,
                           cwd=tempfile.gettempdir())
    if probe.returncode != 0:
        pytest.skip("user 'nobody' cannot run this Python environment (is it in a private folder?)")
    return drop


@pytest.fixture(scope="module")
def read_only_copy(tmp_path_factory):
    """A seeds database in a folder and file nobody may write (root drops to 'nobody' to read it)."""
    src = tmp_path_factory.mktemp("ro") / "src.db"
    result = CliRunner().invoke(cli, ["--db", str(src), "ingest", str(SEEDS / "001_1e42d33d7abe5dcd.txt")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(src)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    folder = Path(tempfile.mkdtemp(prefix="bellink-ro-"))
    shutil.copy(src, folder / "kb.db")
    os.chmod(folder / "kb.db", 0o444)
    os.chmod(folder, 0o555)
    yield folder / "kb.db"
    os.chmod(folder, 0o755)
    shutil.rmtree(folder)


def _bellink(*args, env=None) -> subprocess.CompletedProcess:
    exe = [sys.executable, "-m", "bellink"]
    return subprocess.run([*_as_nobody(), *exe, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HOME": "/tmp", **(env or {})})


def test_a_read_only_database_in_a_read_only_folder_can_be_queried(read_only_copy):
    result = _bellink("--db", str(read_only_copy), "sources", "--json")
    assert result.returncode == 0, result.stderr
    assert [r["document"] if "document" in r else r.get("id") for r in json.loads(result.stdout)]
    result = _bellink("--db", str(read_only_copy), "who-said", "Lukashenko", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == ["kb.db"]


def test_ingest_into_a_read_only_database_is_one_line(read_only_copy, tmp_path):
    article = Path(tempfile.mkdtemp(prefix="bellink-art-")) / "new.txt"
    article.write_text(ARTICLE_B, encoding="utf-8")
    os.chmod(article.parent, 0o755)
    os.chmod(article, 0o644)
    try:
        result = _bellink("--db", str(read_only_copy), "ingest", str(article))
    finally:
        shutil.rmtree(article.parent)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(read_only_copy) in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_open_db_refuses_a_directory_and_a_fifo(tmp_path):
    with pytest.raises(DatabaseError, match="is a directory"):
        open_db(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="not a regular file"):
        open_db(fifo)


# --- finding 7: names and search text taken literally ---------------------------------------------

LONG = "Lukashenko" * 5000  # 50,000 characters: past SQLite's LIKE pattern limit


@pytest.mark.parametrize("args", [
    ["who-said", LONG], ["show", LONG], ["statements", "--about", LONG], ["entities", "--search", LONG],
    ["search", LONG], ["deliveries", "--system", LONG], ["timeline", "--entity", LONG],
])
def test_a_very_long_name_is_one_line(seeded_db, args):
    result = CliRunner().invoke(cli, ["--db", str(seeded_db), *args])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "50,000 characters" in lines[0], lines[:3]


@pytest.mark.parametrize("args", [["statements", "--about", "%"], ["statements", "--about", "_"],
                                  ["entities", "--search", "%"], ["entities", "--search", "_"],
                                  ["entities", "--search", "%%"], ["who-said", "Lukashenko", "--about", "_%"]])
def test_like_wildcards_are_literal_text(seeded, args):
    assert seeded(*args) == []


def test_surname_lookup_does_not_treat_wildcards_as_wildcards(seeded_db):
    from bellink import lookup

    conn = open_db(seeded_db)
    for name in ("%", "_", "%%%%", "__"):
        assert lookup.find_entities(conn, name) == []
    assert lookup.like_literal("50%_a\\b") == "50\\%\\_a\\\\b"
    row = conn.execute("select 'S%4_0' like ? escape '\\', 'S-400' like ? escape '\\'",
                       (lookup.like_literal("S%4_0"), lookup.like_literal("S%4_0"))).fetchone()
    assert tuple(row) == (1, 0)


# --- findings 2, 6, 8: what ingest reads ----------------------------------------------------------

def _ingest(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), "ingest", *args, "--json"])


def test_a_link_out_of_the_folder_is_reported_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:Lukashenko said the password is hunter2.\n", encoding="utf-8")
    corpus = _folder(tmp_path, "corpus", ARTICLE_A)
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "up").symlink_to("..")  # would walk the parent's other folders
    other = _folder(tmp_path, "other", ARTICLE_B)
    db = tmp_path / "kb.db"
    result = _ingest(db, str(corpus))
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    by_name = {Path(r["path"]).name: r for r in rows}
    assert {n: r["status"] for n, r in by_name.items()} == {"passwd.txt": "failed", "up": "failed",
                                                            "report.txt": "new"}
    assert "outside" in by_name["passwd.txt"]["message"] and "--follow-symlinks" in by_name["up"]["message"]
    assert [Path(p).parent.name for _, p, _ in _documents(db)] == ["corpus"]
    assert not (other / "report.txt").samefile(corpus / "report.txt")
    followed = _ingest(db, str(corpus), "--follow-symlinks")
    assert {Path(r["path"]).name: r["status"] for r in json.loads(followed.stdout)}["passwd.txt"] == "new"


def test_a_link_inside_the_folder_is_read_where_it_points(tmp_path):
    corpus = _folder(tmp_path, "corpus", ARTICLE_A)
    (corpus / "again.txt").symlink_to(corpus / "report.txt")
    result = _ingest(tmp_path / "kb.db", str(corpus))
    assert sorted(r["status"] for r in json.loads(result.stdout)) == ["duplicate", "new"]


def test_a_fifo_in_a_folder_or_named_is_refused_without_hanging(tmp_path):
    corpus = _folder(tmp_path, "corpus", ARTICLE_A)
    os.mkfifo(corpus / "pipe.txt")
    db = tmp_path / "kb.db"
    rows = json.loads(_ingest(db, str(corpus)).stdout)
    assert {Path(r["path"]).name: r["status"] for r in rows} == {"pipe.txt": "failed", "report.txt": "new"}
    assert "not a regular file" in next(r["message"] for r in rows if r["status"] == "failed")
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(corpus / "pipe.txt")])
    assert result.exit_code == 1 and "not a regular file" in result.output


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_not_read(tmp_path, device):
    from bellink.ingest.load import LoadError, read_file

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.db"), "ingest", device])
    assert result.exit_code == 1 and "not a regular file" in result.output
    with pytest.raises(LoadError, match="not a regular file"):
        read_file(Path(device))


def test_the_byte_limit_holds_while_reading(tmp_path, monkeypatch):
    from bellink.ingest.load import document as load

    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 11)
    monkeypatch.setattr(load, "MAX_BYTES", 10)
    real_fstat = os.fstat
    # a size the file system under-reports (as it does for /proc files), or a file still growing
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:])))
    with pytest.raises(load.LoadError, match="too large"):
        load.read_file(f)


def test_an_unreadable_folder_or_file_is_reported_and_the_exit_is_not_zero(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="bellink-unreadable-"))
    try:
        corpus = _folder(base, "corpus", ARTICLE_A)
        closed = _folder(corpus, "closed", ARTICLE_B)
        (corpus / "locked.txt").write_text(ARTICLE_B.replace("S-400", "S-300"), encoding="utf-8")
        for p in (base, corpus, corpus / "report.txt"):
            os.chmod(p, 0o777 if p.is_dir() else 0o644)
        os.chmod(closed, 0o000)
        os.chmod(corpus / "locked.txt", 0o000)
        result = _bellink("--db", str(base / "kb.db"), "ingest", str(corpus), "--json")
        assert result.returncode == 1, result.stderr
        rows = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
        assert rows["report.txt"]["status"] == "new"
        assert rows["closed"]["status"] == "failed" and "cannot read this folder" in rows["closed"]["message"]
        assert rows["locked.txt"]["status"] == "failed" and "ermission denied" in rows["locked.txt"]["message"]
    finally:
        os.chmod(base / "corpus" / "closed", 0o755)
        shutil.rmtree(base)


# --- finding 10: what a changed or repeated article leaves ----------------------------------------

def _aliases(db: Path, key: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {a for (a,) in conn.execute(
            "select a.alias from aliases a join entities e on e.id = a.entity_id where e.key = ?", (key,))}
    finally:
        conn.close()


V1 = "Соглашение\n\nРоссия подписала соглашение с Белоруссией 5 мая 2021 года, сообщил Лукашенко.\n"
V2 = "Соглашение\n\nРоссия подписала соглашение с Казахстаном 5 мая 2021 года, сообщил Лукашенко.\n"


def test_aliases_learned_only_from_an_old_version_go_when_it_changes(tmp_path):
    db = tmp_path / "kb.db"
    note = tmp_path / "c" / "note.txt"
    note.parent.mkdir()
    note.write_text(V1, encoding="utf-8")
    assert _ingest(db, str(note)).exit_code == 0
    assert "Белоруссией" in _aliases(db, "country:belarus")
    note.write_text(V2, encoding="utf-8")
    assert json.loads(_ingest(db, str(note)).stdout)[0]["status"] == "updated"
    aliases = _aliases(db, "country:belarus")
    assert "Белоруссией" not in aliases
    assert {"Belarus", "Белоруссия"} <= aliases  # what the knowledge base gives stays
    assert "Лукашенко" in _aliases(db, "person:lukashenko_alexander")  # still in the text


def test_an_alias_another_document_still_uses_stays(tmp_path):
    db = tmp_path / "kb.db"
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "note.txt").write_text(V1, encoding="utf-8")
    (folder / "other.txt").write_text(V1.replace("5 мая", "7 июня"), encoding="utf-8")
    assert _ingest(db, str(folder)).exit_code == 0
    (folder / "note.txt").write_text(V2, encoding="utf-8")
    _ingest(db, str(folder))
    assert "Белоруссией" in _aliases(db, "country:belarus")


def test_force_reports_byte_identical_copies_as_duplicates(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(ARTICLE_A, encoding="utf-8")
    db = tmp_path / "kb.db"
    for run in (["--force"], [], ["--force"]):
        rows = json.loads(_ingest(db, str(folder), *run).stdout)
        assert [r["status"] for r in rows][1:] == ["duplicate", "duplicate"], run
        assert {r["document"] for r in rows} == {"a"}
    assert len(_documents(db)) == 1


def test_a_doctype_internal_subset_leaves_nothing_in_the_text():
    from bellink.ingest.load.webpage import read_page, strip_doctype

    page = ('<!DOCTYPE html [\n<!ENTITY nbsp "&#160;">\n<!ENTITY q "]>">\n<!-- ]> -->\n]>\n<html><head><title>Minsk'
            ' report</title></head><body><div>Lukashenko said the S-400 arrived in Minsk on Monday, the ministry said'
            ' in a statement.</div></body></html>')
    assert read_page(page).text == ("Minsk report\n\nLukashenko said the S-400 arrived in Minsk on Monday, the "
                                    "ministry said in a statement.")
    assert strip_doctype('<!doctype html><p>x</p>') == "<p>x</p>"
    assert strip_doctype("<p>no declaration</p>") == "<p>no declaration</p>"
    assert strip_doctype('<!DOCTYPE x [ <!ENTITY a "b">') == ""  # never closed: nothing of it is text


def test_an_ingest_that_stored_nothing_does_not_delete_a_database_another_ingest_filled(tmp_path):
    """Two ingests of one folder started together: the second found every file stored by the first,
    stored nothing, took itself for the database's creator and deleted it with the first's documents."""
    from bellink.db import remove_if_unused

    db = tmp_path / "kb.db"
    mine, other = open_db(db), open_db(db)
    assert mine.created and not other.created  # exactly one of them created the file
    folder = _folder(tmp_path, "a", ARTICLE_A)
    assert [r.status for r in pipeline.ingest_paths(other, [folder])] == ["new"]
    assert not remove_if_unused(db)  # the other ingest still has it open
    other.close()
    assert not remove_if_unused(db)  # it holds a document
    mine.close()
    assert len(_documents(db)) == 1


def test_a_database_an_ingest_created_and_stored_nothing_in_leaves_no_trace(tmp_path):
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(tmp_path / "missing.txt"),
                                      str(SEEDS / "manifest.json")])
    assert result.exit_code == 1
    assert not list(tmp_path.glob("kb.db*"))


def test_an_unused_database_is_deleted_only_when_it_is_a_regular_file(tmp_path):
    """remove_if_unused deleted whatever the path named: a link someone gave as the database went, and
    as root so did a device (/dev/null deleted, the next writer makes it a regular file)."""
    import sqlite3

    from bellink.db import remove_if_unused

    target = tmp_path / "empty.db"
    sqlite3.connect(target).close()
    link = tmp_path / "link.db"
    link.symlink_to(target)
    assert remove_if_unused(link)
    assert link.is_symlink() and target.exists()  # the link is left, and what it points to
    assert remove_if_unused(target) and not target.exists()  # a regular file holding nothing goes
