"""A name the entity stage did not resolve ('Markin told reporters'): the person the article introduced
earlier with first name and surname, else an unknown speaker with the name kept as written.
"""
from __future__ import annotations

import re

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse
from bellink.ingest.statements.values import Who
from bellink.names import fold, has_cyrillic


class UnknownNames:
    def _named_later(self, surface: str, start: int, stop: int) -> Who:
        """A surname the entity stage did not resolve ('Markin told reporters'): the person is the one the article
        introduced earlier with first name and surname ('with Yevgeny Markin, who heads ...'). Otherwise the
        speaker stays unknown, with the name kept as written."""
        words = TOKEN.findall(surface)
        ent = self._full_name_before(words[-1], start) if len(words) == 1 else self._full_name(words)
        if ent is None:
            return Who(None, surface, start, stop, "unknown", confidence=0.5)
        if ent.key not in self.a.entities:
            self.a.entities[ent.key] = ent
        return Who(ent.key, surface, start, stop, "name", None, 0.85)

    def _full_name(self, words: list):
        """A first name the knowledge base knows and a surname: a person, even one the entity stage missed."""
        from types import SimpleNamespace

        from bellink.ingest.entities import _person_entity, matcher

        try:
            m = matcher()
            if fold(words[0]) not in m.kb.first_names:
                return None
            return _person_entity(SimpleNamespace(m=m), list(words), "ru" if has_cyrillic(words[0]) else "en")
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None

    def _full_name_before(self, surname: str, pos: int):
        from types import SimpleNamespace

        from bellink.ingest.entities import NOT_NAMES, _person_entity, matcher, nominative

        text = self.text[:pos]
        if has_cyrillic(surname):
            want = _keys(surname)
            found = None
            for m in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])", text):
                if _keys(m.group(2)) & want and any("Name" in p.tag for p in _parse(m.group(1).lower())[:3]):
                    found = nominative([m.group(1), m.group(2)], prefer=("Name", "Surn"))
            lang = "ru"
        else:
            found = None
            for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(surname)}(?![\w-])", text):
                if m.group(1).lower() not in NOT_NAMES and not self._is_title_word(m.group(1)) and \
                        not self._country_of(m.group(1)):
                    found = [m.group(1), surname]
            lang = "en"
        if not found:
            return None
        try:
            return _person_entity(SimpleNamespace(m=matcher()), found, lang)
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None
