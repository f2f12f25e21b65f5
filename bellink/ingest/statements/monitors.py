"""A monitoring group as the speaker: the source of its own counts and sightings, never an outlet.

    "..., the Belarusian Hajun monitoring group said on Sunday."   Hajun (the descriptor after the name)
    "According to the group, ..." / "..., the monitors said."      the monitoring group the article named
    "..., сообщил мониторинговый проект «Беларускі Гаюн»."          Hajun
    "По данным проекта, ..."                                        the monitoring group the article named
Not resolved: "the group said" when the article named no monitoring group, or two of them (left unknown, the
details say why); "a group of experts said" (a group of people, not an organization).

Monitoring groups are organizations of kind ``monitoring`` in bellink/kb/organizations.tsv: they report what
they saw, so they speak; an outlet (kind ``media``) only carries what others said.

Lexicons: statement_titles.tsv (monitor_head: the nouns that take up a monitoring group, in both languages;
they are institution heads too, so every speaker slot finds them).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _ru_pos
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import MONITOR_HEADS_EN, MONITOR_HEAD_KEYS

MONITOR_KIND = "monitoring"
# the descriptor after a monitoring group's name: 'the Belarusian Hajun monitoring group said'
DESCRIPTOR_AFTER_NAME = re.compile(
    r"^\s+(?:" + "|".join(sorted(map(re.escape, MONITOR_HEADS_EN), key=len, reverse=True)) + r")\b", re.IGNORECASE)


# the descriptor before a monitoring group's name: 'the monitoring group Hajun said', 'the independent monitoring
# project Belarusian Hajun reported'; up to two modifiers between the determiner and the noun
DESCRIPTOR_BEFORE_NAME = re.compile(
    r"(?:\b(?:the|The|a|A)\s+)?(?:[\w-]+\s+){0,2}?(?:" +
    "|".join(sorted(map(re.escape, MONITOR_HEADS_EN), key=len, reverse=True)) + r")\s+[«\"“]?$", re.IGNORECASE)


# a descriptor that says a name is a monitoring group's ('мониторинговое сообщество «...»', 'the rail monitoring
# channel ...', '... monitoring group'); the bare 'group' / 'проект' says nothing about a name the knowledge base lacks
MONITOR_DESCRIPTOR_BEFORE = re.compile(
    r"(?i)(?:мониторингов\w*|наблюдательн\w*)\s+(?:[\w-]+\s+)?(?:проект\w*|сообществ\w*|групп\w*|канал\w*|"
    r"телеграм-канал\w*|инициатив\w*|ресурс\w*)\s*[«\"“]?$"
    r"|\bmonitoring\s+(?:[\w-]+\s+)?(?:group|project|channel|community|initiative|team)\s+[«\"“]?$")
MONITOR_DESCRIPTOR_AFTER = re.compile(r"[»\"”]?\s+(?:[\w-]+\s+)?monitoring\s+(?:group|project|channel|community)\b",
                                      re.IGNORECASE)


# a group noun in between: 'working group', 'проект модернизации', 'группа экспертов'
OTHER_GROUP = re.compile(
    r"(?i)\b(?:working|joint|expert|contact|task|advisory|industrial|investment|parliamentary)\s+groups?\b"
    r"|\bgroups? of (?:experts|specialists|officials|companies|deputies)\b"
    r"|\b(?:modernization|modernisation|construction|infrastructure|investment|joint)\s+projects?\b"
    r"|\brojects? (?:to|for|of) (?:build|modern|upgrad|construct|develop)"
    r"|рабоч\w*\s+групп|экспертн\w*\s+групп|групп\w*\s+(?:экспертов|специалистов)"
    r"|проект\w*\s+(?:модернизац|строительств|реконструкц|развити|создани|договор|соглашени|закон)")


class Monitors:
    def is_monitor(self, key: Optional[str]) -> bool:
        ent = self.a.entities.get(key) if key else None
        if ent is None:
            return False
        if ent.attrs.get("kind") == MONITOR_KIND:
            return True
        if ent.source == "kb" or ent.attrs.get("kind"):
            return False
        # a name the knowledge base does not hold, introduced as a monitoring group ('мониторинговое сообщество
        # «Чыгуначны назіральнік»', 'the monitoring channel Rail Watch'): a monitor in this article
        memo = ("introduced_as_monitor", key)
        got = self._role_cache.get(memo)
        if got is None:
            got = self._role_cache[memo] = any(
                MONITOR_DESCRIPTOR_BEFORE.search(self.text, max(0, m.start - 60), m.start) or
                MONITOR_DESCRIPTOR_AFTER.match(self.text, m.stop)
                for m in self.mentions if m.key == key)
        return got

    def is_monitor_head(self, head: str) -> bool:
        h = head.lower()
        return h in MONITOR_HEADS_EN or bool(_keys(h) & MONITOR_HEAD_KEYS)

    def descriptor_start(self, m, bound: int) -> int:
        """Where the descriptor before a monitoring group's name begins ('the monitoring group Hajun',
        'мониторинговая группа «Гаюн»': the name stands in apposition, the group speaks), else the name's start."""
        if m.type != "organization" or not self.is_monitor(m.key):
            return m.start
        lo = max(bound, m.start - 60)
        dm = DESCRIPTOR_BEFORE_NAME.search(self.text, lo, m.start)
        if dm is not None and not re.search(r"[,;:.]", dm.group()):
            return dm.start()
        toks = list(TOKEN.finditer(self.text, lo, m.start))
        if toks and not self.text[toks[-1].end():m.start].strip(" «\"“") and self.is_monitor_head(toks[-1].group()):
            start = toks[-1].start()
            for t in reversed(toks[:-1]):  # 'мониторинговая группа', 'независимый проект'
                if self.text[t.end():start].strip() or _ru_pos(t.group()) != "ADJF":
                    break
                start = t.start()
            return start
        return m.start

    def strip_descriptor(self, m, gap: str) -> str:
        """The gap between a monitoring group's name and its verb, without the descriptor noun."""
        if m.type == "organization" and self.is_monitor(m.key):
            return DESCRIPTOR_AFTER_NAME.sub("", gap, count=1)
        return gap

    def monitor_anaphor(self, phrase: str, start: int, stop: int) -> Who:
        """'the group', 'the monitors', 'проект': the one monitoring group the article named before."""
        named = [m for m in self._latest_before(start, "organization") if self.is_monitor(m.key)]
        keys = list(dict.fromkeys(m.key for m in named))
        if len(keys) == 1 and self._other_group_between(max(m.stop for m in named), start):
            return Who(None, phrase, start, stop, "group", None, 0.5,
                       found="unknown: another group or project was named after the monitoring group")
        if len(keys) == 1:
            return Who(keys[0], phrase, start, stop, "institution", None, 0.8,
                       found="monitoring group: the one the article named")
        why = "none named before" if not keys else "more than one named before"
        return Who(None, phrase, start, stop, "group", None, 0.5, found=f"unknown: a monitoring group, {why}")

    def _other_group_between(self, after: int, before: int) -> bool:
        """'A joint working group met ... According to the group': a bare 'group'/'project'/'проект' takes up the
        group named last, so a monitoring group named before another group noun is not what it stands for.
        The descriptor right after the monitoring group's name ('Hajun monitoring group') does not count."""
        gap = self.text[after:before]
        gap = DESCRIPTOR_AFTER_NAME.sub("", gap, count=1)
        return bool(OTHER_GROUP.search(gap))
