"""A document or an account of a body as the subject of a reporting verb: the body speaks.

    "A statement on the Belarusian defence ministry's website said the jets had landed."   the ministry
    "The Belarusian defence ministry's Telegram channel said the pilots had trained in Russia."  the ministry
    "The ministry's statement added that ..."                                                the ministry the
                                                                                             article means
    "The Belarusian defence ministry published a statement. The statement said ..."         the body the sentence
                                                                                             before named alone
Not a speaker: a document of nobody the article makes clear ("A report said ..." with no body before), a
media report ("A Reuters report said": the outlet is the channel, the speaker unknown).

Lexicons: statement_words.tsv (doc_word, doc_head_en).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.docgate import may
from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.source_phrase import owner_end
from bellink.ingest.statements.tails import search_after_stops
from bellink.ingest.statements.values import Cue, Who
from bellink.ingest.statements.verbs import verbs
from bellink.ingest.statements.words import AUX_EN, DOC_WORDS, INSTITUTION_HEADS_EN, words

# how many sentences back a document the article introduced with its owner is still the one 'the statement' means
DOCUMENT_REACH = 6
_HEADS = sorted({*DOC_WORDS, *words("doc_head_en")}, key=lambda h: (-len(h), h))  # one order in every process
# a document noun anywhere ('The ministry published a statement.'): the sentence before introduces the document
_DOC_NOUN = re.compile(r"\b(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEADS) + r")s?\b", re.IGNORECASE)
# the document's noun phrase at the end of the words before the verb: its head, then what it is of or on
DOC_SUBJECT_EN = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<np>(?:(?:the|a|an|its|their|this|that|his|her|one|another|a\s+new)\s+)?"
    r"(?:[^\s,;:.!?«»\"“”()]+\s+){0,6}?(?P<head>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEADS) +
    r")(?:\s+(?:on|from|by|of|posted\s+on|published\s+on|issued\s+by|released\s+by)\s+[^,;:.!?«»\"“”()]{1,80}?)?)$",
    re.IGNORECASE)
# what DOC_SUBJECT_EN's matches never hold (its words, its heads and what they are of exclude them all)
_DOC_STOPS = ",;:.!?«»\"“”()"
assert not any(c in h for h in _HEADS for c in _DOC_STOPS)


class Documents:
    def document_subject(self, cue: Cue, s, bound: int, stripped: str) -> Optional[Who]:
        """The body whose document or account is the subject before an English verb (``stripped``: the words from
        ``bound`` to the verb, fillers off), or None when the subject is no document."""
        m = search_after_stops(DOC_SUBJECT_EN, stripped, _DOC_STOPS) \
            if may(DOC_SUBJECT_EN, self.text, bound, bound + len(stripped)) else None
        if m is None:
            return None
        before = stripped[:m.start("np")]
        if before.strip() and not re.search(r"[,;:!?][»\"”’]?\s*[–—-]*\s*$|\b(?:and|but)\s*$", before):
            return None  # 'Khrenin told the statement ...': the document is no subject of its own
        np = m.group("np")
        if any(AUX_EN.fullmatch(w.lower()) or verbs().en_regex.fullmatch(w) for w in TOKEN.findall(np)):
            return None  # 'the jets that landed in the report': a clause, not a noun phrase
        lo, hi = bound + m.start("np"), bound + m.end("np")
        # 'A post by a blogger about Khrenin's visit said': the owner stands before what the document is about
        cut = owner_end(self.text, lo, hi)
        owners = [x for x in self.mentions_in(lo, cut) if x.type in ("organization", "person")]
        if owners:
            o = owners[-1]
            if o.type == "person":
                who = self.who_from_mention(o, lo)
                who.start, who.stop, who.text = lo, hi, self.text[lo:hi]
                who.confidence = min(who.confidence, 0.85)
                return who
            if self.is_media(o.key, o.text):
                return Who(None, self.text[lo:hi], lo, hi, "media", confidence=0.5, role=o.key)
            return Who(o.key, self.text[lo:hi], lo, hi, "institution", None, 0.85,
                       found="institution: the owner of the document")
        head = next((w for w in TOKEN.findall(self.text, lo, cut) if w.lower() in INSTITUTION_HEADS_EN), None)
        if head is not None:
            key = self._institution_anaphor(np, head.lower(), lo)
            if key and not self.is_media(key):
                return Who(key, self.text[lo:hi], lo, hi, "institution", None, 0.75,
                           found="institution: the one the article last named or quoted")
            return None
        if not re.match(r"(?:the|this|that|its)\s", np, re.IGNORECASE):
            return None  # 'A report said': a document the article has not introduced
        return self._document_before(s, lo, hi)

    def _document_before(self, s, lo: int, hi: int) -> Optional[Who]:
        """'The statement said': the body that spoke in this sentence or the one before, or else the one body the
        sentence before named (and nothing else that could speak)."""
        here = s.index
        # back to the sentence before the paragraph's first: the words may be a quote over sentences ('"... . ...,"
        # the statement said' after 'The ministry told TASS ...')
        first = here
        while first > 0 and here - first < 4 and self.a.sentences[first - 1].paragraph == s.paragraph:
            first -= 1
        prev = next((h for idx in range(here, max(-1, min(here - 1, first - 1) - 1), -1)
                     for h in reversed(self.hits_in_sentence(idx)) if h.cue_start < lo and h.st.speaker), None)
        if prev is not None:
            if not prev.st.speaker.startswith("organization:") or self.is_media(prev.st.speaker):
                return None
            return Who(prev.st.speaker, self.text[lo:hi], lo, hi, "institution", None, 0.75,
                       found="institution: the one whose statement the sentence before reports")
        if here == 0:
            return None
        ps = self.a.sentences[here - 1]
        if not _DOC_NOUN.search(self.text, ps.start, ps.stop):
            # the sentence before introduces no document ('... taken from the army's storage.'): the one a sentence
            # further back introduced with its owner, if nobody spoke since
            key = self.introduced_document_owner(lo, s)
            return Who(key, self.text[lo:hi], lo, hi, "institution", None, 0.7,
                       found="institution: the owner of the document the article introduced") if key else None
        bodies = {x.key for x in self.mentions_in(ps.start, ps.stop)
                  if x.type in ("organization", "person") and not self.is_media(x.key, x.text)}
        if len(bodies) != 1:
            return None
        key = next(iter(bodies))
        if not key.startswith("organization:"):
            return None
        return Who(key, self.text[lo:hi], lo, hi, "institution", None, 0.7,
                   found="institution: the one body the sentence before names")

    def introduced_document_owner(self, pos: int, s) -> Optional[str]:
        """'The site said so, citing a statement published by a monitoring channel. ... According
        to the statement, ...', '..., according to a probe by a monitoring group. ... The
        report concludes that ...': the one organization (not an outlet) named in the sentence that introduced a
        document, up to DOCUMENT_REACH sentences back in the paragraphs before, when no one else has spoken since.
        None with two organizations there, a person, or another speaker since: the document is then not surely its."""
        here = s.index
        for idx in range(here - 1, max(-1, here - DOCUMENT_REACH - 1), -1):
            ps = self.a.sentences[idx]
            if any(h.st.speaker and h.cue_start < pos for h in self.hits_in_sentence(idx)):
                return None  # someone spoke since the document was introduced (that speaker's own, handled above)
            doc = _DOC_NOUN.search(self.text, ps.start, ps.stop)
            if doc is None or self.in_speech(doc.start()):
                continue
            bodies = {x.key for x in self.mentions_in(ps.start, ps.stop)
                      if x.type in ("organization", "person") and not self.in_speech(x.start)
                      and not self.is_media(x.key, x.text) and not self.kb_outlet(x.key)}
            if len(bodies) != 1:
                return None
            key = next(iter(bodies))
            return key if key.startswith("organization:") else None
        return None
