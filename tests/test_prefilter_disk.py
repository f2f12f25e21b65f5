"""The parts every match of a pattern holds (``time.prefilter``), kept on disk between ingests: a second process
reads them all from the file, each the very answer reading the pattern gives, and nothing from a file it should not
trust."""
import json
import os
import re
import subprocess
import sys

import pytest

from bellink.ingest.time import prefilter

PROBE = """
from bellink.ingest import workers
from bellink.ingest.pipeline import analyze_text
from bellink.ingest.time import prefilter
workers.warm(russian=False)
analyze_text("Russia delivered four Su-30SM fighters to Belarus in May 2021, the ministry said.", lang="en")
analyze_text("Россия передала Белоруссии четыре истребителя Су-30СМ в мае 2021 года, сообщило министерство.", lang="ru")
print(prefilter._disk["on"], prefilter._disk["new"], len(prefilter._disk["known"]), len(prefilter._disk["used"]))
"""


def _run(cache_dir, extra_env=None):
    env = {**os.environ, "BELLINK_CACHE": str(cache_dir), **(extra_env or {})}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    on, new, known, used = out.stdout.split()
    return on == "True", int(new), int(known), int(used)


def _file(cache_dir):
    files = list(cache_dir.glob("parts-*.json"))
    assert len(files) == 1
    return files[0]


def _fresh(kind, source, flags):
    if kind == "parts":
        try:
            return tuple((s, float(score), f) for s, score, f in prefilter._sequence(
                prefilter.P.parse(source, flags), every=True))
        except Exception:
            return None
    if kind == "literal":
        return prefilter._literal_strings(source)
    return prefilter._starts(re.compile(source, flags))


def test_a_second_process_reads_every_part_from_disk_and_each_is_what_the_pattern_gives(tmp_path):
    on, new, known, used = _run(tmp_path)
    assert on and new > 50 and known == new  # the time rules', the gates' and the document gates' parts
    entries = json.loads(_file(tmp_path).read_text(encoding="utf-8"))
    assert len(entries) == known
    on2, new2, known2, used2 = _run(tmp_path)
    assert on2 and new2 == 0 and known2 == known and used2 == used  # every answer found, none read again
    kinds = set()
    for kind, source, flags, value in entries:
        kinds.add(kind)
        assert prefilter._checked(kind, value) == _fresh(kind, source, flags), (kind, source[:80])
    assert kinds == {"parts", "literal", "starts"}


@pytest.mark.parametrize("damage", [
    "not json",
    json.dumps({"a": 1}),
    json.dumps([["parts", "x", 0, [["x", "one", None]]]]),  # a score that is not a number
    json.dumps([["parts", "x", 0, [["x", 1.0]]]]),  # a part of two fields
    json.dumps([["literal", "x", 0, [["x", 2], False]]]),  # a word that is not a string
    json.dumps([["starts", "x", 0, ["[0-9]", "0"]]]),  # flags that are not a number
    json.dumps([["other", "x", 0, None]]),  # a kind no function gives
])
def test_a_damaged_entry_is_not_used(tmp_path, damage):
    on, new, known, _ = _run(tmp_path)
    path = _file(tmp_path)
    good = json.loads(path.read_text(encoding="utf-8"))
    try:
        bad = json.loads(damage)
    except ValueError:
        path.write_text(damage, encoding="utf-8")
    else:
        path.write_text(json.dumps(bad if not isinstance(bad, list) else bad + good), encoding="utf-8")
        if isinstance(bad, list):
            # the damaged entry is dropped, the others read
            on2, new2, known2, _ = _run(tmp_path)
            assert on2 and new2 == 0 and known2 == known
            return
    on2, new2, known2, _ = _run(tmp_path)
    assert on2 and new2 == known  # nothing read from it: every part read off its pattern again


def test_a_file_others_may_write_is_not_read(tmp_path):
    _run(tmp_path)
    path = _file(tmp_path)
    os.chmod(path, 0o666)
    _, new, known, _ = _run(tmp_path)
    assert new == known > 0


def test_the_file_is_named_by_this_module_s_source():
    # an edit of the walk gets a file of its own, never the old walk's answers
    import hashlib

    with open(prefilter.__file__, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()[:16]
    assert digest in os.path.basename(prefilter.disk_path())


def test_switched_off_with_the_regular_expression_cache(tmp_path):
    on, new, known, _ = _run(tmp_path, {"BELLINK_REGEX_CACHE": "0"})
    assert not on and known == 0
    assert not list(tmp_path.glob("parts-*.json"))
