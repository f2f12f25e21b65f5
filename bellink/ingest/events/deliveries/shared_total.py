"""Recipients of one transfer, and a count they share with a third country.

    "Russia delivered 12 Su-30SM fighters to Belarus and Kazakhstan in March"   Belarus's row, no count (12 is the
                                                                                 total of the two; RULES 27 drops
                                                                                 Kazakhstan, whose share is untold)
    "Россия поставила 12 Су-30СМ Белоруссии и Казахстану"                       the same
    "Russia has handed over four Tor-M2 batteries to the Kazakh and Belarusian armies"
                                                                                 the same
Kept whole: a distributive count ("по четыре Су-30СМ Белоруссии и Казахстану", "four each"), and a country that is
another transfer's recipient, told in a participle after a comma ("four more Su-30SM to Belarus this year, in addition
to the four delivered to Kazakhstan last year": Kazakhstan is the participle's, never this transfer's; ``later_transfer``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.deliveries.participles import _is_participle
from bellink.ingest.events.numbers import _collective, number_value

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Draft, Sent

# what joins two recipients of one transfer: "Belarus and Kazakhstan", "the Kazakh and Belarusian armies", "Белоруссии
# и Казахстану", "Belarus, Armenia and Kazakhstan" (a determiner may open the second)
JOINED = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or|as well as|и|или|а также)\s+)(?:(?:the|to|for)\s+)?", re.I)
# "four each", "12 apiece": every recipient got the count (the Russian "по четыре", "по 12", "по паре": _distributive)
EACH = re.compile(r"(?i)\b(?:each|apiece)\b")


def later_transfer(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[int]:
    """Where another transfer begins in the clause: a participle of a supply or receive verb after ``cue`` and a comma
    ("..., in addition to the four delivered to Kazakhstan last year", "..., помимо четырех, поставленных Казахстану"),
    told of a count or a noun, not of a system named right before it; None when there is none. A country after it is that participle's side, not ``cue``'s."""
    for c in transfer_cues(d, sent, clause):
        if c.start <= cue.stop or c.side not in ("supply", "receive") or not c.stage:
            continue
        if "," in d.text[cue.stop:c.start] and _is_participle(d, sent, c) and not any(
                m.type == "weapon_system" and c.start - 40 <= m.stop <= c.start for m in sent.mentions):
            # (a participle on a system named right before it, "Pantsir-S1 systems from Russia, supplied to China in
            # 2020", is read with its own recipient by participles.py)
            return c.start
    return None


def shared_total(d: Doc, dr: Draft, dropped: list) -> bool:
    """Does the draft's count belong to its recipients together with a third country it lost (``dropped``), named as
    a coordinated recipient right beside a kept one, and not counted for each?"""
    if dr.quantity is None:
        return False
    sent, clause = dr.sent, dr.clause
    # (the sentence's references: a participial phrase may end the draft's clause before the recipients, "12 Su-30SM
    # fighters, purchased under a 2017 contract, to Belarus and Kazakhstan")
    refs = sorted((r for r in sent.refs if r.country in dr.roles["recipient"] + dropped), key=lambda r: r.start)
    joined = any(a.country in dropped or b.country in dropped for a, b in zip(refs, refs[1:])
                 if a.country != b.country and JOINED.fullmatch(d.text, a.stop, b.start))
    return joined and not _distributive(d, sent, clause)


def _distributive(d: Doc, sent: Sent, clause: Clause) -> bool:
    """Is the clause's count given per recipient: "по" before a number or a collective ("по четыре", "по 12", "по
    одному", "по паре"; not "по данным", "по итогам", "по контракту"), or "each"/"apiece"?"""
    if EACH.search(d.text, clause.start, clause.stop):
        return True
    toks = sent.toks
    return any(t.low == "по" and k + 1 < len(toks) and clause.start <= t.start < clause.stop and (
        number_value(d, toks[k + 1]) is not None or _collective(d, toks[k + 1])) for k, t in enumerate(toks))
