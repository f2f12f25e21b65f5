"""One event per fact in a document.

Each stage of one supplier-recipient-system is kept once per document (the best-evidenced mention
wins, the others are listed in ``details['also_in_sentences']``; a lead's family name and a quote's
variant are one fact under the variant). The same stage with two dates the text attaches to it is
two facts. Meetings of the same people, agreements of the same parties, deployments of the same
forces to the same place and exercises of the same name merge the same way.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.assemble import summary_of
from bellink.ingest.events.meetings import same_meeting
from bellink.ingest.model import Event

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc


ANOTHER = re.compile(r"(?i)(?<!\w)(?:another|one\s+more|a\s+further|ещ[её]\s+(?:одн|один|одна)\w*|очередн\w*)(?!\w)")


ELIDED = "deliveries.coordination:elided"


def _strong_date(d: Doc, ev: Event) -> bool:
    """A date the text attaches to the fact itself (not the report's date)."""
    return bool(ev.date and ev.date.value and ev.details.get("date_from") not in ("statement", "publication")
                and (ev.date.value != d.a.document.published or ev.details.get("date_from") == "own"))


def _earlier_batch(d: Doc, strong: Event, weak: Event) -> bool:
    """Does the dated telling ``strong`` tell an earlier batch than the report ``weak`` (dated by its statement or
    publication only): its date ends more than two months before the report's, and either the report calls its
    batch a further one ("four more", "a new batch", "еще одну") or the dated sentence calls its batch the first,
    an earlier one or the type ("The first fighters of this type", "Первые самолеты", "еще в 2015 году") while the
    report does not?"""
    from datetime import date, timedelta

    from bellink.dates import bounds
    from bellink.ingest.events.deliveries.redating import EARLIER, FURTHER

    if weak.date is None or not weak.date.value or weak.sentence == strong.sentence or _headline(d, weak.sentence):
        return False  # (a headline tells its lead's news; one sentence's two tellings are one batch)
    try:
        _, strong_hi = bounds(strong.date.value, strong.date.end)
        weak_lo, _ = bounds(weak.date.value, weak.date.end)
    except ValueError:
        return False
    if date.fromisoformat(strong_hi) + timedelta(days=60) >= date.fromisoformat(weak_lo):
        return False
    ws, ss = d.sents[weak.sentence], d.sents[strong.sentence]
    if FURTHER.search(d.text, ws.start, ws.stop):
        return True
    return bool(EARLIER.search(d.text, ss.start, ss.stop)) and not EARLIER.search(d.text, ws.start, ws.stop)


def _inside(a, b) -> bool:
    """Does date ``a`` lie inside date ``b`` and is it finer ("August 2024" inside "summer 2024")?"""
    from bellink.dates import bounds

    try:
        alo, ahi = bounds(a.value, a.end)
        blo, bhi = bounds(b.value, b.end)
    except (ValueError, TypeError):
        return False
    return blo <= alo and ahi <= bhi and (alo, ahi) != (blo, bhi)


# "Two more will arrive in August", "Еще два придут в августе": a further batch, never the plan told before
MORE = re.compile(r"(?i)\b(?:more|another|further|additional)\b|(?<!\w)(?:ещ[её]|дополнительн\w*)(?!\w)")


def _one_plan(d: Doc, a: Event, b: Event) -> bool:
    """Two plans of one stage in two sentences, the one's date inside the other's, no two counts and the later not
    told as a further batch: one plan told twice ("получат до конца лета очередную пару"; "Вторая пара придет в
    августе")."""
    if not (a.status == "planned" and b.status == "planned" and a.sentence != b.sentence and
            a.details.get("target_status") == b.details.get("target_status") and (
            a.quantity is None or b.quantity is None or a.quantity == b.quantity) and (
            _inside(a.date, b.date) or _inside(b.date, a.date))):
        return False
    later = d.sents[max(a.sentence, b.sentence)]
    if MORE.search(d.text, later.start, later.stop):
        return False
    # "the first pair ... in the summer. The second pair will arrive in August": two batches by their ordinals
    numbered = {_ordinal(d, d.sents[a.sentence]), _ordinal(d, d.sents[b.sentence])}
    return None in numbered or len(numbered) == 1


ORDINALS = (("first", "перв"), ("second", "втор"), ("third", "трет"), ("fourth", "четв[её]рт"), ("fifth", "пят"),
            ("sixth", "шест"), ("seventh", "седьм"), ("eighth", "восьм"), ("ninth", "девят"), ("tenth", "десят"))
ORDINAL_WORD = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<o{k}>{en}|{ru}(?:ой|ый|ий|ая|ое|ую|ье|ья|ьи|ью|ые|ых|ого|ьего|ьей|ей))"
                                                  for k, (en, ru) in enumerate(ORDINALS, 1)) + r")\b")


def _ordinal(d: Doc, sent) -> Optional[int]:
    """The first ordinal number word of a sentence ('the second pair', 'вторая пара'), or None."""
    m = ORDINAL_WORD.search(d.text, sent.start, sent.stop)
    return int(m.lastgroup[1:]) if m else None


def _headline(d: Doc, i: int) -> bool:
    """The document's first sentence standing as a title: no closing stop, a line break after it."""
    if i != 0:
        return False
    sent = d.sents[0]
    return sent.text.rstrip()[-1:] not in ".!?" and "\n" in d.text[sent.stop:sent.stop + 3]


def _quality(d: Doc, ev: Event, title: bool) -> tuple:
    # a row read through a pronoun or generic noun ("the aircraft landed") never stands for one that names the system
    return (not ev.details.get("system_from_context"), not title, not ev.details.get("supplier_inferred"), not ev.details.get("recipient_inferred"),
            _strong_date(d, ev), ev.date is not None, ev.quantity is not None, ev.confidence)


def _undated_order(d: Doc, ev: Event) -> bool:
    """An order read from an undated participle on the system ("Two Su-30SM purchased in Russia will arrive on
    November 13"): its count is the batch the clause is about, not the order's size, so beside the contract the text
    dates ("signed in 2017 for 12") it is that contract told again."""
    return ev.status == "ordered" and ev.details.get("rule") == "deliveries.participles:attribute" and \
        not _strong_date(d, ev)


RETOLD_DAYS = 14
# the later telling is a ceremony ("formally handed over at a ceremony", "торжественно переданы"), not another arrival
CEREMONY = re.compile(r"(?i)\b(?:ceremon\w*|formally|officially|solemnly)\b|(?<!\w)(?:церемони\w*|торжественн\w*|"
                      r"официальн\w*)")
# a batch of a series: "the second batch", "the next aircraft", "a new batch", "вторая партия", "следующие"
SERIES = re.compile(r"(?i)\b(?:second|third|fourth|fifth|next|new|latest|following|last)\b|(?<!\w)(?:втор|трет|"
                    r"четв[её]рт|пят|следующ|нов|очередн|последн)\w*")


def _retold(d: Doc, a: Event, b: Event) -> bool:
    """One row names the system, the other reads it through a generic noun with no other count ("The first four
    Mi-35M arrived last Friday. The helicopters were formally handed over at a ceremony on Tuesday"), at the same
    stage, both dated to the day, the second within a fortnight after the first and not told as a further batch: the
    same batch told again (its arrival and its ceremony), one entry with the named row's date. The later sentence must
    tell a ceremony and no batch of a series ("On March 12 the second batch arrived", "the next aircraft": review1 L2)."""
    from datetime import date

    ref = [e for e in (a, b) if e.details.get("system_from_context")]
    if len(ref) != 1:
        return False
    r = ref[0]
    named = b if r is a else a
    if r.quantity is not None and r.quantity != named.quantity or r.sentence <= named.sentence:
        return False
    if not (r.date and named.date and r.date.precision == "day" and named.date.precision == "day"):
        return False
    try:
        gap = (date.fromisoformat(r.date.value) - date.fromisoformat(named.date.value)).days
    except ValueError:
        return False
    sent = d.sents[r.sentence]
    return 0 < gap <= RETOLD_DAYS and bool(CEREMONY.search(d.text, sent.start, sent.stop)) and not (
        MORE.search(d.text, sent.start, sent.stop) or SERIES.search(d.text, sent.start, sent.stop))


def _two_variants(d: Doc, a: Event, b: Event) -> bool:
    """Do the two rows name two different systems of one family, neither of them the family itself?"""
    x, y = a.roles["system"][0], b.roles["system"][0]
    fam = d.family(x)
    if any(e.details.get("system_from_context") for e in (a, b)):
        return False  # "еще около 70 таких шасси" after two of them: one count of both, read back twice
    if None in (a.quantity, b.quantity) or a.quantity == b.quantity:
        return False  # (each counted apart: one batch named once by its variant and once more loosely stays one)
    return x != y and fam not in (x, y) and d.family(y) == fam


def dedupe(d: Doc, events: list) -> list:
    """One entry per stage of a supplier-recipient-system (and per meeting) in a document."""
    out: list[Event] = []
    index: dict = {}
    where: dict = {}  # id of an event in ``out`` -> its position there
    by_person: dict = {}  # person -> {meeting key: its position in ``index``} (see same_meeting)
    order: dict = {}  # key -> its position in ``index``
    for ev in events:
        if ev.kind in ("delivery", "service_entry", "denial"):
            sys_key = d.family(ev.roles["system"][0])
            parties = (tuple(ev.roles.get("supplier", [])), tuple(ev.roles.get("recipient", ev.roles.get("country",
                                                                                                        []))))
            key = (ev.kind, sys_key, parties, ev.status)
        elif ev.kind == "meeting":
            key = same_meeting(index, ev, by_person) or ("meeting", ev.sentence, ev.start)
        elif ev.kind == "deployment":
            key = ("deployment", tuple(ev.roles.get("unit", []) or ev.roles.get("system", [])) or ev.sentence,
                   tuple(ev.roles.get("place", [])))
        elif ev.kind == "agreement":
            key = ("agreement", tuple(sorted(k for k in ev.roles.get("party", []) if k.startswith("country:"))),
                   tuple(sorted(d.family(k) for k in ev.roles.get("system", []))) or ev.sentence)
        else:
            key = (ev.kind, tuple(ev.roles.get("exercise", [])) or ev.sentence)
        if key in index:
            old = index[key]
            if ev.kind == "delivery" and _two_variants(d, old, ev):
                # "45 шасси МЗКТ-7930 ... и 30 шасси МЗКТ-79221": two systems of one family, each named as itself,
                # are two facts (the family is a key so that "S-300" and "S-300PS" of one batch merge)
                out.append(ev)
                continue
            # (one batch told again through a generic noun a few days on: its arrival and its ceremony)
            retold = ev.kind == "delivery" and _retold(d, old, ev)
            # distinct dates are distinct facts; so is a dated part of a dated total ("90 tanks since October";
            # "the latest train, carrying 24, left on October 20")
            if ev.kind == "delivery" and not retold and _strong_date(d, old) and _strong_date(d, ev) and \
                    old.date.value != ev.date.value and not _one_plan(d, old, ev) and \
                    (not (old.date.value.startswith(ev.date.value) or ev.date.value.startswith(old.date.value))
                                                         or ev.status == "delivered" and None not in (old.quantity,
                                                                                                      ev.quantity)
                                                         and old.quantity != ev.quantity):
                out.append(ev)
                continue
            # an elided repeat is its own batch even where its date holds the other's ("Следующая пара придет осенью,
            # еще одна – до конца года": autumn lies inside the year, yet two pairs)
            if ev.kind == "delivery" and old.date and ev.date and _strong_date(d, old) and _strong_date(d, ev) and \
                    old.date.value != ev.date.value and ELIDED in (old.details.get("rule"), ev.details.get("rule")):
                out.append(ev)
                continue
            # two counts of one stage, one of them dated by the text: two batches ("15 arrived today"; "the first
            # 30 came in 2017")
            if ev.kind == "delivery" and None not in (old.quantity, ev.quantity) and old.quantity != ev.quantity \
                    and not _undated_order(d, old) and not _undated_order(d, ev) \
                    and (old.unit == ev.unit or None in (old.unit, ev.unit)) \
                    and (_strong_date(d, old) or _strong_date(d, ev)) and \
                    not (old.date and ev.date and old.date.value == ev.date.value):
                out.append(ev)
                continue
            # a batch the report calls another ("еще одну батарею", "another battery") is not the one the text dated
            # before it: "армия также получила ... еще одну батарею «Тор-М2»" beside "Первые две батареи мы приняли в
            # прошлом году"
            if ev.kind == "delivery" and _strong_date(d, old) != _strong_date(d, ev) and \
                    not (old.date and ev.date and old.date.value == ev.date.value):
                # (the same day twice, "has just received another batch" and "just today, another batch arrived":
                # one batch, the lead and the quote)
                weak = ev if _strong_date(d, old) else old
                # (the order an undated participle tells is not the further batch: "A further two Su-30SM bought from
                # Russia will arrive ..." beside the contract the text dates is that contract told again)
                if weak.sentence != 0 and not _undated_order(d, weak) and ANOTHER.search(d.text, weak.start, weak.stop):
                    out.append(ev)
                    continue
            # a background telling of an earlier batch ("The first four aircraft were delivered in 2015", "Самолеты
            # этого типа поступили еще в 2015 году") beside the news of a further one ("four more", "новую партию")
            # is another fact: merged, the news row took the old date (review7 finding 7)
            if ev.kind == "delivery" and _strong_date(d, old) != _strong_date(d, ev) and \
                    not _undated_order(d, old) and not _undated_order(d, ev) and \
                    _earlier_batch(d, *((old, ev) if _strong_date(d, old) else (ev, old))):
                out.append(ev)
                continue
            title_old = old.sentence == 0
            title_new = ev.sentence == 0
            best, other = (ev, old) if _quality(d, ev, title_new) > _quality(d, old, title_old) else (old, ev)
            if ev.kind == "delivery" and _strong_date(d, other) and (not _strong_date(d, best) or (
                    best.date.value != other.date.value and (other.date.value.startswith(best.date.value)
                                                             or _inside(other.date, best.date)))):
                # an undated telling takes the other's date; "this year" beside "before the summer": the finer one
                best.date = other.date
                best.details["date_from"] = other.details.get("date_from")
            # the more specific designation wins (S-300PS over S-300)
            if ev.kind in ("delivery", "service_entry"):
                if d.family(other.roles["system"][0]) == best.roles["system"][0] and \
                        other.roles["system"][0] != best.roles["system"][0]:
                    best.roles["system"] = list(other.roles["system"])
                    if other.quantity is not None:
                        best.quantity, best.quantity_approx, best.unit = (other.quantity, other.quantity_approx,
                                                                          other.unit)
                    best.summary = summary_of(d, best)
                if best.quantity is None and other.quantity is not None:
                    best.quantity, best.quantity_approx, best.unit = other.quantity, other.quantity_approx, other.unit
                    best.summary = summary_of(d, best)
                if best.date is None and other.date is not None:
                    best.date = other.date
            if ev.kind == "agreement":
                for k in other.roles.get("party", []):
                    if k not in best.roles["party"]:
                        best.roles["party"].append(k)
                if best.date is None and other.date is not None:
                    best.date = other.date
                best.summary = None
            if ev.kind == "meeting":
                best.summary = None
                for role in ("place", "participant"):
                    for k in other.roles.get(role, []):
                        if k not in best.roles.setdefault(role, []):
                            best.roles[role].append(k)
                if best.date is None and other.date is not None:
                    best.date = other.date
            best.details.setdefault("also_in_sentences", [])
            best.details["also_in_sentences"].append(other.sentence)
            if best.summary is None:
                best.summary = summary_of(d, best)
            at = where.pop(id(old), None)  # (out.index compared events field by field: quadratic)
            if at is None or out[at] is not old:
                at = out.index(old)
            out[at] = best
            where[id(best)] = at
            index[key] = best
            _file_meeting(by_person, order, index, key)
            continue
        index[key] = ev
        order[key] = len(order)
        _file_meeting(by_person, order, index, key)
        where[id(ev)] = len(out)
        out.append(ev)
    return out


def _file_meeting(by_person: dict, order: dict, index: dict, key) -> None:
    """Note a meeting key under each of its people (they only ever grow as mentions merge)."""
    ev = index[key]
    if ev.kind != "meeting":
        return
    for k in ev.roles.get("participant", []):
        if k.startswith("person:"):
            keys = by_person.setdefault(k, {})
            if key not in keys:
                keys[key] = order[key]


def drop_headline_retold(d: Doc, events: list) -> list:
    """A headline's discussed or in-service rows for a system the body gives rows of its own: the headline retells the
    body's news in a title's shorthand ("Belarus signs for 12 Mi-35M, asks for second Tor-M2K battalion", "«Орешник» на
    дежурстве, в Барановичах – новая пара Су-30СМ2"), whose stages the body tells exactly; a system only the headline
    names keeps its row."""
    if not d.sents or not _headline(d, 0):
        return events
    body = {d.family(k) for ev in events if ev.kind == "delivery" and ev.sentence != 0
            for k in ev.roles.get("system", [])}
    # "Russia to hand Belarus two Pantsir-SM batteries" over "..., one in the spring and one in the autumn": the body
    # gives the whole's dated parts (deliveries/parts.py), the headline's whole is no row beside them
    wholes = {(d.family(k), ev.status, ev.details["part_of"]) for ev in events if ev.kind == "delivery" and
              ev.sentence != 0 and ev.details.get("part_of") for k in ev.roles.get("system", [])}
    return [ev for ev in events if not (ev.kind == "delivery" and ev.sentence == 0 and (
        ev.status in HEADLINE_LOOSE and all(d.family(k) in body for k in ev.roles.get("system", [])) or
        ev.quantity is not None and all((d.family(k), ev.status, f"{ev.quantity:g}") in wholes
                                        for k in ev.roles.get("system", []))))]


# the stages a title's shorthand gives loosely: a talk or a duty word in a title of several clauses reaches the
# systems of its neighbours ("Belarus orders Mi-8 helicopters and more Tor-M2K, Moscow open to Su-35 talk", "«Орешник»
# на дежурстве, в Барановичах – новая пара Су-30СМ2"); a title's plan or delivery is kept beside the body's rows
HEADLINE_LOOSE = frozenset({"discussed", "in_service"})
