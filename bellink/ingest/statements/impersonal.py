"""An impersonal report with no document named: the words are a statement; its speaker is the institution that spoke
just before, or nobody.

    "Гаюн сообщил, что эшелон ушел. Отмечается, что в Старых Дорогах расположена база."   Belarusian Hajun
    "Как отмечается, на этой базе хранятся не менее десяти машин."                     the institution before, or none
    "Сообщается, что самолеты будут нести дежурство."                                    nobody (unknown speaker)
    "It is noted that the trains left the depot at night with old tanks."              the same, in English
Not this: "В сообщении отмечается, что ..." and "Как отмечается в сообщении ведомства, ..." (a document named: the
document's source speaks, constructions.doc_frame); "отмечается рост поставок" (no clause reported).

The verbs are speech_verbs.tsv's 'doc' class (сообщаться, отмечаться, указываться, подчёркиваться) in the
impersonal present ('сообщается'); the speaker carries over only from an organization (never a person, never an
outlet) that spoke in this sentence or in the two before, the document-level state a reader follows.
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.values import Cue, Hit, Who

# the cue opens the sentence ('Сообщается, что'), after 'как' ('Как отмечается, ...') or a connector
IMPERSONAL_BEFORE = re.compile(r"\s*(?:(?:[Кк]роме\s+того|[Пп]ри\s+этом|[Тт]акже|[Вв]месте\s+с\s+тем),?\s*)?"
                               r"(?P<as>[Кк]ак\s+)?(?:также\s+|и\s+)?")
# the impersonal present of the verb ('сообщается', 'отмечается'), not 'сообщалось в заявлении'
IMPERSONAL_FORM = re.compile(r"[а-яё]+ется$", re.IGNORECASE)
# English: 'It is noted that ...', 'It was also reported that ...' (translated agency copy)
IMPERSONAL_BEFORE_EN = re.compile(r"\s*(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}),\s*)?[Ii]t\s+(?:is|was|has\s+been)\s+(?:also\s+)?")
IMPERSONAL_VERBS_EN = frozenset({"noted", "reported", "stressed", "emphasized", "emphasised", "stated", "specified",
                                 "indicated", "underlined", "announced"})


def impersonal_en(text: str, lo: int, start: int, stop: int) -> bool:
    """Whether the passive verb at start..stop opens an impersonal report ('It is noted that ...'): a passive that the
    cue finder otherwise drops ('was said')."""
    return text[start:stop].lower() in IMPERSONAL_VERBS_EN and IMPERSONAL_BEFORE_EN.fullmatch(text, lo, start) is not None \
        and re.match(r"\s+that\b", text[stop:stop + 6]) is not None


# how many sentences back an institution's statement lends it its voice
CARRY_REACH = 2


class ImpersonalReports:
    def impersonal_report(self, cue: Cue, s, bound: int) -> Optional[Hit]:
        """'Сообщается, что ...', 'Отмечается, что ...', 'Как отмечается, ...' with no document after the verb."""
        text = self.text
        verb = cue.text.strip()
        if verb.lower() in IMPERSONAL_VERBS_EN:
            if IMPERSONAL_BEFORE_EN.fullmatch(text, bound, cue.start) is None:
                return None
            after = re.match(r"\s+that\b", text[cue.stop:s.stop])  # 'It is noted that ...'
        else:
            before = IMPERSONAL_BEFORE.fullmatch(text, bound, cue.start)
            if before is None or not IMPERSONAL_FORM.search(verb):
                return None
            # 'Как отмечается, ...' / 'Сообщается, что ...'
            after = re.match(r"\s*," if before.group("as") else r"\s*,\s*что\b", text[cue.stop:s.stop])
        if after is None:
            return None
        cs, ce = self.trim(cue.stop + after.end(), s.stop)
        if len(TOKEN.findall(text, cs, ce)) < 3 or not self._clause_like(cs, ce):
            return None
        who = self._impersonal_voice(cue, s)
        return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=cue.stop,
                         rule="impersonal:report")

    def _impersonal_voice(self, cue: Cue, s) -> Who:
        """The organization whose statement came last, in this sentence or the CARRY_REACH before, when it is not an
        outlet; else nobody."""
        prev = next((h for idx in range(s.index, max(-1, s.index - CARRY_REACH - 1), -1)
                     for h in reversed(self.hits_in_sentence(idx)) if h.cue_start < cue.start), None)
        if prev is not None and (prev.st.speaker or "").startswith("organization:") and \
                not self.is_media(prev.st.speaker):
            return Who(prev.st.speaker, cue.text, cue.start, cue.stop, "institution", None, 0.7,
                       found="institution: the one whose statement the impersonal report goes on with")
        return Who(None, cue.text, cue.start, cue.stop, "unknown", None, 0.5,
                   found="unknown: an impersonal report with no source before it")
