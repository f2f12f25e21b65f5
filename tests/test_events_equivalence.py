"""The events stage's output, field for field, against snapshots taken before it was restructured.

Every article bellink is measured on (the seeds, bench/gold, bench/heldout) and every article written for
the tests (tests/data/articles, tests/data/events, tests/data/statements) goes through the real pipeline;
what the events stage returns (every field of every event, and the mentions it adds) must equal
``tests/data/equivalence/events/<corpus>__<stem>.json``. ``details['rule']`` (which construction made
the event) is left out of the comparison: it names code, not behaviour; every event must have one.

Each snapshot also keeps a fingerprint of what the events stage was given (text, sentences, mentions,
time expressions, statements). When an earlier stage changes deliberately, the fingerprint differs and
the test says so instead of reporting a wall of event differences. A deliberate change of output (an
earlier stage's or a fix in the events stage) regenerates the snapshots, in the same commit that makes it:

    BELLINK_UPDATE_SNAPSHOTS=1 python -m pytest -q -p no:cacheprovider tests/test_events_equivalence.py
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).parent / "data" / "equivalence" / "events"
UPDATE = os.environ.get("BELLINK_UPDATE_SNAPSHOTS") == "1"
# articles written for the tests have no manifest; a fixed publication date lets relative dates resolve
TEST_PUBLISHED = "2024-06-01"

CORPORA = {
    "seeds": (ROOT / "seeds", "*.txt"),
    "gold": (ROOT / "bench" / "gold" / "articles", "*.txt"),
    "heldout": (ROOT / "bench" / "heldout" / "articles", "*.txt"),
    "articles": (ROOT / "tests" / "data" / "articles", "*"),
    "events": (ROOT / "tests" / "data" / "events", "**/*.txt"),
    "statements": (ROOT / "tests" / "data" / "statements", "*.txt"),
}


def _articles() -> list:
    out = []
    for corpus, (folder, pattern) in CORPORA.items():
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and path.suffix in (".txt", ".html", ".md"):
                name = path.relative_to(folder).with_suffix("").as_posix().replace("/", "__")
                out.append(pytest.param(corpus, path, id=f"{corpus}/{name}"))
    return out


def _plain(x):
    """JSON-able value with tuples as lists, so a snapshot read back compares equal."""
    return json.loads(json.dumps(x, ensure_ascii=False, sort_keys=True))


def _fingerprint(a) -> str:
    parts = [
        a.document.text, a.document.lang, a.document.published,
        [(s.index, s.start, s.stop) for s in a.sentences],
        [(m.start, m.stop, m.type, m.key, m.method) for m in a.mentions],
        [(t.start, t.stop, t.value, t.precision, t.method, t.end, t.kind) for t in a.timexes],
        [(st.start, st.stop, st.speaker, st.date.value if st.date else None) for st in a.statements],
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()


def _event_row(ev) -> dict:
    row = dataclasses.asdict(ev)
    row["details"] = {k: v for k, v in row["details"].items() if k != "rule"}
    return _plain(row)


def _run(corpus: str, path: Path) -> dict:
    from bellink.ingest import events, pipeline
    from bellink.ingest.load import load_document, load_manifest

    manifest = load_manifest(path.parent)
    doc = load_document(path, manifest=manifest)
    if not doc.published and corpus in ("articles", "events", "statements"):
        doc.published, doc.published_precision = TEST_PUBLISHED, "day"
    seen = {}
    real = events.extract

    def spy(a):
        seen["input"] = _fingerprint(a)
        seen["mentions"] = {(m.start, m.stop, m.key) for m in a.mentions}
        return real(a)

    events.extract = spy
    try:
        a = pipeline.analyze(doc)
    finally:
        events.extract = real
    # every event names the construction that made it ("module:variant" under bellink/ingest/events/)
    unnamed = [ev.summary for ev in a.events if not re.fullmatch(r"[a-z_.]+:[a-z_]+", ev.details.get("rule") or "")]
    assert not unnamed, f"events without a rule: {unnamed}"
    added = [_plain(dataclasses.asdict(m)) for m in a.mentions if (m.start, m.stop, m.key) not in seen["mentions"]]
    return {"input": seen["input"], "mentions_added": added, "events": [_event_row(ev) for ev in a.events]}


@pytest.mark.parametrize("corpus,path", _articles())
def test_events_are_unchanged(corpus, path):
    got = _run(corpus, path)
    snap = SNAPSHOTS / f"{corpus}__{path.relative_to(CORPORA[corpus][0]).with_suffix('').as_posix().replace('/', '__')}.json"
    if UPDATE or not snap.exists():
        snap.parent.mkdir(parents=True, exist_ok=True)
        snap.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"no snapshot for {path.name}: written to {snap}; commit it")
        return
    want = json.loads(snap.read_text(encoding="utf-8"))
    assert got["input"] == want["input"], (
        f"what the events stage is given for {path.name} changed (text, mentions, time expressions or statements);"
        " if that change is deliberate, regenerate: BELLINK_UPDATE_SNAPSHOTS=1 pytest tests/test_events_equivalence.py")
    assert got["mentions_added"] == want["mentions_added"]
    assert len(got["events"]) == len(want["events"]), [e["summary"] for e in got["events"]]
    for g, w in zip(got["events"], want["events"]):
        assert g == w, w["summary"]


def test_every_snapshot_has_an_article():
    names = {p.values[0] + "__" + p.values[1].relative_to(CORPORA[p.values[0]][0]).with_suffix("").as_posix()
             .replace("/", "__") for p in _articles()}
    stale = [p.name for p in SNAPSHOTS.glob("*.json") if p.stem not in names]
    assert not stale, f"snapshots without an article (delete them): {stale}"
