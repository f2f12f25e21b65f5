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
PRONOUN_SUBJECT = re.compile(r"(?<![\w-])(?:he|she|он|она)(?![\w-])", re.IGNORECASE)
# what may stand between the subject and the retracting verb: adverbs and auxiliaries, no noun phrase and no verb of
# saying of its own ('He noted that Warsaw had denied saying so' is Warsaw's denial)
SUBJECT_GAP = re.compile(r"(?:[\s,]+(?:later|has|have|had|since|also|then|subsequently|promptly|immediately|himself|herself|"
                         r"позже|затем|потом|впоследствии|однако|уже|сам|сама|сразу|тут\s+же|на\s+следующий\s+день|"
                         r"после\s+этого))*[\s,]*", re.IGNORECASE)


class Retractions:
    def without_retracted(self, out: dict) -> dict:
        """``out`` without the statements whose speaker, in the same or the next sentence, takes them back."""
        if not any(st.speaker for st in out.values()) or not RETRACTION.search(self.text):
            return out
        drop = [span for span, st in out.items() if st.speaker and self._retracted(st)]
        return {sp: st for sp, st in out.items() if sp not in drop} if drop else out

    def _retracted(self, st) -> bool:
        s = self.sentence_of(st.start)
        if s is None:
            return False
        if self._takes_back(st, st.stop, s.stop):
            return True
        nxt = self.a.sentences[s.index + 1] if s.index + 1 < len(self.a.sentences) else None
        return nxt is not None and self._takes_back(st, nxt.start, nxt.stop)

    def _takes_back(self, st, lo: int, hi: int) -> bool:
        m = RETRACTION.search(self.text, lo, hi)
        if m is None:
            return False
        people = [x for x in self.mentions_in(lo, m.start()) if x.type == "person"]
        if any(x.key != st.speaker for x in people):
            return False  # another person named before the denial: his, or not surely the speaker's
        # the subject right before the verb: the speaker named, or a pronoun, with only adverbs between
        subjects = [x.stop for x in people] + [p.end() for p in PRONOUN_SUBJECT.finditer(self.text, lo, m.start())]
        return any(SUBJECT_GAP.fullmatch(self.text, end, m.start()) for end in subjects)
