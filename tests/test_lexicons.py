"""Integrity of every lexicon in bellink/kb/ that a rule reads through bellink.ingest.lexicon.

A module registers each file it reads (``lexicon.register(...)`` at import) with what must hold of it:
the columns it needs, the values a column may take, the columns that identify a row, the columns whose
values are regular expressions, and the columns of Russian lemmas. This test checks all of them, so a
one-line data change that breaks a rule fails here, naming the file and line.
"""
from __future__ import annotations

import importlib
import re

import pytest

from bellink.ingest import lexicon
from bellink.names import has_cyrillic

# the modules that register lexicons at import; a stage moved into a package keeps its name here
REGISTERING = ("bellink.ingest.statements", "bellink.ingest.events")
for _mod in REGISTERING:
    importlib.import_module(_mod)


def _values(row: dict, col: str) -> list[str]:
    v = row.get(col, "")
    return [x for x in (v if isinstance(v, tuple) else (v,)) if x != ""]


def _is_lemma(word: str) -> bool:
    from bellink.ingest.entities import morph

    return any(p.normal_form == word for p in morph().parse(word))


def problems(spec: lexicon.Spec, header: list[str], rows) -> list[str]:
    """Every way the rows of one lexicon break its spec, as 'file:line: what' strings."""
    out = []
    missing = [c for c in spec.required if c not in header]
    if missing:
        out.append(f"{spec.name}: header {header} lacks {missing}")
    seen: dict = {}
    for row in rows:
        where = f"{spec.name}:{row.get('_line', '?')}"
        for col in spec.required:
            if not _values(row, col) and col not in spec.multi:
                out.append(f"{where}: empty {col}")
        for col, allowed in spec.allowed.items():
            for v in _values(row, col):
                if v not in allowed:
                    out.append(f"{where}: {col}={v!r} not one of {sorted(allowed)}")
        for col in spec.regex:
            for v in _values(row, col):
                try:
                    re.compile(v)
                except re.error as exc:
                    out.append(f"{where}: {col} does not compile ({exc}): {v!r}")
        for col in spec.lemma:
            for v in _values(row, col):
                for w in v.lower().split():
                    if has_cyrillic(w) and not _is_lemma(w):
                        out.append(f"{where}: {col} {w!r} is not a pymorphy3 normal form")
        if spec.unique:
            key = tuple(row.get(c) for c in spec.unique)
            if key in seen:
                out.append(f"{where}: duplicate {dict(zip(spec.unique, key))} (first at line {seen[key]})")
            seen.setdefault(key, row.get("_line"))
    return out


def test_lexicons_are_registered():
    assert "speech_verbs.tsv" in lexicon.REGISTRY


@pytest.mark.parametrize("name", sorted(lexicon.REGISTRY))
def test_lexicon_integrity(name):
    spec = lexicon.REGISTRY[name]
    rows = lexicon.rows(name)
    assert rows, f"{name} has no rows"
    assert problems(spec, lexicon.header(name), rows) == []


def test_the_check_finds_broken_rows():
    """The checker itself: each kind of breakage in a made-up lexicon is reported."""
    spec = lexicon.Spec("made_up.tsv", required=("lang", "cue", "lemma"), allowed={"lang": {"en", "ru"}},
                        regex=("cue",), lemma=("lemma",), unique=("lang", "cue"))
    rows = [
        {"_line": 2, "lang": "en", "cue": r"\bsaid\b", "lemma": "say"},
        {"_line": 3, "lang": "de", "cue": r"sagte", "lemma": "sagen"},        # lang not allowed
        {"_line": 4, "lang": "en", "cue": r"(unclosed", "lemma": "x"},        # regex does not compile
        {"_line": 5, "lang": "ru", "cue": r"заявил", "lemma": "заявил"},      # not a normal form
        {"_line": 6, "lang": "en", "cue": r"\bsaid\b", "lemma": "say"},       # duplicate
        {"_line": 7, "lang": "ru", "cue": r"", "lemma": "заявить"},            # empty required column
    ]
    found = problems(spec, ["lang", "cue", "lemma"], rows)
    assert [f.split(":")[1] for f in found] == ["3", "4", "5", "6", "7"], found
    assert problems(spec, ["lang", "cue"], []) == ["made_up.tsv: header ['lang', 'cue'] lacks ['lemma']"]
