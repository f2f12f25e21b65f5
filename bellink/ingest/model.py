"""Value objects that flow through the ingest pipeline, one stage to the next.

file -> Document -> Sentence -> Mention -> Entity -> Timex -> Statement / Event

Every object that stands for something found in the text carries ``start`` and
``stop`` character offsets into ``Document.text`` (the cleaned text), so every
stored fact points back to its evidence. Stages never reach into the database
or the CLI: they take these objects and return these objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Date precisions, coarsest last. A normalized value is an ISO string truncated
# to what is known: "2021-06-24" (day), "2017-03" (month), "2015" (year),
# "2021-Q3" (quarter), "2021-H1" (half), "2021-SU" (season), "199" (decade).
PRECISIONS = ("day", "month", "season", "quarter", "half", "year", "decade")

# How a date was obtained, so a user can judge it.
DATE_METHODS = ("explicit", "relative", "publication")

DELIVERY_STATUSES = ("discussed", "planned", "ordered", "delivered", "in_service")

ENTITY_TYPES = (
    "person",
    "organization",
    "country",
    "place",
    "weapon_system",
    "exercise",
    "military_unit",
)


@dataclass
class Document:
    id: str  # source id: the file name without extension
    text: str  # cleaned text; every offset points into it
    path: Optional[str] = None
    sha256: Optional[str] = None  # of the raw bytes
    title: Optional[str] = None
    lang: Optional[str] = None  # "en" | "ru"
    lang_source: Optional[str] = None  # "flag" | "manifest" | "record" | "html" | "detected"
    outlet: Optional[str] = None
    outlet_source: Optional[str] = None  # "flag" | "manifest" | "record" | "html" | "dateline"
    published: Optional[str] = None  # ISO, truncated to its precision
    published_precision: Optional[str] = None  # "day" | "month" | "year"
    published_source: Optional[str] = None  # "flag" | "manifest" | "record" | "html" | "dateline"
    encoding: Optional[str] = None
    removed: list = field(default_factory=list)  # (label, raw text) of boilerplate dropped
    warnings: list = field(default_factory=list)  # said to the user, not stored ("--lang ru contradicts...")
    # a file's name without extension: its id is settled from it under the write lock (see pipeline.store);
    # None for a record, whose id is its own
    id_base: Optional[str] = None


@dataclass
class Sentence:
    index: int  # 0-based position in the document
    start: int
    stop: int
    text: str
    paragraph: int = 0  # 0-based paragraph the sentence sits in


@dataclass
class Timex:
    """A time expression found in text, normalized against an anchor date."""

    start: int
    stop: int
    text: str
    value: Optional[str]  # ISO truncated to precision; None when it cannot be resolved
    precision: Optional[str]  # one of PRECISIONS, None when unresolved
    method: str  # "explicit" | "relative"
    end: Optional[str] = None  # end of a range ("10-16 сентября", "2014-2015")
    kind: str = "date"  # "date" | "range" | "deadline" (by/до) | "since" (since/с ... года)


@dataclass
class Mention:
    start: int
    stop: int
    text: str
    type: str  # one of ENTITY_TYPES, or "role" / "pronoun" for attribution helpers
    key: Optional[str] = None  # canonical entity key once resolved
    sentence: int = 0
    method: str = "kb"  # "kb" | "pattern" | "ner" | "coref"
    confidence: float = 1.0
    role: Optional[str] = None  # role the article gives a person here ("Belarusian Defense Minister")
    lemma: Optional[str] = None  # normalized form used for resolution


@dataclass
class Entity:
    key: str  # stable id, e.g. "person:lukashenko"
    name: str  # canonical English name
    type: str
    name_ru: Optional[str] = None
    aliases: set = field(default_factory=set)  # every surface form, both scripts
    attrs: dict = field(default_factory=dict)  # family, category, country, kind...
    source: str = "kb"  # "kb" | "discovered"


@dataclass
class DateRef:
    """The date attached to a fact, with how it was obtained."""

    value: Optional[str]
    precision: Optional[str]
    method: Optional[str]  # one of DATE_METHODS
    text: Optional[str] = None  # the original expression
    end: Optional[str] = None


@dataclass
class Statement:
    speaker: Optional[str]  # entity key; None when the speaker is unknown
    speaker_text: Optional[str]  # the words that name the speaker in the article
    role: Optional[str]  # the speaker's role as the article gives it
    text: str  # the quote or the reported content
    direct: bool
    start: int  # of ``text`` in the document
    stop: int
    sentence: int  # index of the first sentence
    cue: Optional[str] = None  # reporting verb or construction
    channel: Optional[str] = None  # entity key of the outlet that carried it
    date: Optional[DateRef] = None
    confidence: float = 1.0
    details: dict = field(default_factory=dict)  # rule: the construction that produced it ('frames:that')


@dataclass
class Event:
    kind: str  # "delivery" | "meeting" | "exercise" | "deployment" | "agreement" | "service_entry"
    sentence: int
    start: int
    stop: int
    roles: dict = field(default_factory=dict)  # role -> list of entity keys (supplier, recipient, system...)
    status: Optional[str] = None  # deliveries: one of DELIVERY_STATUSES; exercises: held/planned
    quantity: Optional[float] = None
    quantity_approx: bool = False
    unit: Optional[str] = None
    date: Optional[DateRef] = None
    statement: Optional[int] = None  # index into the document's statements
    summary: str = ""
    details: dict = field(default_factory=dict)  # scale figures, place text, negation cues...
    confidence: float = 1.0
