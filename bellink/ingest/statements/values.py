"""The value objects local to this stage: a quote's marks, a cue, a speaker phrase, a candidate statement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bellink.ingest.model import Statement


@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark


@dataclass
class Cue:
    start: int
    stop: int
    text: str
    klass: str  # say | that | tell | add | channel | doc | according | quoted | inner (between dashes in a quote)
    lemma: str
    sentence: int
    channel_text: Optional[str] = None  # "quoted by X as saying"
    pron: Optional[str] = None  # "по его словам"


@dataclass
class Who:
    key: Optional[str]
    text: str
    start: int  # where the subject phrase starts (role words included)
    stop: int
    kind: str  # name | pronoun | role | institution | media | unknown | group
    role: Optional[str] = None
    confidence: float = 0.95
    gender: Optional[str] = None  # for pronouns
    as_clause: bool | str = False  # 'As X said, ...'; "tail": '..., as X said.'
    found: Optional[str] = None  # how a speaker not named by name was found, or why it stayed unknown


@dataclass
class Hit:
    st: Statement
    cue_start: int
    cue_stop: int
    attr_start: int  # the attribution phrase (speaker and cue) in the text
    attr_stop: int
    cue_sentence: int
    forward: bool
    kind: str  # how the speaker was found
    channel_kind: Optional[str] = None  # interview | citation
    content_kind: Optional[str] = None  # object: a noun phrase after the verb, verb included
