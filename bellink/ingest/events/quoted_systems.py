"""Workaround: systems named only by a quoted name after a weapon noun.

The entity stage does not recognize "180 прицельных комплексов «Сосна-У»"; ``quoted_systems`` adds such
mentions (method "pattern", confidence 0.6) so a transfer can point to a system. It belongs in
entities.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from bellink.ingest.events.words import START
from bellink.names import fold, has_cyrillic


QUOTED_SYSTEM = re.compile(
    r"(?P<head>\b(?:комплекс|систем|РЛС|станци|беспилотник|БПЛА|прицел|самол[её]т|вертол[её]т|ЗРК|ЗРС|ОТРК|РСЗО|"
    r"шасси|ракет|аппарат|тягач|бронетранспорт|БТР|БМП|system|radar|drone|UAV|sight|complex|launcher|vehicle|"
    r"missile)\w*)(?:\s+[а-яёa-z-]+){0,2}\s+[«\"“](?P<name>[A-ZА-ЯЁ][\w-]{1,20}(?:[ -][\w-]{1,15}){0,2})[»\"”]")


# the end of a QUOTED_SYSTEM match (quick to look for: it begins with a quotation mark)
QUOTED_NAME = re.compile(r"[«\"“][A-ZА-ЯЁ][\w-]{1,20}(?:[ -][\w-]{1,15}){0,2}[»\"”]")


_KB_SYSTEM_NAMES: dict = {}


def _kb_system_names(base) -> dict:
    """Folded name or alias -> weapon system, for a loaded knowledge base (built once; a loaded base does not
    change)."""
    got = _KB_SYSTEM_NAMES.get(id(base))
    if got is None or got[0] is not base:
        known: dict = {}
        for e in base.by_type("weapon_system"):
            for n in {e.name, e.name_ru or "", *e.aliases}:
                if n:
                    known.setdefault(fold(n), e)
        got = _KB_SYSTEM_NAMES[id(base)] = (base, known)
    return got[1]


def quoted_systems(a, text: str) -> None:
    """Systems named in quotes after a weapon noun («Сосна-У» sights) that the entity stage did not catch.

    The entity stage's designation pattern wants a digit ("Грач-4"); a name like "Сосна-У" is only
    recognizable by the noun in front of it. This belongs in entities.py; until it is there, the
    events stage adds the mention so a delivery of it can point to a system.
    """
    from bellink.ingest import kb as kbmod
    from bellink.ingest.model import Entity, Mention
    from bellink.names import transliterate

    # Does a mention overlap [start, stop)? Among the mentions starting before ``stop``, the furthest stop is
    # after ``start`` (a scan of all mentions per match grew with the square of the document). The names added
    # here come in text order, each after the one before, so only the last one's stop matters.
    taken = sorted((m.start, m.stop) for m in a.mentions)
    starts = [s_ for s_, _ in taken]
    reach = list(accumulate((e_ for _, e_ in taken), max))
    added_stop = -1
    known = None
    matches = QUOTED_SYSTEM.finditer(text) if QUOTED_NAME.search(text) else ()
    for mt in matches:
        start, stop = mt.span("name")
        k = bisect_left(starts, stop)
        if (k and reach[k - 1] > start) or added_stop > start:
            continue
        name = mt.group("name")
        if name.lower() in ("тор",) or len(name) < 3:
            continue
        if known is None:
            known = _kb_system_names(kbmod.load())
        ent = known.get(fold(name))
        if ent is None:
            en = transliterate(name) if has_cyrillic(name) else name
            ent = a.entities.get(f"weapon_system:{fold(en)}") or Entity(
                key=f"weapon_system:{fold(en)}", name=en, type="weapon_system",
                name_ru=name if has_cyrillic(name) else None, aliases={name}, source="discovered")
        a.entities.setdefault(ent.key, ent)
        sent = a.sentence_at(start).index
        a.mentions.append(Mention(start, stop, name, "weapon_system", ent.key, sent, "pattern", 0.6))
        added_stop = max(added_stop, stop)
    a.mentions.sort(key=START)
