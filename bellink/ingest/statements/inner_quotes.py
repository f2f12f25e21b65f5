"""A quote with its attribution set between dashes inside one pair of marks: one statement, the speaker
named between the dashes.

    "«Это не подарок, а нормальная работа, – сказал на церемонии российский посол. – Контракты выполняются»."
    "«Техника уже на месте, – отметил Хренин. – Расчеты готовы»."
    "«Все идет по плану, – сказал он, – и к осени работа будет закончена»."
English reopens its marks ('“A,” he said. “B.”': frames:split_quote), so the construction is Russian
typography; an English text written this way ('“A, — said X. — B”') is read the same.
A quoted name inside the attribution is read through: "«А, – сказал «Белсату» основатель проекта Антон
Моталько. – Б»" (the outlet the words were said to, in marks, is no end of the quote).
Not an inner attribution: a dash inside the words themselves ("«Мы готовы – и это главное»": no reporting
verb right after the dash), a verb the quote itself uses ("«..., – говорят они нам. – ...»" is still taken:
the marks say these are the speaker's words; "«Он сказал, что...»" has no dash before the verb).

The speaker comes after the verb (VS order, as the construction is written): a name in the nominative, a
pronoun, or a role phrase ('российский посол'); nothing else there, no statement (the quote stays an orphan).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.words import PRONOUN_AFTER_VERB
from bellink.names import has_cyrillic

# the words before the verb end with a comma (or ! ? …) and a dash: '..., – сказал'
DASH_BEFORE = re.compile(r"[,!?…]\s*[–—-]\s*$")
# the attribution ends with a full stop or comma and a dash: '... посол. – ' / '... он, – '
DASH_AFTER = re.compile(r"[.,]\s*[–—]\s*|[.,]\s*-\s+")  # an en or em dash may stand unspaced: «...,—сказал он.—...»
MAX_ATTRIBUTION = 120
# a name in quote marks, one to three words: «Белсату», «Известиям», "Zerkalo"
QUOTED_NAME = re.compile(r"[«\"“„](?:[^\W\d_][\w.-]*)(?:\s+[\w.-]+){0,2}[»\"”“]")


class InnerQuotes:
    def is_inner_cue(self, start: int) -> bool:
        """Whether a reporting verb inside a quote opens an attribution set between dashes."""
        q = self.quote_at(start)
        if q is None or self.is_name_quote(q):
            return False
        if not DASH_BEFORE.search(self.text, q.open + 1, start):
            return False
        m = DASH_AFTER.search(self.text, start, min(q.close, start + MAX_ATTRIBUTION))
        if m is None:
            return False
        # a quoted name in the attribution ('– сказал «Белсату» основатель проекта …') is the outlet or a title,
        # not the end of the quote; any other mark there is
        between = QUOTED_NAME.sub(" ", self.text[start:m.start()])
        return not re.search(r"[«»\"“”„]", between)

    def inner_attribution(self, cue: Cue, s) -> Optional[Hit]:
        text = self.text
        q = self.quote_at(cue.start)
        m = DASH_AFTER.search(text, cue.stop, min(q.close, cue.stop + MAX_ATTRIBUTION))
        lo, hi = cue.stop, m.start()
        who = self._inner_speaker(cue, s, lo, hi)
        if who is None:
            return None
        cs, ce = self.inner(q)
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=hi, direct=True,
                         rule="inner_quotes:between_dashes")

    def _inner_speaker(self, cue: Cue, s, lo: int, hi: int) -> Optional[Who]:
        region = self.text[lo:hi]
        pm = PRONOUN_AFTER_VERB.match(region)
        if pm:
            return self.resolve_pronoun(pm.group(1).lower(), lo + pm.start(1), lo + pm.end(1), cue, s)
        ru = has_cyrillic(cue.text)
        who = self._right_person(list(self.mentions_in(lo, hi)), lo, ru)  # as after any verb (speakers.py)
        if who is not None:
            return who
        if ru:
            return self._right_role_ru(cue, s, lo, hi)
        return None
