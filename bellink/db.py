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
* WAL journal and a busy timeout let a query run while an ingest writes; a
  writer waits up to a minute for another writer (two ingests at once take
  turns, one transaction per document).
* Every write goes through ``transaction``: when SQLite itself ended the
  transaction (a full disk, an I/O error), the error that did it is the one
  raised, not "cannot rollback - no transaction is active".
* An error that means the database as a whole cannot be written (full disk,
  read-only file, I/O error, corruption) is ``StorageError``, with the
  database's path: ingest stops at the first one instead of failing every
  remaining file the same way.
* Queries open a database they cannot write (a read-only file or folder)
  read-only, or as immutable when not even the WAL index can be created.

Only the standard library is imported here: query commands go through this
module and must start fast.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import quote

MIGRATIONS_TABLE = "bellink_migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 60_000


class DatabaseError(Exception):
    """A database the user pointed at cannot be used; the message says why."""


class StorageError(DatabaseError):
    """The database cannot be written at all (disk full, read-only, I/O error, corrupt): every
    further write would fail the same way, so the run stops with this one message."""


# SQLite's words for errors about the database as a whole, not about one document's rows
_STORAGE_FAILURES = ("database or disk is full", "disk i/o error", "readonly database", "read-only",
                     "unable to open database", "database disk image is malformed", "file is not a database",
                     "database is locked", "out of memory")


def database_path(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("pragma database_list").fetchone()
        return row[2] or ":memory:"
    except sqlite3.Error:
        return "the database"


def storage_error(conn: sqlite3.Connection, exc: sqlite3.Error) -> Optional[StorageError]:
    """``exc`` as a StorageError naming the database, or None when it concerns one document only."""
    message = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    full = code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY,
                                                sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CANTOPEN,
                                                sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    if full or any(words in message.lower() for words in _STORAGE_FAILURES):
        return StorageError(f"{database_path(conn)}: {message}")
    return None


@contextmanager
def transaction(conn: sqlite3.Connection):
    """One write transaction (BEGIN IMMEDIATE: the write lock is taken first, so decisions made
    inside it see every other writer's committed work). A failure rolls back if SQLite has not
    already done so, and the failure itself is what propagates."""
    conn.execute("begin immediate")
    try:
        yield conn
        conn.execute("commit")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("rollback")
            except sqlite3.Error:
                pass  # the original error says what happened; this one would only hide it
        raise


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


def _check_is_regular(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise DatabaseError(f"cannot open {path}: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise DatabaseError(f"{path} is a directory, not a database file")
    if not stat.S_ISREG(mode):
        raise DatabaseError(f"{path} is not a regular file (a device, pipe or socket); give a database file path")


class Connection(sqlite3.Connection):
    read_only = False  # opened read-only (or immutable) because the place cannot be written
    created = False  # this process created the file (and no other: see connect)


def _open(target: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri,
                           factory=Connection)
    conn.row_factory = sqlite3.Row
    conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A database in a place this process cannot write: read-only, else immutable (when even the
    WAL index beside it cannot be created; nobody can be writing a file in a read-only place)."""
    base = "file:" + quote(str(path.resolve()))
    last: Optional[sqlite3.Error] = None
    for flags in ("?mode=ro", "?immutable=1"):
        try:
            conn = _open(base + flags, uri=True)
            conn.execute("select count(*) from sqlite_master").fetchone()
            conn.read_only = True
            return conn
        except sqlite3.Error as exc:
            last = exc
    raise DatabaseError(f"{path} cannot be opened: {last}")


def connect(path: str | os.PathLike, *, must_exist: bool = False, read_only_ok: bool = False) -> sqlite3.Connection:
    """Open (creating if allowed) a bellink database without migrating it.

    ``read_only_ok``: a database that cannot be opened for writing (read-only file or folder)
    is opened read-only instead (query commands)."""
    path = Path(path)
    if os.path.lexists(path):
        _check_is_regular(path)
        _check_is_sqlite(path)
    elif must_exist:
        raise DatabaseError(f"no database at {path}; run 'bellink ingest' first or pass --db")
    elif not path.parent.exists():
        raise DatabaseError(f"cannot create {path}: folder {path.parent} does not exist")
    created = False
    if not os.path.lexists(path):
        # created with O_EXCL: of two ingests started together, exactly one created it
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            created = True
        except FileExistsError:
            pass
        except OSError as exc:
            raise DatabaseError(f"cannot create {path}: {exc.strerror}") from None
    try:
        conn = _open(str(path))
        conn.created = created
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError:
            if not (read_only_ok and path.exists()):
                raise
            conn.close()
            conn = _open_read_only(path)
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
    if getattr(conn, "read_only", False):
        raise DatabaseError("this database was written by an older bellink and must be upgraded, which needs"
                            " write access to it and its folder; run 'bellink ingest' where it can be written")
    if conn.execute("pragma journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("pragma journal_mode = wal")
    applied = []
    for name, f in pending:
        sql = f.read_text(encoding="utf-8")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        keys_off = sql.startswith(FOREIGN_KEYS_OFF)
        if keys_off:
            # SQLite's procedure for rebuilding tables: with keys on, dropping an old table would
            # cascade into the rows just copied. Only outside a transaction can they be turned off.
            conn.execute("pragma foreign_keys = off")
        try:
            with transaction(conn):
                # Re-check under the write lock: another process may have migrated meanwhile.
                if name in set(applied_migrations(conn)):
                    continue
                conn.execute(
                    f"create table if not exists {MIGRATIONS_TABLE} "
                    "(name text primary key, applied_at text not null)"
                )
                for statement in _split_sql(sql):
                    if statement.startswith(PYTHON_STEP):
                        PYTHON_STEPS[statement[len(PYTHON_STEP):].strip()](conn)
                    else:
                        conn.execute(statement)
                if keys_off:
                    _check_keys(conn, sql)
                conn.execute(
                    f"insert into {MIGRATIONS_TABLE} (name, applied_at) values (?, ?)", (name, now)
                )
        finally:
            if keys_off:
                conn.execute("pragma foreign_keys = on")
        applied.append(name)
    return applied


# A line of a migration that runs a step in Python, in the migration's transaction (a data move that
# SQL alone would do in quadratic time)
PYTHON_STEP = "-- bellink: python "

# Documents' text (migration 0036): the bytes of its UTF-8 in pieces of TEXT_PIECE bytes, the piece n
# of the document with key pk under the key pk * TEXT_KEY + n. The views and triggers of 0036 have
# both numbers written in them: they cannot change without a migration.
TEXT_PIECE = 512
TEXT_KEY = 1 << 32


def text_pieces(pk: int, text: str) -> list[tuple[int, bytes]]:
    """``(key, piece)`` rows of ``document_text`` for one document's text."""
    data = text.encode("utf-8")
    base = pk * TEXT_KEY
    return [(base + n, data[at:at + TEXT_PIECE]) for n, at in enumerate(range(0, len(data), TEXT_PIECE))]


def _split_texts(conn: sqlite3.Connection) -> None:
    """Migration 0036: every stored text into its pieces, one document at a time."""
    for (pk,) in conn.execute("select pk from document_rows order by pk").fetchall():
        text = conn.execute("select text from document_rows where pk = ?", (pk,)).fetchone()[0]
        conn.executemany("insert into document_text (key, piece) values (?, ?)", text_pieces(pk, text))


def hash_bytes(digest: str):
    """A hex SHA-256 as stored since migration 0041: its 32 bytes (any other text as it is)."""
    if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
        return bytes.fromhex(digest)
    return digest


def _hash_blobs(conn: sqlite3.Connection) -> None:
    """Migration 0041: every document's hashes from hex to their bytes."""
    for table, col, key in (("document_rows", "sha256", "pk"), ("document_fingerprints", "text_sha256", "document_id")):
        rows = conn.execute(f"select {key}, {col} from {table} where typeof({col}) = 'text'").fetchall()
        conn.executemany(f"update {table} set {col} = ? where {key} = ?",
                         [(hash_bytes(h), k) for k, h in rows if isinstance(hash_bytes(h), bytes)])


PYTHON_STEPS = {"split_texts": _split_texts, "hash_blobs": _hash_blobs}


# First line of a migration that rebuilds tables: applied with foreign keys off, its tables checked
FOREIGN_KEYS_OFF = "-- bellink: foreign keys off"


def _check_keys(conn: sqlite3.Connection, sql: str) -> None:
    """Refuse (and so roll back) a rebuild that left a row pointing nowhere in a table it names."""
    import re

    named = set(re.findall(r"\w+", sql.lower()))
    bad = [r for r in conn.execute("pragma foreign_key_check") if r[0].lower() in named]
    if bad:
        raise DatabaseError(f"the migration would leave {len(bad)} rows pointing nowhere (first: {tuple(bad[0])})")


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole. A line
    ``-- bellink: python NAME`` alone is a step of its own: ``PYTHON_STEPS[NAME](conn)``."""
    statements, buf = [], []
    for line in sql.splitlines(keepends=True):
        if line.startswith(PYTHON_STEP) and _only_comments("".join(buf)):
            statements.append(line.strip())
            buf = []
            continue
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


def _unlink_regular(name: str) -> None:
    """Delete ``name`` if it is a regular file: never a device, pipe or link someone named as the
    database (as root, deleting /dev/null and letting the next writer make it a file breaks the machine)."""
    try:
        if stat.S_ISREG(os.lstat(name).st_mode):
            os.unlink(name)
    except FileNotFoundError:
        pass


def remove_if_unused(path: str | os.PathLike) -> bool:
    """Delete a database that holds no document and that no other process has open (an ingest
    that created it and stored nothing leaves no trace). With another ingest writing into it,
    it stays: deleting it then lost that ingest's documents."""
    path = Path(path)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=0)
    except sqlite3.Error:
        return False
    try:
        # exclusive locking in WAL mode: refused while any other connection has the file open
        conn.execute("pragma locking_mode = exclusive")
        conn.execute("begin exclusive")
        has_table = conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone()
        if has_table and conn.execute("select 1 from documents limit 1").fetchone():
            return False
        for suffix in ("", "-wal", "-shm", "-journal"):
            _unlink_regular(f"{path}{suffix}")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def open_db(path: str | os.PathLike, *, must_exist: bool = False, read_only_ok: bool = False) -> sqlite3.Connection:
    """Open a bellink database, migrated to the newest schema (see ``connect`` for ``read_only_ok``)."""
    conn = connect(path, must_exist=must_exist, read_only_ok=read_only_ok)
    try:
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"cannot migrate {path}: {exc}") from None
    return conn


def page_count(conn: sqlite3.Connection) -> int:
    return conn.execute("pragma page_count").fetchone()[0]


# Above this size an ingest leaves compacting to ``bellink compact``: VACUUM holds the write lock while it
# rewrites the file (100,000 documents, 1.5 GB: 16-27 s), and another ingest's writer waits at most a minute.
AUTO_COMPACT_MAX_BYTES = 256 * 2**20


def compact_after_ingest(conn: sqlite3.Connection, pages_before: int) -> Optional[dict]:
    """``compact`` when the run that just ended at least doubled the database (a new one, above all),
    so that what an ingest leaves is as small as ``bellink compact`` makes it; None otherwise.

    Issue 15: a fresh ingest fills its indexes in random order and leaves their pages ~87% used
    (1,000 English articles: 6.34 bytes per source byte as written, 5.99 compacted; Russian 4.07,
    3.87). Compacting costs about what writing the file once did, so only a run that wrote at least
    half of the file pays for it: a database that grows by such runs is compacted each time it
    doubles, and a run that adds a few documents to a large one never waits for it. Another process
    writing, a reader holding the file, too little disk space or a file over AUTO_COMPACT_MAX_BYTES:
    it is left as it is (nothing is lost), and ``bellink compact`` does it later."""
    pages = page_count(conn)
    if pages < 2 * pages_before or pages * conn.execute("pragma page_size").fetchone()[0] > AUTO_COMPACT_MAX_BYTES:
        return None
    conn.execute("pragma busy_timeout = 1000")  # nobody waits a minute for an optional step
    try:
        return compact(conn)
    except sqlite3.Error:
        try:
            conn.execute("pragma wal_checkpoint(truncate)")  # a VACUUM that failed leaves its frames
        except sqlite3.Error:
            pass
        return None
    finally:
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")


def compact(conn: sqlite3.Connection) -> dict:
    """Give back the space a database leaves free: the full-text index's segments merged into one
    (FTS5 keeps a replaced document's entries until its segments merge), then ``VACUUM`` (every
    table and index rewritten in key order, pages full, free pages returned to the file system).

    Issue 15: a fresh ingest leaves no free pages, but its indexes, filled in random order, and the
    documents' pages, which a 1.5-4 KB row leaves part empty, hold ~5% of the file; a re-ingest
    leaves free pages and deleted index entries besides (1,000 English documents, 300 replaced:
    6.9 bytes per source byte, 6.1 compacted). Like VACUUM it needs the database to itself and free
    disk space about its size, and it takes a while on a large one (about a minute at 100,000
    documents). Returns the file's size before and after, in bytes."""
    path = conn.execute("pragma database_list").fetchone()[2]
    conn.execute("pragma wal_checkpoint(truncate)")
    before = os.path.getsize(path)
    fts = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'"
                                      " and sql like 'create virtual table%fts5%'")]
    with transaction(conn):
        for name in fts:
            conn.execute(f"insert into [{name}] ([{name}]) values ('optimize')")
    conn.execute("vacuum")
    conn.execute("pragma wal_checkpoint(truncate)")
    return {"database": path, "bytes_before": before, "bytes_after": os.path.getsize(path)}
