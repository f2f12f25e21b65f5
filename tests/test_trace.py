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
        "Министр обороны заявил, что поставки продолжатся в следующем году.")


def _doc() -> Document:
    return Document(id="trace", text=TEXT, lang="en", published="2021-03-04", published_precision="day")


@pytest.fixture
def traced(tmp_path, monkeypatch):
    path = tmp_path / "trace.jsonl"
    monkeypatch.setattr(trace, "_path", str(path))
    return path


def test_stages_are_traced_with_both_clocks(traced, monkeypatch):
    monkeypatch.setattr(overlap, "MIN_CHARS", 1)  # a helper process, as for a huge document
    out = pipeline.analyze_many([_doc()], helpers=1)
    assert isinstance(out[0], pipeline.Analysis)
    spans = [json.loads(line) for line in traced.read_text().splitlines()]
    mine = {s["label"] for s in spans if s["pid"] == os.getpid()}
    assert {"segment", "entities", "helper wait", "statements", "events", "events: dedupe"} <= mine
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
