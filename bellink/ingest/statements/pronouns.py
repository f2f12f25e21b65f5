"""Pronouns as speakers: resolved to the one earlier speaker or subject of the right gender, else unknown.

    "Viktor Khrenin met Sergei Shoigu. He said ..."    Khrenin (the subject, not the object)
    "По его словам, ..."                                the last male speaker or subject nearby
Not resolved: "they said" with several groups in view, a pronoun whose gender fits two people equally.

Lexicons: statement_words.tsv (pronoun, object_pronoun, female/male_surname_ending, male_name_in_a).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse, _ru_cases, _ru_pos
from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.words import (
    DETERMINERS, DOCUMENT_VERBS, FEMALE_SURNAME_ENDINGS, MALE_NAMES_IN_A, MALE_SURNAME_ENDINGS, OBJECT_PRONOUNS,
    PREPOSITIONS_EN, PREPOSITIONS_RU, PRONOUNS, THING_SUBJECTS, ROLE_HEADS_EN, ROLE_HEAD_KEYS_RU, ROLE_MODIFIERS_EN,
    OFF_STAGE, VOICE_PERSONS,
)
from bellink.names import fold, has_cyrillic


@lru_cache(maxsize=1)
def _male_first_names() -> frozenset:
    """Canonical English first names in the knowledge base that are not women's names."""
    try:
        from bellink.ingest import kb as kbmod

        names = set(kbmod.load().first_names.values())
    except Exception:
        return frozenset()
    return frozenset(n for n in names if not n.lower().endswith("a"))


# how many sentences a speaker keeps the floor while nobody else is named (a long dash-set speech between his
# statement and the pronoun)
FLOOR_REACH = 12
DASH_LINE = re.compile(r"\s*[—–-]\s")


class Pronouns:
    def resolve_pronoun(self, pron: str, start: int, stop: int, cue: Cue, s) -> Who:
        gender = PRONOUNS.get(pron) or OBJECT_PRONOUNS.get(pron)
        key, conf = self._antecedent(gender, start, s, cue)
        role = self.best_role(key) if key and key.startswith("person:") else None
        if key is not None and role is None:
            prev = next((h for h in reversed(self.hits_of(key)) if h.cue_start < start), None)
            role = prev.st.role if prev else None
        return Who(key, self.text[start:stop], start, stop, "pronoun", role, conf if key else 0.4, gender)

    def _antecedent(self, gender: Optional[str], pos: int, s, cue: Optional[Cue] = None) -> tuple[Optional[str], float]:
        """The person a pronoun stands for: the last compatible speaker, unless another person took the stage."""
        if gender == "i":
            # 'The ministry has repeatedly denied ... In September it called ...': the institution that spoke in
            # this sentence or the one before, when no other organization was named since
            prev = self._previous_hit(pos, s)
            if prev is None or not (prev.st.speaker or "").startswith("organization:") or \
                    s.index - prev.cue_sentence > 1:
                return None, 0.4
            since = {m.key for m in self.mentions_in(prev.attr_stop, pos) if m.type == "organization"}
            if since - {prev.st.speaker}:
                return None, 0.4
            if cue is not None and any(w.lower() in DOCUMENT_VERBS for w in TOKEN.findall(cue.text)):
                return None, 0.4  # 'It says that ...', 'Оно гласит': a text speaks in the present, not a ministry
            if self._thing_subject_between(max(prev.attr_stop, prev.cue_start), pos):
                return None, 0.4  # 'said a new treaty was signed. It ...': 'it' may be the treaty
            return prev.st.speaker, 0.75
        if gender == "p":
            prev = self._previous_hit(pos, s)
            if prev and prev.st.speaker and not prev.st.speaker.startswith("person:"):
                if self.group_newcomer_since(prev, pos):
                    return None, 0.4  # 'The ministry said ... . Monitors of Hajun counted ... . They said': either
                return prev.st.speaker, 0.75
            return None, 0.4
        speaker_hit = None
        unnamed = None  # the sentence of the last speaker we could not name, when he is the last one
        # (a hit more than FLOOR_REACH sentences back is passed over or stops the scan: the floor is not kept so long)
        for h in self.hits_back(s.index - FLOOR_REACH):
            if h.cue_start >= pos:
                continue
            if (s.index - h.cue_sentence > 4 or s.paragraph - self.a.sentences[h.cue_sentence].paragraph > 2) and \
                    not self._floor_kept(h.cue_sentence, s.index):
                break
            if h.st.speaker is None:
                if h.st.channel and any(m.key == h.st.channel for m in self.mentions_in(h.attr_start, h.attr_stop)):
                    continue  # 'He made the announcement ..., Belta reported.': an outlet's report names no speaker
                if h.kind in ("unknown", "pronoun", "role") and h.st.speaker_text or gender in ("m", "f") and \
                        h.st.speaker_text and any(w.lower() in VOICE_PERSONS for w in TOKEN.findall(h.st.speaker_text)):
                    # the last speaker is someone we could not name (a spokesman of an institution we could not
                    # name): unknown, unless one named person took the stage after him (below)
                    unnamed = h.cue_sentence
                    break
                continue
            if not h.st.speaker.startswith("person:"):
                if gender in ("m", "f") and h.st.speaker_text and \
                        any(w.lower() in VOICE_PERSONS for w in TOKEN.findall(h.st.speaker_text)):
                    # 'A ministry spokesman dismissed ... "...," he said': the spokesman, for his ministry (only
                    # right after him: a sentence between may have given the floor to someone we did not read)
                    # ('"A. B," he said': the words began in the sentence before the pronoun's own)
                    return (h.st.speaker, 0.75) if self._said_from(pos, s, cue) - h.cue_sentence <= 1 else (None, 0.4)
                continue
            if self._compatible(h.st.speaker, gender):
                speaker_hit = h
                break
        # people who took the stage since that statement (subjects of the sentences in between); without one, the
        # sentence before the words began: '... Zhadobin linked it to NATO. "We see ... . The answer is here," he said'
        said_from = self._said_from(pos, s, cue)
        first = speaker_hit.cue_sentence + 1 if speaker_hit else unnamed + 1 if unnamed is not None else said_from - 1
        rivals = []
        silent: set = set()
        latest: list = []  # the compatible subjects of the last sentence that had any
        for idx in range(max(first, 0), s.index + 1):
            named = self._subjects(idx, pos)
            subj = list(dict.fromkeys(named + self._office_subjects(idx, pos)))
            fits = [k for k in subj if self._compatible(k, gender)]
            if subj and self._off_stage(idx):
                silent.update(subj)  # 'Shoigu declined to comment': he did not take the stage
                continue
            if subj:
                # only a name: an office taking the floor is not surely its holder (test_statements_speaker_precision)
                latest = [idx, [k for k in fits if k in named], len(subj)]
            for k in fits:
                if k not in rivals:
                    rivals.append(k)
        if speaker_hit is not None:
            key = speaker_hit.st.speaker
            others = [k for k in rivals if k != key]
            if silent - {key}:
                return None, 0.4  # 'Khrenin said ... Shoigu stayed silent. "...," he said': unknown, as before
            if others:
                newer = self._newer_subject(latest, key, said_from, speaker_hit)
                return (newer, 0.7) if newer else (None, 0.4)
            if self.newcomer_between(key, first, pos, s, gender, cue):
                return None, 0.4  # 'Khrenin said ... . The delegation was led by a deputy director. According to him'
            return key, 0.8
        if silent:
            return None, 0.4  # 'X praised the crews. Shoigu declined to comment. "...," he said': not surely X
        if unnamed is not None:
            # 'Заместитель министра финансов признал, что ... . Министр обороны Андрей Равков перечислил закупки ... .
            # Кроме того, по его словам, ...': the one person named as a subject after the speaker we could not name,
            # in the sentence right before the pronoun's (or its own, or before sentences that name nobody)
            newer = latest[1] if latest and len(latest[1]) == 1 and latest[2] == 1 and \
                (said_from - latest[0] <= 1 or self._floor_kept(latest[0], said_from)) else []
            return (newer[0], 0.7) if len(rivals) == 1 and newer == rivals and newer[0].startswith("person:") \
                else (None, 0.4)
        if len(rivals) == 1 and not rivals[0].startswith("office:"):
            if self.newcomer_between(rivals[0], first, pos, s, gender, cue):
                return None, 0.4
            return rivals[0], 0.7
        return None, 0.4

    def _floor_kept(self, lo: int, hi: int) -> bool:
        """Whether nobody else can have taken the floor between sentences ``lo`` and ``hi``, however many there are (up
        to FLOOR_REACH): every sentence between is the speaker's own words (a dash-set or quoted paragraph) or names
        no person and no office outside quotes ('Кроме того, он обратил внимание на ...: — ... . — ... . Он
        подчеркнул, что ...'). A sentence that names anyone ends it."""
        if hi - lo > FLOOR_REACH:
            return False
        for idx in range(lo + 1, hi):
            sent = self.a.sentences[idx]
            if DASH_LINE.match(self.text, sent.start) and self.line_start(sent.start) == sent.start:
                continue  # '— Стратегические ракеты нам не нужны.': the speaker's own words
            if any(m.type in ("person", "organization") and not self.in_speech(m.start)
                   for m in self.mentions_in(sent.start, sent.stop)):
                return False
            if self._office_subjects(idx, sent.stop):
                return False
        return True

    def _said_from(self, pos: int, s, cue: Optional[Cue]) -> int:
        """The sentence where the words a pronoun's cue closes began: a quote of several sentences ('"A. B," he
        said') began before the pronoun's own."""
        q = self._quote_before(pos, 0) or (self._quote_before(cue.start, 0) if cue is not None else None)
        return self.sentence_of(q.open).index if q is not None and q.open < s.start else s.index

    @staticmethod
    def _newer_subject(latest: list, key: str, said_from: int, speaker_hit: Hit) -> Optional[str]:
        """'Kovrigo said ... Defence Minister Viktor Khrenin inspected the battery. He said ...': the one person who
        took the stage as the subject of the sentence right before the pronoun's (or of its own), after the last
        speaker, is whom the pronoun stands for; two subjects there, or an office we cannot name, are not."""
        if not latest:
            return None
        idx, fits, count = latest
        if count != 1 or len(fits) != 1 or idx <= speaker_hit.cue_sentence or said_from - idx > 1:
            return None
        newer = fits[0]
        if newer == key or not newer.startswith("person:"):
            return None
        return newer

    def _thing_subject_between(self, lo: int, hi: int) -> bool:
        """Whether a document or a treaty that could be the subject of 'it'/'оно' is named between lo and hi (not one
        after a preposition: 'said in a statement')."""
        toks = TOKEN.findall(self.text, lo, hi)
        for i, w in enumerate(toks):
            low = w.lower()
            if has_cyrillic(low):
                if _parse(low)[0].normal_form not in THING_SUBJECTS or "nomn" not in _ru_cases(low):
                    continue
                before = {t.lower() for t in toks[max(0, i - 3):i]} & PREPOSITIONS_RU
            else:
                if low not in THING_SUBJECTS and not (low.endswith("s") and low[:-1] in THING_SUBJECTS):
                    continue
                before = {t.lower() for t in toks[max(0, i - 3):i]} & PREPOSITIONS_EN
            if not before:
                return True
        return False

    def _previous_hit(self, pos: int, s) -> Optional[Hit]:
        for h in reversed(self.hits_since(s.index - 3)):
            if h.cue_start < pos:
                return h
        return None

    def _off_stage(self, idx: int) -> bool:
        """Whether sentence ``idx`` says its subject did not speak or was not there ('did not comment', 'stayed
        silent', 'was not present', 'на церемонии не было', 'промолчал'): such a sentence puts nobody on stage."""
        if idx < 0 or idx >= len(self.a.sentences):
            return False
        s = self.a.sentences[idx]
        return OFF_STAGE.search(self.text, s.start, s.stop) is not None

    def _subjects(self, idx: int, limit: int) -> list[str]:
        """People in subject position in sentence ``idx`` (before ``limit``)."""
        if idx < 0 or idx >= len(self.a.sentences):
            return []
        s = self.a.sentences[idx]
        out = []
        for h in self.hits_in_sentence(idx):
            if h.st.speaker and h.st.speaker.startswith("person:"):
                out.append(h.st.speaker)
        people = [m for m in self.mentions_in(s.start, min(s.stop, limit)) if m.type == "person"
                  and not self.in_speech(m.start)]
        if not people:
            return out
        # '..., Armament Chief Major General Pavel Nekrashevich told Belarus 1.': whoever a reporting verb follows
        # took the floor, even where no statement of his was read (a long title before him)
        starts = self._role_cache.get(("cue_starts", idx))
        if starts is None:  # (memoized: the look-backs of newcomers.py ask the same sentences again and again)
            starts = self._role_cache[("cue_starts", idx)] = [c.start for c in self.cues(s)]
        out.extend(m.key for m in people if any(0 < c - m.stop <= 2 for c in starts))
        first = people[0]
        before = self.text[s.start:first.start]
        lead = re.match(r"^(.*),\s*", before)
        if lead and len(TOKEN.findall(lead.group(1))) > 6 and (self.lead_clause_end(s, first.start) != first.start or
                                                             re.match(r"\s*,", self.text[first.stop:first.stop + 3])):
            # 'X's defence minister watched ... with his counterpart, Sergei Shoigu': an appositive ('Asked whether
            # ..., Khrenin smiled': a participle clause before the subject, clause_leads.py; 'Asked about his talks
            # with the Russian minister, Sergei Shoigu, Khrenin smiled': a name set off by commas is the clause's)
            return out
        before = re.sub(r"^.*,\s*", "", before)  # 'On Tuesday, Shoigu said'
        ok = True
        for w in TOKEN.findall(before):
            lw = w.lower()
            if w[:1].isupper() or lw in ROLE_MODIFIERS_EN or self._is_title_word(w) or lw in DETERMINERS:
                continue
            if has_cyrillic(w) and _ru_pos(lw) in ("ADJF", "NOUN") and lw not in PREPOSITIONS_RU:
                if _ru_cases(w) & {"nomn", "gent"}:
                    continue
            ok = False
            break
        if has_cyrillic(first.text) and not self._ru_nominative(first):
            ok = False
        if re.match(r"(?:'s|’s|')(?!\w)", self.text[first.stop:first.stop + 3]):
            ok = False  # "Putin's spokesman declined to comment": the spokesman is the subject, not Putin
        if ok:
            out.append(first.key)
            prev = first
            for m in people[1:]:
                if re.fullmatch(r"\s*(?:and|и|,)\s*(?:[\w.-]+\s+){0,6}?", self.text[prev.stop:m.start]) and \
                        re.match(r"\s*(?:and|и)\b", self.text[prev.stop:m.start]):
                    out.append(m.key)
                    prev = m
                else:
                    break
        elif has_cyrillic(first.text):
            out.extend(self._ru_inverted_subjects(s, people))
        return list(dict.fromkeys(out))

    def _ru_inverted_subjects(self, s, people: list) -> list[str]:
        """'На церемонии присутствовал и посол России Борис Грызлов', 'В понедельник бригаду посетил Андрей Белоусов':
        Russian puts the subject after its verb; a full name in the nominative after the sentence's first finite verb,
        no preposition before it, is a subject (who took the stage), not an object. A one-word or indeclinable
        name ('встретился с Шойгу') is not read so."""
        toks = list(TOKEN.finditer(self.text, s.start, people[0].start))
        verb_at = next((t.end() for t in toks if _ru_pos(t.group().lower()) == "VERB"), None)
        if verb_at is None:
            return []
        out = []
        for m in people:
            words = TOKEN.findall(m.text)
            if m.start < verb_at or len(words) < 2 or not has_cyrillic(m.text) or \
                    not _ru_cases(words[0]) & {"nomn"} or not self._ru_nominative(m):
                continue
            before = self.word_before(m.start, s.start)
            if before in PREPOSITIONS_RU:
                continue
            out.append(m.key)
        return out

    def _office_subjects(self, idx: int, limit: int) -> list[str]:
        """A person named by office alone opening sentence ``idx`` as its subject ('The Russian leader thanked his
        host', 'Российский президент, отвечая на вопросы, назвал ...'): the office holder when one person holds
        it, else a placeholder (someone took the stage whom we cannot name). A pronoun after it is not the
        speaker before it."""
        if idx < 0 or idx >= len(self.a.sentences):
            return []
        s = self.a.sentences[idx]
        if s.start >= limit:
            return []
        if any(h.cue_sentence == idx and h.kind == "role" for h in self.hits_in_sentence(idx)):
            return [h.st.speaker or f"office:{h.st.speaker_text}" for h in self.hits_in_sentence(idx)
                    if h.kind == "role"]
        found = self._office_subject_phrase(s, limit)
        if found is None:
            return []
        phrase, start = found
        titled = next((m for m in self.mentions_in(start + len(phrase), min(s.stop, limit)) if m.type == "person"), None)
        if titled is not None and len(TOKEN.findall(self.text, start + len(phrase), titled.start)) <= 6 and \
                not re.search(r"[,;:.!?()«»\"“”–—]", self.text[start + len(phrase):titled.start]):
            return []  # 'Председатель комитета Роман Головченко рассказал': the title of the named subject
        key, _ = self.resolve_role(phrase, start, [])
        self._role_cache.pop(("found", start), None)
        return [key or f"office:{phrase}"]

    def _office_subject_who(self, s, cue) -> Optional[Who]:
        """The office phrase opening the sentence as the speaker of a participle's words ('The secretary of the
        Security Council went further, telling ONT that ...'), resolved as any office; None without one."""
        found = self._office_subject_phrase(s, cue.start)
        if found is None:
            return None
        phrase, start = found
        key, conf = self.resolve_role(phrase, start, [])
        return Who(key, phrase, start, start + len(phrase), "role", self.best_role(key) or phrase,
                   min(conf, 0.7) if key else 0.4, found=self._role_cache.pop(("found", start), None))

    def _office_subject_phrase(self, s, limit: int) -> Optional[tuple[str, int]]:
        text = self.text[s.start:min(s.stop, limit)]
        lead = re.sub(r"^(?:[^,]{0,40},\s*)", "", text) if not has_cyrillic(text[:40]) else text
        offset = s.start + (len(text) - len(lead))
        phrase = None
        if has_cyrillic(lead[:40]):
            toks = list(TOKEN.finditer(lead))[:5]
            for i, t in enumerate(toks):
                w = t.group()
                if i and lead[toks[i - 1].end():t.start()].strip():
                    break
                if _ru_pos(w) == "ADJF" and "nomn" in _ru_cases(w):
                    continue
                if _keys(w) & ROLE_HEAD_KEYS_RU and "nomn" in _ru_cases(w) and not w.lower() in VOICE_PERSONS:
                    phrase = lead[toks[0].start():t.end()]
                    start = offset + toks[0].start()
                break
        else:
            # ('The Russian leader', 'The Belarusian defence minister', and a country's possessive: "Belarus's defence
            # minister"; the head is the first role word within four words)
            for n in range(4):
                m = re.match(r"(?:The|the|(?P<owner>[A-Z][\w-]+)(?:'s|’s))\s+((?:[A-Z][\w-]+|[a-z-]+)\s+){%d}"
                             r"(?P<head>[a-z]+)\b(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+|$))+)?" % n, lead)
                if m is None:
                    continue
                if m.group("owner") and not self._country_of(m.group("owner")):
                    break  # "Putin's spokesman": someone of a person's, not an office of a country
                if m.group("head") in ROLE_HEADS_EN:
                    if m.group("head") not in VOICE_PERSONS:
                        phrase, start = m.group().rstrip(), offset + m.start()
                    break
        if not phrase:
            return None
        return phrase, start

    def _compatible(self, key: str, gender: Optional[str]) -> bool:
        if gender not in ("m", "f"):
            return True
        g = self.gender(key)
        return g is None or g == gender

    def gender(self, key: str) -> Optional[str]:
        if ("gender", key) not in self._role_cache:
            self._role_cache[("gender", key)] = self._gender(key)
        return self._role_cache[("gender", key)]

    def _gender(self, key: str) -> Optional[str]:
        ent = self.a.entities.get(key)
        if ent is None:
            return None
        g = (ent.attrs.get("gender") or "").lower()[:1]
        if g in ("m", "f"):
            return g
        names = [ent.name_ru or "", ent.name or "", *sorted(ent.aliases)]
        for n in names:
            parts = TOKEN.findall(n)
            if len(parts) < 2:
                continue
            first, last = parts[0].lower(), parts[-1].lower()
            if has_cyrillic(first):
                for p in _parse(first)[:3]:
                    if "Name" in p.tag and p.tag.gender in ("masc", "femn"):
                        return "m" if p.tag.gender == "masc" else "f"
            if last.endswith(FEMALE_SURNAME_ENDINGS):
                return "f"
            if last.endswith(MALE_SURNAME_ENDINGS):
                return "m"
            if first.endswith("a") and first not in MALE_NAMES_IN_A:
                return "f"
            return "m" if first.isalpha() and not has_cyrillic(first) and fold(first) in {
                fold(k) for k in _male_first_names()} else None
        return None
