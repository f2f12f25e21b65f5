"""Storage: one SQLite file, its schema only ever from numbered SQL migrations.

Design:

* The schema lives in ``migrations/NNNN_name.sql``, applied in order when a
  database is opened. Each file runs in one transaction together with the row
  that records it in ``bellink_migrations``, so a crash mid-migration leaves
  the database at the previous step, never half-upgraded. Released migration
  files are never edited; a change is a new file.
* Every command that opens the database migrates it first (as llm does), so an
  old database upgrades in place the first time a new bellink touches it.
* A file that is not SQLite, or is SQLite but not bellink's, is refused before
  anything is written to it.
* WAL journal and a busy timeout let a query run while an ingest writes.

Only the standard library is imported here: query commands go through this
module and must start fast.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

MIGRATIONS_TABLE = "bellink_migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database the user pointed at cannot be used; the message says why."""


def list_migrations() -> list[tuple[str, Path]]:
    from bellink.resources import resource_dir

    files = sorted(resource_dir("migrations").glob("[0-9][0-9][0-9][0-9]_*.sql"))
    return [(f.stem, f) for f in files]


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a SQLite database; refusing to touch it")


def _check_is_bellink(conn: sqlite3.Connection, path: Path) -> None:
    names = {
        row[0]
        for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")
    }
    if names and MIGRATIONS_TABLE not in names:
        raise DatabaseError(
            f"{path} is a SQLite database but not a bellink one "
            f"(it has tables and no {MIGRATIONS_TABLE}); refusing to change it"
        )


def connect(path: str | os.PathLike, *, must_exist: bool = False) -> sqlite3.Connection:
    """Open (creating if allowed) a bellink database without migrating it."""
    path = Path(path)
    if path.exists():
        _check_is_sqlite(path)
    elif must_exist:
        raise DatabaseError(f"no database at {path}; run 'bellink ingest' first or pass --db")
    elif not path.parent.exists():
        raise DatabaseError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_is_bellink(conn, path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be opened as a SQLite database: {exc}") from None
    conn.execute("pragma foreign_keys = on")
    from bellink.facts import register_sql_function

    register_sql_function(conn)  # migrations backfill stable fact ids through it
    return conn


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if not exists:
        return []
    return [r[0] for r in conn.execute(f"select name from {MIGRATIONS_TABLE} order by name")]


def migrate(conn: sqlite3.Connection, upto: str | None = None) -> list[str]:
    """Apply pending migrations in order; return the names applied.

    ``upto`` stops after the named migration (tests use it to build an old database).
    """
    done = set(applied_migrations(conn))
    pending = [(name, f) for name, f in list_migrations() if name not in done]
    if upto is not None:
        pending = [(n, f) for n, f in pending if n <= upto]
    if not pending:
        return []
    if conn.execute("pragma journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("pragma journal_mode = wal")
    applied = []
    for name, f in pending:
        sql = f.read_text(encoding="utf-8")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn.execute("begin immediate")
        try:
            # Re-check under the write lock: another process may have migrated meanwhile.
            if name in set(applied_migrations(conn)):
                conn.execute("rollback")
                continue
            conn.execute(
                f"create table if not exists {MIGRATIONS_TABLE} "
                "(name text primary key, applied_at text not null)"
            )
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(
                f"insert into {MIGRATIONS_TABLE} (name, applied_at) values (?, ?)", (name, now)
            )
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        applied.append(name)
    return applied


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, buf = [], []
    for line in sql.splitlines(keepends=True):
        buf.append(line)
        chunk = "".join(buf)
        if sqlite3.complete_statement(chunk):
            if chunk.strip().strip(";").strip() and not _only_comments(chunk):
                statements.append(chunk)
            buf = []
    rest = "".join(buf).strip()
    if rest and not _only_comments(rest):
        raise DatabaseError(f"incomplete SQL at the end of a migration: {rest[:60]!r}")
    return statements


def _only_comments(chunk: str) -> bool:
    return all(
        not line.strip() or line.strip().startswith("--") for line in chunk.strip().strip(";").splitlines()
    )


def open_db(path: str | os.PathLike, *, must_exist: bool = False) -> sqlite3.Connection:
    """Open a bellink database, migrated to the newest schema."""
    conn = connect(path, must_exist=must_exist)
    try:
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"cannot migrate {path}: {exc}") from None
    return conn
