"""An ingest run from the command line leaves with ``os._exit`` once its database is closed (``bellink/leave.py``): the
heap of a huge document's analysis is not freed object by object. What a user or a later run can see stays as a
normal exit leaves it: the output whole, the exit status, the database, the caches the ``atexit`` functions write."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from bellink import leave
from bellink.resources import resource_dir

# a sentinel whose finalizer writes to stderr: it runs when Python frees what it holds at exit, not after os._exit
PROGRAM = """
import sys
class Sentinel:
    def __del__(self):
        sys.stderr.write("FREED\\n")
sentinel = Sentinel()
from bellink.cli import cli
sys.argv = ["bellink", *sys.argv[1:]]
cli()
"""


def _run(tmp_path, *args):
    env = {**os.environ, "BELLINK_CACHE": str(tmp_path / "cache")}
    env.pop("BELLINK_DB", None)
    return subprocess.run([sys.executable, "-c", PROGRAM, "--db", str(tmp_path / "kb.db"), *args],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)


def test_an_ingest_leaves_at_once_with_its_output_its_database_and_its_caches(tmp_path):
    seed = sorted(resource_dir("seeds").glob("*.txt"))[0]
    got = _run(tmp_path, "ingest", str(seed), "--json")
    assert got.returncode == 0, got.stderr
    assert "FREED" not in got.stderr  # left without freeing the heap
    rows = json.loads(got.stdout)
    assert rows[0]["status"] == "new" and rows[0]["facts"] > 0
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert any((tmp_path / "cache").iterdir())  # the atexit functions ran (the regular-expression caches)
    again = _run(tmp_path, "ingest", str(seed), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)[0]["status"] == "unchanged"


def test_under_a_profiler_an_ingest_exits_as_before_and_the_profile_is_written(tmp_path):
    """``python -m cProfile -o FILE -m bellink ingest ...`` (bench/linearity.py): cProfile writes FILE when Python exits."""
    seed = sorted(resource_dir("seeds").glob("*.txt"))[0]
    env = {**os.environ, "BELLINK_CACHE": str(tmp_path / "cache")}
    env.pop("BELLINK_DB", None)
    got = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(tmp_path / "run.prof"), "-m", "bellink",
                          "--db", str(tmp_path / "kb.db"), "ingest", str(seed), "--json"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)[0]["status"] == "new"
    assert (tmp_path / "run.prof").stat().st_size > 0


def test_a_failed_ingest_and_other_commands_exit_as_before(tmp_path):
    missing = _run(tmp_path, "ingest", str(tmp_path / "nothing.txt"))
    assert missing.returncode == 1 and "no such file" in missing.stderr and "FREED" in missing.stderr
    listing = _run(tmp_path, "sources", "--json")
    assert "FREED" in listing.stderr


@pytest.mark.parametrize("entry, done, threads, left", [
    (True, True, 1, True), (False, True, 1, False), (True, False, 1, False), (True, True, 2, False)])
def test_only_the_entry_point_of_a_finished_command_with_no_other_thread_leaves_at_once(monkeypatch, entry, done,
                                                                                      threads, left):
    calls = []

    class Left(BaseException):
        pass

    def fake_exit(code):
        calls.append(("exit", code))
        raise Left

    monkeypatch.setattr(leave.os, "_exit", fake_exit)
    monkeypatch.setattr("atexit._run_exitfuncs", lambda: calls.append(("atexit",)))
    monkeypatch.setattr(leave.threading, "active_count", lambda: threads)
    monkeypatch.setattr(leave.sys, "gettrace", lambda: None)  # (under coverage, a tracer is set)
    monkeypatch.setattr(leave, "_done", done)
    with pytest.raises(Left if left else SystemExit) as caught:
        leave.exit_now(3, entry)
    if left:
        assert calls == [("atexit",), ("exit", 3)]
    else:
        assert calls == [] and caught.value.code == 3
