"""A body that issued a document, then the document's words: the body speaks.

    "The Belarusian defence ministry issued a statement saying the brigade was ready."            the ministry
    "The ministry posted a statement on Telegram which said the brigade was ready."               the ministry
    "Пресс-служба Минобороны Белоруссии распространила заявление, в котором говорится, что ..."   the ministry
    "Минобороны опубликовало видео, где сообщается, что ..."                                      the ministry
Not this: a document someone else issued about the body ('Reporters published a video of the ministry saying ...'
names the reporters as issuers: they are no speaker of the ministry's words, and no outlet speaks).

Lexicons: statement_patterns.tsv (issued_doc).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from bellink.ingest.docgate import may
from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.words import ISSUED_DOC


class IssuedDocuments:
    def issued_document(self, cue: Cue, s, bound: int) -> Optional[Hit]:
        """The statement a reporting cue makes for the body that issued the document before it, or None."""
        text = self.text
        lo = max(bound, cue.start - 200)
        m = ISSUED_DOC.search(text, lo, cue.start) if may(ISSUED_DOC, text, lo, cue.start) else None
        if m is None or m.end() != cue.start:
            return None
        verb = "verb" if m.group("verb") else "verb_ru"
        vs, ve = m.start(verb), m.end(verb)
        who = self.left_subject(replace(cue, start=vs, stop=ve, text=text[vs:ve]), s, bound)
        if not isinstance(who, Who) or (who.key is None and who.kind not in ("media",)):
            return None
        fwd = self.forward(cue, s)
        if fwd is None:
            return None
        hit = self.make(cue, s, who, *fwd, forward=True, attr_start=who.start, attr_stop=cue.stop,
                        rule="issued:document")
        hit.content_kind = self._fwd_kind
        return hit
