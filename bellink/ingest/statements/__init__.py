"""Statements: who said what, and when, in English and Russian news.

Takes an analyzed document (``pipeline.Analysis``: text, sentences, mentions with their entities, time
expressions) and gives its statements (``model.Statement``), in text order: speaker (an entity key, or
None when unknown, with the article's words in ``speaker_text``), role, the words said and their span
(``document.text[start:stop] == text``), direct or reported, cue, channel (the outlet that carried them,
never the speaker) and date.

The document is read in three passes (``extractor``):

1. Quotes (``quotes``): quotation marks paired over the whole text, nested and across paragraphs.
2. Cues (``cues``, ``verbs``): reporting verbs (``bellink/kb/speech_verbs.tsv``) and constructions
   (``constructions``: "according to X", "по словам X", "как сообщил X", "говорится в X"). For each cue
   the speaker is the phrase in subject position next to it (``speakers``; resolved through
   ``names``, ``pronouns``, ``roles``, ``offices``, ``institutions``) and the content lies on one side
   of it (``content``); ``frames`` puts the two together, ``channels`` finds the outlet, ``dating``
   the date. A sentence no cue claimed may still open with its speaker and a colon before a quote
   ('Shoigu was upbeat: «...»': ``colon_lead``).
3. Quotes no cue claimed (``quotes.orphans``): continuations, split quotes, unknown speakers.

A wrong speaker is the worst error this stage can make, so only a name written next to the cue is
taken as it stands; a pronoun, a role or an institution is resolved only when one candidate is clearly
meant. Documented choices:

- A reported clause that contains a quoted fragment is one statement, ``direct=False``; a clause that is
  nothing but a quote ("adding that «...»") is a direct statement of the quote.
- A quote over several paragraphs is one statement; its text is the slice of the document from after
  the first mark to before the last, continuation marks included.
- A statement is dated by the time expression nearest its cue, outside the content and quotes;
  otherwise by the publication date, marked as such.
"""
from bellink.ingest.statements.extractor import extract
from bellink.ingest.statements.quotes import find_quotes
from bellink.ingest.statements.verbs import verbs

__all__ = ["extract", "find_quotes", "verbs"]
