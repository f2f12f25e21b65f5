"""Words the speaker took back: the report gave them to him, and the same report says he denied them.

    '"Russia will hand over the launchers soon," RIA Novosti quotes X, but X later denied saying it.'   none
    '«Россия скоро передаст комплексы», – цитирует X агентство. Позже X опроверг эти слова.'            none
Kept: another person's denial ('X said the jets had come, but Y denied saying so' is Y's, not X's), a denial of
what others reported ('X denied that the jets had come' is a statement of its own, content.py).

Lexicon: statement_patterns.tsv (retraction). Bounded: the rest of the statement's sentence and the next one.
"""
from __future__ import annotations

import re

from bellink.ingest.statements.words import RETRACTION

# the retraction's subject may be the speaker by a pronoun alone ('He later denied ...', 'Позже он опроверг ...')
PRONOUN_SUBJECT = re.compile(r"(?<![\w-])(?:he|she|они|он|она|they)(?![\w-])", re.IGNORECASE)


class Retractions:
    def without_retracted(self, out: dict) -> dict:
        """``out`` without the statements whose speaker, in the same or the next sentence, takes them back."""
        if not RETRACTION.search(self.text):
            return out
        drop = [span for span, st in out.items() if st.speaker and self._retracted(st)]
        return {sp: st for sp, st in out.items() if sp not in drop} if drop else out

    def _retracted(self, st) -> bool:
        s = self.sentence_of(st.start)
        if s is None:
            return False
        if self._takes_back(st, st.stop, s.stop, pronoun_alone=False):
            return True
        nxt = self.a.sentences[s.index + 1] if s.index + 1 < len(self.a.sentences) else None
        return nxt is not None and self._takes_back(st, nxt.start, nxt.stop, pronoun_alone=True)

    def _takes_back(self, st, lo: int, hi: int, pronoun_alone: bool) -> bool:
        m = RETRACTION.search(self.text, lo, hi)
        if m is None:
            return False
        people = [x.key for x in self.mentions_in(lo, m.start()) if x.type == "person"]
        if people:
            # the subject is the last person named before the denial, and none other stands between
            return all(k == st.speaker for k in people)
        return pronoun_alone and bool(PRONOUN_SUBJECT.search(self.text, lo, m.start()))
