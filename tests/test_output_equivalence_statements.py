"""Restructuring the statements stage must not change what it finds.

Every article bellink ships or is tested on (the seeds, bench/gold, bench/heldout and bench/news
articles, the files in tests/data and every passage of tests/data/statements) is analyzed, and its statements are
compared field for field with the snapshot saved in tests/data/equivalence/statements/ before the
stage was moved. ``rule`` (which construction made a statement) is new, so it is not compared.

When a change of output is deliberate (a fix), regenerate the snapshots in the same commit and say so
in its message:

    BELLINK_UPDATE_SNAPSHOTS=1 python -m pytest -q tests/test_output_equivalence_statements.py

A snapshot records the sha256 of the text the stage read; when loading or cleaning changes that text
(another stage's work), the comparison for that file is skipped with a note, not failed: it would no
longer compare like with like.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SNAPSHOTS = DATA / "equivalence" / "statements"
UPDATE = bool(os.environ.get("BELLINK_UPDATE_SNAPSHOTS"))
DEFAULT_PUBLISHED = "2024-06-01"  # for test files with no manifest and no dateline
IGNORED_FIELDS = {"rule"}


def _file_sources():
    """(snapshot name, path, manifest folder) of every article file."""
    groups = [
        ("seeds", ROOT / "seeds", "*.txt"),
        ("gold", ROOT / "bench" / "gold" / "articles", "*.txt"),
        ("heldout", ROOT / "bench" / "heldout" / "articles", "*.txt"),
        ("news_dev", ROOT / "bench" / "news" / "dev" / "articles", "*.txt"),
        # bench/news/heldout is left out on purpose: snapshots of its output in tests/data would put
        # what bellink gets right and wrong there where anyone tuning rules reads it
        ("data", DATA / "articles", "*"),
        ("events", DATA / "events", "**/*.txt"),
    ]
    out = []
    for group, folder, pattern in groups:
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and path.name != "manifest.json" and path.suffix in (".txt", ".html", ".md"):
                rel = path.relative_to(folder).with_suffix("")
                out.append((f"{group}__{'_'.join(rel.parts)}", path))
    return out


def _passages():
    out = []
    for lang in ("en", "ru"):
        text = (DATA / "statements" / f"{lang}.txt").read_text(encoding="utf-8")
        for m in re.finditer(r"^=== (\S+) \| (\S+)\n(.*?)(?=^=== |\Z)", text, re.S | re.M):
            out.append((f"passage__{lang}_{m.group(1)}", lang, m.group(2), m.group(3).strip() + "\n"))
    return out


FILES = _file_sources()
PASSAGES = _passages()
NAMES = [n for n, _ in FILES] + [p[0] for p in PASSAGES]


def _analysis(name: str):
    from bellink.ingest.load import load_document, load_manifest
    from bellink.ingest.pipeline import analyze, analyze_text

    for n, path in FILES:
        if n == name:
            manifest = load_manifest(path.parent)
            doc = load_document(path, manifest=manifest)
            if not doc.published:
                doc.published, doc.published_precision = DEFAULT_PUBLISHED, "day"
            return analyze(doc)
    for n, lang, published, body in PASSAGES:
        if n == name:
            return analyze_text(body, lang=lang, published=published)
    raise KeyError(name)


def _row(a, st) -> dict:
    d = st.date
    return {
        "speaker": st.speaker, "speaker_text": st.speaker_text, "role": st.role, "text": st.text,
        "direct": st.direct, "start": st.start, "stop": st.stop, "sentence": st.sentence, "cue": st.cue,
        "channel": st.channel, "confidence": st.confidence,
        "date": None if d is None else {"value": d.value, "precision": d.precision, "method": d.method,
                                        "text": d.text, "end": d.end},
        "rule": (getattr(st, "details", None) or {}).get("rule"),
    }


def snapshot_of(name: str) -> dict:
    a = _analysis(name)
    return {"input_sha256": hashlib.sha256(a.document.text.encode("utf-8")).hexdigest(),
            "statements": [_row(a, st) for st in a.statements]}


def _strip(rows):
    return [{k: v for k, v in r.items() if k not in IGNORED_FIELDS} for r in rows]


@pytest.mark.parametrize("name", NAMES)
def test_statements_unchanged(name):
    path = SNAPSHOTS / f"{name}.json"
    got = snapshot_of(name)
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"no snapshot {path.name}; run with BELLINK_UPDATE_SNAPSHOTS=1 to create it")
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    want = json.loads(path.read_text(encoding="utf-8"))
    if want["input_sha256"] != got["input_sha256"]:
        pytest.skip(f"{name}: the text the stage reads changed (loading or cleaning); regenerate the snapshot")
    assert _strip(got["statements"]) == _strip(want["statements"])


def test_every_snapshot_has_a_source():
    """A snapshot whose article was renamed or removed would silently stop being checked."""
    stale = sorted(p.stem for p in SNAPSHOTS.glob("*.json") if p.stem not in NAMES)
    assert not stale, f"snapshots without an article: {stale}"
