"""Lexicons: the cue words, lemma sets and stage tables extraction rules read, kept as data.

Every lexicon is a tab-separated file in ``bellink/kb/`` (UTF-8; ``#`` lines and blank lines are
comments). Its first non-comment line is a header naming the columns, so a file documents itself
and a column can be added without breaking readers. Rules ask for a lexicon by file name and get
plain rows back; ``tests/test_lexicons.py`` checks every registered file (columns, duplicates,
allowed values, regexes that compile, Russian lemmas that are lemmas).

Registering a lexicon (in the module that uses it, at import)::

    CUES = lexicon.register("delivery_cues.tsv", required=("lang", "cue", "stage"),
                            allowed={"lang": {"en", "ru"}, "stage": STAGES},
                            regex=("cue",), lemma=("lemma",), unique=("lang", "cue"))

and reading it where the rule runs (cached after the first read)::

    for row in lexicon.rows("delivery_cues.tsv"): ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from bellink.resources import kb_dir


@dataclass(frozen=True)
class Spec:
    """What the integrity test checks for one lexicon file."""

    name: str
    required: tuple[str, ...]
    allowed: dict = field(default_factory=dict)      # column -> set of allowed values
    regex: tuple[str, ...] = ()                       # columns whose values must compile
    lemma: tuple[str, ...] = ()                       # columns of Russian lemmas (normal forms)
    unique: tuple[str, ...] = ()                      # columns that together identify a row
    multi: tuple[str, ...] = ()                       # columns holding ;-separated lists


REGISTRY: dict[str, Spec] = {}


def register(name: str, required: Iterable[str], *, allowed=None, regex=(), lemma=(), unique=(), multi=()) -> Spec:
    spec = Spec(name, tuple(required), dict(allowed or {}), tuple(regex), tuple(lemma), tuple(unique), tuple(multi))
    REGISTRY[name] = spec
    return spec


class LexiconError(ValueError):
    pass


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict, ...]:
    """The rows of ``bellink/kb/<name>`` as dicts keyed by the header's column names.

    ``;``-separated cells of the columns a registered spec calls ``multi`` come back as tuples.
    """
    path = kb_dir() / name
    header = None
    out = []
    spec = REGISTRY.get(name)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{name}:{lineno}: {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        row["_line"] = lineno
        if spec:
            for col in spec.multi:
                row[col] = tuple(x.strip() for x in row.get(col, "").split(";") if x.strip())
        out.append(row)
    if header is None:
        raise LexiconError(f"{name}: no header line")
    return tuple(out)


def header(name: str) -> list[str]:
    for line in (kb_dir() / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return [c.strip() for c in line.split("\t")]
    return []
