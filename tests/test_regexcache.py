"""The on-disk cache of compiled regular expressions (``bellink.ingest.regexcache``): the same patterns as
compiling from text, and nothing from a file it should not trust."""
import array
import base64
import json
import os
import re
import subprocess
import sys

import _sre
import pytest

from bellink.ingest import regexcache

PROBE = """
import re, sys
from bellink.ingest import regexcache, workers
workers.warm(russian=True)
print(regexcache._state["new"], len(regexcache._state["known"]), len(regexcache._state["used"]))
"""


def _run(cache_dir, extra_env=None, probe=PROBE):
    env = {**os.environ, "BELLINK_CACHE": str(cache_dir), **(extra_env or {})}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    return [int(x) for x in out.stdout.split()]


def _entries(cache_dir):
    files = list(cache_dir.glob("regex-*.json"))
    assert len(files) == 1
    return files[0], json.loads(files[0].read_text(encoding="utf-8"))


def test_second_process_compiles_nothing_and_gets_equal_patterns(tmp_path):
    new, known, used = _run(tmp_path)
    assert new > 300 and known == new  # the stages' patterns, compiled from text and written
    path, entries = _entries(tmp_path)
    new2, known2, used2 = _run(tmp_path)
    # every pattern found: the stages build the same pattern strings in every process (no set order in them)
    assert new2 == 0 and known2 == known and used2 > 300
    # each cached entry gives the very pattern compiling its text gives (Pattern equality compares the code)
    for e in entries:
        args = regexcache._from_json(e)
        assert args is not None
        assert _sre.compile(*args) == regexcache._original(e[0], e[1]), e[0][:80]


@pytest.mark.parametrize("pattern", [r"[\udc80-\udcff]", r"x\ud800y"])  # lone surrogates: no UTF-8 file holds them
def test_a_pattern_the_file_cannot_hold_is_compiled_as_usual_and_the_others_are_still_saved(tmp_path, pattern):
    probe = PROBE.replace("workers.warm(russian=True)",
                          f"workers.warm(russian=True)\nassert re.compile('{pattern}').pattern == '{pattern}'")
    new, known, _ = _run(tmp_path, probe=probe)
    assert new > 300 and known == new
    _, entries = _entries(tmp_path)  # written, the stages' patterns in it
    assert len(entries) == known
    new2, known2, _ = _run(tmp_path, probe=probe)
    assert new2 == 0 and known2 == known  # nothing compiled from text again, nothing to save at exit


def test_the_stage_patterns_in_this_process_equal_their_text_compiled():
    from bellink.ingest import workers

    workers.warm(russian=True)
    known = dict(regexcache._state["known"])
    assert known or not regexcache._state["on"]
    for (pattern, flags), args in known.items():
        assert _sre.compile(*args) == regexcache._original(pattern, flags)


@pytest.mark.parametrize("damage", ["code", "types", "not-json", "shape"])
def test_a_damaged_cache_is_not_used(tmp_path, damage):
    _run(tmp_path)
    path, entries = _entries(tmp_path)
    if damage == "code":  # a list of integers SRE refuses: that pattern is compiled from its text
        for e in entries:
            e[3] = base64.b64encode(array.array("I", [99999] * 40).tobytes()).decode()
        path.write_text(json.dumps(entries), encoding="utf-8")
    elif damage == "types":
        for e in entries:
            e[3] = [1, 2, 3]
        path.write_text(json.dumps(entries), encoding="utf-8")
    elif damage == "not-json":
        path.write_bytes(b"\x80\x04garbage")
    else:
        path.write_text(json.dumps({"a": 1}), encoding="utf-8")
    new, known, used = _run(tmp_path)
    assert new > 300  # compiled from text again (and the file rewritten)
    path, entries = _entries(tmp_path)
    good = 0
    for e in entries:  # what the run compiled again is sound; an entry it never met may still be refused
        args = regexcache._from_json(e)
        if args is None:
            continue
        try:
            rx = _sre.compile(*args)
        except RuntimeError:
            continue
        assert rx == regexcache._original(e[0], e[1])
        good += 1
    assert good > 300


def test_refused_code_falls_back_to_the_text(tmp_path, monkeypatch):
    good = regexcache._original(r"\b(?P<w>ab+c)\b", re.IGNORECASE)
    key = (r"\b(?P<w>ab+c)\b", int(re.IGNORECASE))
    monkeypatch.setitem(regexcache._state, "known", {key: (key[0], good.flags, [1, 2, 3], 1, {"w": 1}, (None, "w"))})
    monkeypatch.setitem(regexcache._state, "on", True)
    rx = regexcache._compile(*key)
    assert rx == good and rx.search("xx ABBC yy").group("w") == "ABBC"


def test_a_file_others_may_write_is_not_read(tmp_path):
    _run(tmp_path)
    path, _ = _entries(tmp_path)
    os.chmod(path, 0o666)
    assert regexcache._read(str(path)) == {}
    os.chmod(path, 0o600)
    assert len(regexcache._read(str(path))) > 300


def test_switched_off_by_the_environment(tmp_path):
    new, known, used = _run(tmp_path, {"BELLINK_REGEX_CACHE": "0"})
    assert (new, known) == (0, 0) and not list(tmp_path.glob("regex-*.json"))


def test_query_commands_do_not_load_it():
    code = "import sys; from bellink.cli import cli; print('bellink.ingest.regexcache' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
