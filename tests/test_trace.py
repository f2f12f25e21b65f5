"""``BELLINK_TRACE``: every process of an ingest appends when its stages start and end (``bench/timeline.py`` lines
them up to show where the second core idles on one huge document); unset, nothing is written."""
from __future__ import annotations

import json
import os

import pytest

from bellink.ingest import overlap, pipeline, trace
from bellink.ingest.model import Document

TEXT = ("Belarus received four Su-30SM fighters from Russia on Tuesday, the defence ministry said.\n\n"
        "\"The aircraft are already on duty,\" Colonel Ivan Petrov told reporters in Minsk on 3 March 2021.\n\n"
        "Министр обороны заявил, что поставки продолжатся в следующем году.\n\n"
        "The next batch will arrive in May, a spokesman for the ministry said.")


def _doc() -> Document:
    return Document(id="trace", text=TEXT, lang="en", published="2021-03-04", published_precision="day")


@pytest.fixture
def traced(tmp_path, monkeypatch):
    path = tmp_path / "trace.jsonl"
    monkeypatch.setattr(trace, "_path", str(path))
    return path


def test_every_process_traces_its_stages_with_both_clocks(traced, monkeypatch):
    # a helper process and the forked splits' children, as for a huge document
    monkeypatch.setattr(overlap, "MIN_CHARS", 1)
    monkeypatch.setattr(overlap, "MIN_SPLIT", 1)
    out = pipeline.analyze_many([_doc()], helpers=1)
    assert isinstance(out[0], pipeline.Analysis)
    spans = [json.loads(line) for line in traced.read_text().splitlines()]
    here = os.getpid()
    mine = {s["label"] for s in spans if s["pid"] == here}
    assert {"segment", "entities", "helper wait", "statements", "events", "events: dedupe"} <= mine
    # each split's child traced its part, and this process its own part, the wait and the unpickling
    children = {s["label"] for s in spans if s["pid"] != here and s["ppid"] == here}
    assert overlap.counts["answered"] and {"child: statements", "child: events: deliveries"} <= children
    assert {"head: statements", "wait: statements", "unpickle: statements"} <= mine
    if overlap._context().get_start_method() == "fork":  # (a fork server's helper does not share this test's patch)
        assert {"timexes", "story", "cues"} <= {s["label"] for s in spans if s["pid"] != here}
    for s in spans:
        assert set(s) == {"pid", "ppid", "label", "t0", "t1", "cpu"}
        assert s["t0"] <= s["t1"] and s["cpu"] >= 0


def test_nothing_is_written_when_off(tmp_path, monkeypatch):
    monkeypatch.setattr(trace, "_path", None)
    monkeypatch.chdir(tmp_path)
    pipeline.analyze_many([_doc()])
    with trace.span("anything"):
        pass
    assert not trace.on()
    assert list(tmp_path.iterdir()) == []
