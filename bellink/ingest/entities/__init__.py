"""Find entity mentions and resolve each to one canonical entity.

Four sources, in order of trust:

1. The knowledge base (bellink/kb/*.tsv), matched on token keys: every token is
   folded across scripts (names.fold) and Russian words are lemmatized first
   (pymorphy3), so "Белоруссии", "Belarus" and "Республика Беларусь" reach one
   country and "Александром Лукашенко" reaches Lukashenko.
2. Patterns that generalize to entities nobody listed: weapon designations in
   both scripts ("Su-35", "Ту-22М3", "Buk-MB3K"), exercises named with a year
   ("Zapad-2021", «Щит Союза - 2019»), people introduced by a title or rank
   ("Belarusian Defense Minister Gen. Lt. Andrey Ravkov", "Colonel X").
3. Russian NER (slovnet through the natasha stack, models shipped in the wheel),
   with names brought to the nominative ("Александром Вольфовичем" ->
   "Александр Вольфович") and transliterated for English queries.
4. In-article resolution: a bare surname is the person already named in the
   same article; people who share a surname stay apart.

Stage 3, entities: takes an ``Analysis`` with its sentences and fills its mentions, entities and
roles (``annotate``; ``annotate_begin``/``ner_many``/``annotate_end`` when documents share one NER
run). ``tokens`` holds the words and morphology, ``matcher`` the knowledge-base matcher (1),
``mentions`` the annotation and the patterns (2), ``ner`` the Russian NER (3), ``people`` titled
people, NER spans and in-article resolution (3, 4).
"""
from bellink.ingest.entities.matcher import Matcher, country_of_adjective, matcher  # noqa: F401
from bellink.ingest.entities.mentions import annotate, annotate_begin, annotate_end, ner_many, ner_sentences  # noqa: F401
from bellink.ingest.entities.ner import _batch_infer, ner_model, russian_ner, russian_ner_batched  # noqa: F401
from bellink.ingest.entities.people import _person_entity  # noqa: F401
from bellink.ingest.entities.tokens import (  # noqa: F401
    NOT_NAMES, RANK_WORDS_EN, RANK_WORDS_RU, TOKEN, Token, morph, nominative, parse, token_keys, tokenize,
)
