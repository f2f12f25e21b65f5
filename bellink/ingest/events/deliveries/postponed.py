"""A plan moved to another time: the planned stage takes the new target, never the one it replaced.

    "The deal for six Mi-35M, which Minsk had wanted to close this year, will now be closed in 2020"  -> 2020
    "The deliveries of the Su-30SM have been pushed back to next year"                            -> next year
    "Получение Як-130, которые ВВС рассчитывали получить в этом году, откладывается до 2020 года"  -> 2020
    "Первые Су-30СМ планировалось получить в 2018 году. Однако поставка первой пары сдвигается на 2019 год."
                                                                                                  -> 2019 (the next
                                                                  sentence moves the plan the sentence before dated)
Not moved: "postponed indefinitely", "отложены на неопределенный срок" (no time: a halt, which the negation rules
read); "the talks, postponed in March, ..." (when it was postponed, not the new target: only "to / until / на /
до" link a moved plan to its time, "in" only after "will now be ..." or "now expected"); a sentence that names
another system (whose plan moved is not certain); a move in a coordinated clause of its own ("..., а учения
перенесены на 2026 год": that clause's subject moved); a stage other than planned.

The rule runs once over the document's events after they are dated (``redate_postponed``), reading only the
event's sentence and the next one: ``details['date_from']`` says "postponed".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.lexicons import MOVED, SUPERSEDED
from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

# the word that links a moved plan to its new time ("postponed to 2019", "перенесли на 2019 год"); after "now" a
# plain "in" too ("will now be signed in 2012"): "postponed in March" dates the postponing
LINK = {"to", "until", "till", "into", "for", "на", "до"}
LINK_NOW = LINK | {"in", "by", "at", "в", "во", "к"}
PREPOSITION = re.compile(r"(?i)^(?:in|on|by|at|to|until|till|into|for|before|на|до|в|во|к|с|со)\s+")
# "сдвигаются на год", "delayed by a year": a shift by a span, not a time
BARE_UNIT = re.compile(r"(?i)^(?:(?:на|by|for)\s+)?(?:a\s+|one\s+)?(?:год|месяц|полгода|year|month)$")
# a coordinated clause of its own ("..., а учения «Запад» перенесены на 2026 год", "...; the drills were postponed
# until 2026"): the move there governs that clause's subject, not the plan named before it
OTHER_CLAUSE = re.compile(r"(?i)(?:;|,\s*(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|и|but|while|whereas|"
                          r"and|yet)\s)")


def moved_target(d: Doc, sent: Sent, anchors=()):
    """The time expression a plan in ``sent`` is moved to ("postponed to 2019", "переносится на 2019-й"), or None.
    ``anchors``: where the plan's system is named in ``sent``; the move must be in the clause that names it."""
    text = d.text
    times = [t for t in dating.timexes_in(d.a, sent.index) if t.value and not d.in_frame(sent, t.start)]
    if not times:
        return None
    for hit in MOVED.finditer(text, sent.start, sent.stop):
        if _other_clause(text, sent, hit, anchors):
            continue
        after = [t for t in times if t.start >= hit.end()]
        if not after:
            continue
        t = after[0]
        if BARE_UNIT.match(t.text.strip()):
            continue
        lead = PREPOSITION.match(t.text)
        words = (text[hit.end():t.start] + (lead.group(0) if lead else "")).split()
        links = LINK_NOW if re.search(r"(?i)\b(?:now|теперь)\b", hit.group(0)) else LINK
        if not words or len(words) == 1 and words[0].lower() in links:
            return t
    return None


def _other_clause(text: str, sent: Sent, hit, anchors) -> bool:
    """Whether a coordinated clause of its own stands between the move ``hit`` and the plan's system (the nearest of
    ``anchors``; with none, the sentence's start)."""
    before = [a for a in anchors if a < hit.start()]
    if before:
        return OTHER_CLAUSE.search(text, max(before), hit.start()) is not None
    after = [a for a in anchors if a >= hit.end()]
    if after:
        return OTHER_CLAUSE.search(text, hit.end(), min(after)) is not None
    return OTHER_CLAUSE.search(text, sent.start, hit.start()) is not None


def _superseded(d: Doc, sent: Sent, value: str) -> bool:
    """Is the sentence's time expression with ``value`` the target of a plan that no longer holds ("планировалось
    получить в 2018 году", "were originally due in 2018")?"""
    text = d.text
    for t in dating.timexes_in(d.a, sent.index):
        if t.value != value:
            continue
        hits = list(SUPERSEDED.finditer(text, max(sent.start, t.start - 90), t.start))
        if hits and not re.search(r"[,;:]", text[hits[-1].end():t.start]):
            return True
    return False


def _other_family(d: Doc, sent: Sent, fam: str) -> bool:
    return any(m.type == "weapon_system" and d.family(m.key) != fam for m in sent.mentions)


def redate_postponed(d: Doc, events: list) -> None:
    """Give a planned delivery the time its plan was moved to, in its sentence or the next one of its paragraph."""
    for ev in events:
        if ev.kind != "delivery" or ev.status != "planned" or not ev.roles.get("system"):
            continue
        sent = d.sents[ev.sentence]
        fam = d.family(ev.roles["system"][0])
        if _other_family(d, sent, fam):
            continue
        anchors = [m.start for m in sent.mentions if m.type == "weapon_system" and d.family(m.key) == fam]
        got: Optional[object] = moved_target(d, sent, anchors)
        if got is None and ev.date is not None and ev.date.value and ev.details.get("date_from") == "own" and \
                ev.sentence + 1 < len(d.sents):
            nxt = d.sents[ev.sentence + 1]
            if "\n" not in d.text[sent.stop:nxt.start] and not _other_family(d, nxt, fam) and \
                    _superseded(d, sent, ev.date.value):
                got = moved_target(d, nxt)
        if got is None or ev.date is not None and ev.date.value == got.value:
            continue
        if ev.date is not None and ev.date.value and got.value < ev.date.value[:len(got.value)]:
            continue  # a plan moved earlier is rare; a time before the row's is more likely another act's
        ev.date = dating.to_dateref(got)
        ev.details["date_from"] = "postponed"
