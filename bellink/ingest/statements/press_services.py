"""A leader's press service named before the leader: the service speaks, never the leader.

    "The press service of Belarusian President Alexander Lukashenko said ..."   Press Service of the President of Belarus
    "According to the press service of President Vladimir Putin, ..."          Press Service of the President of Russia
    "Пресс-служба президента Белоруссии Александра Лукашенко сообщила ..."      Press Service of the President of Belarus
Not this: "Lukashenko's press secretary Natalia Eismont said" (the name after the title is hers). A leader with no
press service in the knowledge base leaves the speaker unknown, with the reason.

Lexicons: statement_patterns.tsv (press_service_of); the service is the organization the knowledge base names
"<surname>'s press service" or "пресс-служба <фамилия>" (organizations.tsv).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import PRESS_SERVICE_OF


class PressServices:
    def press_service_of(self, m, bound: int) -> Optional[Who]:
        """The press service a person mention ``m`` is named as the owner of ('the press service of President X'),
        as the speaker; None when no service is named right before the name."""
        if m.type != "person":
            return None
        ps = PRESS_SERVICE_OF.search(self.text, max(bound, m.start - 90), m.start)
        if ps is None:
            return None
        title = ps.group("title")
        if re.search(r"[,;:()«»\"“”„]", title) or any(w[:1].islower() and not self._is_title_word(w)
                                                       for w in TOKEN.findall(title) if w.isascii()):
            return None  # 'the press office of the ministry, which Khrenin heads': not his title
        ent = self.a.entities.get(m.key)
        surface = self.text[ps.start():m.stop]
        key = None
        if ent is not None:
            names = {n for n in (ent.name, ent.name_ru, *ent.aliases) if n}
            for n in names:
                last = TOKEN.findall(n)[-1] if TOKEN.findall(n) else ""
                key = self.org_named(f"{last}'s press service") or self.org_named(f"пресс-служба {last}")
                if key:
                    break
        if key is None:
            return Who(None, surface, ps.start(), m.stop, "unknown", None, 0.5,
                       found=f"unknown: the press service of {m.text} speaks, not {m.text}")
        return Who(key, surface, ps.start(), m.stop, "institution", None, 0.85)
