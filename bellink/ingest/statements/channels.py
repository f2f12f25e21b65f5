"""Channels: the outlet that carried the words, recorded as the channel and never as the speaker.

    "Viktor Khrenin told TASS on Tuesday that ..."                   channel TASS
    "..., Khrenin said in an interview with RIA Novosti."            channel RIA Novosti
    "Хренин в интервью телеканалу «Беларусь 1» заявил, что ..."     channel Belteleradiocompany
Not a channel: an organization that speaks ("the ministry told reporters"), an outlet inside the content.

Lexicons: statement_patterns.tsv (channel_slot_en, channel_slot_ru, media_word).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from bellink.ingest.docgate import may
from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _ru_cases
from bellink.ingest.statements.words import (
    CHANNEL_SLOTS_EN, CHANNEL_SLOTS_RU, CITATION_SLOT, MEDIA_WORDS,
)
from bellink.names import fold, has_cyrillic


@lru_cache(maxsize=1)
def _media_index() -> dict:
    """Folded first word of every outlet name and alias in the knowledge base -> outlet keys."""
    out: dict = {}
    try:
        from bellink.ingest import kb as kbmod

        for ent in kbmod.load().entities.values():
            if ent.type != "organization" or ent.attrs.get("kind") != "media":
                continue
            for n in {ent.name, ent.name_ru or "", *ent.aliases}:
                words = [w for w in TOKEN.findall(n) if w[:1].isupper()]
                if words:
                    out.setdefault(fold(words[0]), set()).add(ent.key)
    except Exception:  # no knowledge base yet: nothing to look up
        pass
    return out


class Channels:
    def is_media(self, key: Optional[str], surface: str = "") -> bool:
        ent = self.a.entities.get(key) if key else None
        if ent is not None and ent.attrs.get("kind") == "media":
            return True
        if ent is not None and ent.attrs.get("kind"):
            return False
        if key and not key.startswith("organization:"):
            return False
        names = " ".join(filter(None, [surface, ent.name if ent else "", ent.name_ru or "" if ent else ""]))
        return bool(MEDIA_WORDS.search(names))

    def kb_outlet(self, key: Optional[str]) -> bool:
        """Whether the knowledge base knows ``key`` as an outlet, whatever entity the article's reading made of it: NER
        finds 'в комментарии «Известиям»' under the outlet's key but without its attributes."""
        return bool(key) and key.startswith("organization:") and _kb_kind(key) == "media"

    def channel_in(self, lo: int, hi: int, exclude: Optional[str] = None,
                   content: tuple = (0, 0)) -> tuple[Optional[str], Optional[str]]:
        """The outlet named in an attribution and how: 'interview' (told TASS, рассказал агентству БелТА), which
        covers the speaker's other words in the article, or 'citation' (as quoted by, цитата по), which does not."""
        text = self.text
        if hi <= lo:
            return None, None
        for rx in (CHANNEL_SLOTS_EN, CHANNEL_SLOTS_RU):
            for m in (rx.finditer(text, lo, hi) if may(rx, text, lo, hi) else ()):
                if content[0] <= m.start() < content[1]:
                    continue
                for men in self.mentions_in(m.start(), min(hi, m.end() + 40)):
                    if men.type != "organization" or men.key == exclude or content[0] <= men.start < content[1]:
                        continue
                    if men.start < m.end() - 1 and not men.start <= m.end() - 1 < men.stop:
                        continue
                    slot = m.group().lower()
                    if slot.startswith("according") and not self.is_media(men.key, men.text):
                        continue
                    kind = "citation" if CITATION_SLOT.match(slot) else "interview"
                    return men.key, kind
                # (an organization that starts in the slot and runs past its 40 characters is named there too: "according
                # to the Belarusian State Authority for Military Industry" names no outlet "Military ...")
                if not any(x.type == "organization" and x.start < m.end() + 40 for x in self.mentions_in(m.end(), hi)):
                    key = self._kb_outlet_at(m.end(), hi)
                    if key:
                        slot = m.group().lower()
                        return key, ("citation" if CITATION_SLOT.match(slot) else "interview")
        # a dative outlet after a Russian verb: 'сообщили "Интерфаксу"'
        for men in self.mentions_in(lo, hi):
            if men.type != "organization" or men.key == exclude or content[0] <= men.start < content[1]:
                continue
            if has_cyrillic(men.text):
                cases = _ru_cases(TOKEN.findall(men.text)[0])
                if "datv" in cases and "nomn" not in cases:
                    return men.key, "interview"
            ent = self.a.entities.get(men.key)
            if ent is not None and ent.attrs.get("kind") == "media":
                return men.key, "citation"
        return None, None

    def _kb_outlet_at(self, pos: int, hi: int) -> Optional[str]:
        """An outlet in a channel slot that the entity stage left unmarked ('told the Russian TV channel Zvezda'):
        a capitalized word there that begins the name of exactly one outlet in the knowledge base."""
        for t in list(TOKEN.finditer(self.text, pos, min(hi, pos + 40)))[:5]:
            w = t.group()
            if not w[:1].isupper() or len(w) < 3 or self._country_of(w) or w.lower() in ("news", "agency", "the"):
                continue
            if any(x.start <= t.start() < x.stop for x in self.mentions_in(max(0, t.start() - 60), t.end() + 60)):
                continue  # a word of a name already read ('the State Authority for Military Industry')
            keys = _media_index().get(fold(w))
            if keys and len(keys) == 1:
                key = next(iter(keys))
                if key not in self.a.entities:
                    from bellink.ingest import kb as kbmod

                    self.a.entities[key] = kbmod.load().entities[key]
                return key
        return None


def _kb_kind(key: str) -> Optional[str]:
    """The knowledge base's kind of the organization with this key, if it knows one."""
    try:
        from bellink.ingest import kb as kbmod

        ent = kbmod.load().entities.get(key)
    except Exception:  # a half-written knowledge base must not stop extraction
        return None
    return ent.attrs.get("kind") if ent is not None else None
