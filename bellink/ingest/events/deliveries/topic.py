"""The system under discussion: what a count, an ordinal or a unit noun with no system of its own points back to when
the two sentences before it name none.

    "Russia handed over six Mi-8MTV-5 helicopters on 22 March. ¶ The commander met the crews. "The new machine
    carries more," he said. ¶ The remaining six are expected to be handed over before the end of the year."
                                                                    -> Mi-8MTV-5 (an earlier paragraph)
    "Дивизион «Тор-М2К» поступит в войска в 2017 году. Об этом заявил министр. «Контракт подписан в сентябре,
    финансирование открыто. Первая батарея придет весной»."         -> Tor-M2K
Not a referent: a system when a later sentence names another one (the talk has moved on to it), two system families
in the nearest sentence that names any, a system more than ``REACH`` sentences back.

The sentences that name a weapon system are listed once per document (``system_sentences``); a lookup bisects the
list and reads at most the few sentences it steps over, never the document from its start.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Callable

from bellink.ingest.events.lexicons import GENERIC_EN, GENERIC_RU
from bellink.ingest.events.words import is_noun
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

# sentences back the system under discussion may have been named (the two before are ``anaphora._referent``'s own)
REACH = 8


def system_sentences(d: Doc) -> list:
    """Indexes of the sentences that name a weapon system, in order (read once per document)."""
    got = d.__dict__.get("_system_sentences")
    if got is None:
        got = d._system_sentences = [s.index for s in d.sents if any(m.type == "weapon_system" for m in s.mentions)]
    return got


def paragraph_break(d: Doc, lo: int, hi: int) -> bool:
    """A blank line or a line break between sentence ``lo`` and sentence ``hi``."""
    return "\n" in d.text[d.sents[lo].stop:d.sents[hi].start]


def topic_referent(d: Doc, sent: Sent, fits: Callable, named: Callable) -> list:
    """[the last mention of the one system family under discussion before ``sent``] when it fits (``fits``), or [].

    The nearest sentence before ``sent`` (at most ``REACH`` back) with a mention ``named`` accepts (a transport
    aircraft that carried the cargo is no topic) decides: all of its named systems are one family and that family
    fits; another family there means the talk is about something else."""
    idx = system_sentences(d)
    k = bisect_left(idx, sent.index) - 1
    while k >= 0 and sent.index - idx[k] <= REACH:
        s = d.sents[idx[k]]
        ms = [m for m in s.mentions if m.type == "weapon_system" and named(d, s, m)]
        k -= 1
        if not ms:
            continue
        if len({d.family(m.key) for m in ms}) != 1:
            return []
        got = [m for m in ms if fits(m)]
        if not got or moved_on(d, s.index, sent.index, d.category(got[-1].key)):
            return []
        return [got[-1]]
    return []


def moved_on(d: Doc, lo: int, hi: int, category) -> bool:
    """A sentence between ``lo`` and ``hi`` speaks of another kind of hardware by its generic noun, and of none that
    fits ``category`` ("When will the new fighters arrive?" after the Iskander-M): the talk has moved on from the system
    named at ``lo``. A generic word in a name ("the Air Force and Air Defence Forces", "войска ПВО", "зенитная ракетная
    бригада") or an adjective is no such noun."""
    for s in d.sents[lo + 1:hi]:
        kinds = kinds_named(d, s, s.start, s.stop)
        if kinds and not any(category in c for c in kinds):
            return True
    return False


def kinds_named(d: Doc, s: Sent, lo: int, hi: int) -> list:
    """The category sets of the generic hardware nouns of sentence ``s`` between ``lo`` and ``hi`` ("the helicopters",
    "самолеты"), not counting those inside a name or a service's name."""
    names = [(m.start, m.stop) for m in s.mentions if m.type != "weapon_system"]
    if d.ru:
        return [c for t in d.toks_in(s, lo, hi) if not any(a <= t.start < b for a, b in names) and t.keys & GENERIC_RU_KEYS
                and is_noun(t.text) and not (t.i + 1 < len(s.toks) and s.toks[t.i + 1].keys & SERVICE_RU)
                and not (t.i > 0 and s.toks[t.i - 1].keys & SERVICE_RU)
                for keys, c in GENERIC_RU if t.keys & keys]
    low = d.text[lo:hi].lower()
    return [c for rx, c in GENERIC_EN for g in rx.finditer(low)
            if not any(a <= lo + g.start() < b for a, b in names) and not SERVICE_AFTER_EN.match(low, g.end())]


# "Air Defence Forces", "missile troops", "войска ПВО", "ПВО бригады": a service or a formation, not hardware
SERVICE_AFTER_EN = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:forces?|troops|units?|brigades?|regiments?|command|district|"
                              r"divisions?|branch|service|corps|pilots?|crews?|bases?|industry)\b")
SERVICE_RU = frozenset(fold(w) for w in ("войско", "вооруженный", "сила", "ввс", "бригада", "полк", "часть", "командование",
                                         "командующий", "система", "округ", "база", "расчет"))
GENERIC_RU_KEYS = frozenset().union(*(keys for keys, _ in GENERIC_RU))


def found_where(d: Doc, sent: Sent, m) -> str:
    """How far back the system a delivery points to was named, for the delivery's details (``system_from``)."""
    if m.sentence == sent.index:
        return "same sentence"
    if paragraph_break(d, m.sentence, sent.index):
        return "earlier paragraph"
    return "previous sentence" if sent.index - m.sentence == 1 else f"{sent.index - m.sentence} sentences before"
