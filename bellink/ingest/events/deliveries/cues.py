"""Transfer cues: the words that say something changes hands, each with a stage and a side.

    "Russia delivered four Su-30SM"      delivered, supply (the subject supplies)
    "Belarus received the S-400"          delivered, receive (the subject receives)
    "поставки С-400", "the contract"      no stage of their own / ordered, neutral
    "приняты на вооружение"              in_service, receive (a multiword lemma sequence, with its own stage and side:
                                          "приняли от": delivered, receive)
Not a cue: "supply chain" is still one (the system link decides), "ordered to leave" is not.

Lexicons: English cues are regular expressions over the lowercased clause, Russian cues lemmas
(``lexicons.EN_TRANSFER``, ``RU_TRANSFER``, ``RU_IN_SERVICE_SEQ``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.events.document import Cue
from bellink.ingest.events.lexicons import (
    EN_TRANSFER, EN_TRANSFER_KEYS, EN_TRANSFER_QUICK, RU_IN_SERVICE_SEQ, RU_SEQ_STAGE, RU_TRANSFER,
)
from bellink.ingest.events.words import START
from bellink.names import fold, value_of_keys

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent


RU_IN_SERVICE_FIRST = frozenset(seq[0] for seq in RU_IN_SERVICE_SEQ)
# the sequences by their first key, each list in RU_IN_SERVICE_SEQ's order: "на" and "по" open two of them, and every
# "на" of a sentence with a transfer lemma tried all 24
RU_IN_SERVICE_BY_FIRST: dict = {}
for _seq in RU_IN_SERVICE_SEQ:
    RU_IN_SERVICE_BY_FIRST.setdefault(_seq[0], []).append(_seq)
RU_ARMAMENT = fold("вооружение")
RU_ENTER_VERBS = frozenset(fold(w) for w in ("поступить", "поступать", "принять", "принимать", "встать", "вставать"))


# "передает", "передаёт", "передал": the forms of "передавать/передать" a wire credit takes ("..., передает БелТА",
# "Как передаёт ТАСС, ...", "..., передал корреспондент «Звезды»")
CREDIT_FORMS_RU = frozenset(("передает", "передаёт", "передают", "передал", "передала", "передали"))
CREDIT_BEFORE_RU = re.compile(r"(?:[,—–]|\s-)\s*$")


def _wire_credit(d: Doc, sent: Sent, t) -> bool:
    """"Белоруссия получила от России С-400, передает РИА Новости", "Как передаёт ТАСС, ...": the verb names the outlet
    that carries the report (a credit, as "сообщает" is), not a hand-over: after "как", or closing the sentence after a
    comma or dash with no system and no country of its own after it (an outlet, a correspondent, "со ссылкой на ...")."""
    if t.low not in CREDIT_FORMS_RU:
        return False
    before = d.text[sent.start:t.start]
    if re.search(r"(?i)(?<!\w)как\s*$", before):
        return True
    if not CREDIT_BEFORE_RU.search(before) or sent.stop - t.stop > 90:
        return False
    return not any(m.start >= t.stop and m.type in ("weapon_system", "country") for m in sent.mentions)


def _transfer_cues_ru(d: Doc, sent: Sent, clause: Clause) -> list:
    out = []
    if sent.keyset.isdisjoint(RU_CUE_KEYS):
        return out  # no transfer lemma in the sentence, none in the clause
    toks = d.toks_in(sent, clause.start, clause.stop)
    skip: set = set()
    n = 0
    while n < len(toks):
        t = toks[n]
        keys = t.keys
        matched = False
        if not keys.isdisjoint(RU_IN_SERVICE_FIRST):
            firsts = keys & RU_IN_SERVICE_FIRST  # (a sequence whose first key the token lacks cannot match)
            seqs = RU_IN_SERVICE_BY_FIRST[next(iter(firsts))] if len(firsts) == 1 else \
                [seq for seq in RU_IN_SERVICE_SEQ if seq[0] in firsts]
            for seq in seqs:
                if n + len(seq) <= len(toks) and all(seq[x] in toks[n + x].keys for x in range(len(seq))):
                    last = toks[n + len(seq) - 1]
                    out.append(Cue(t.start, last.stop, d.text[t.start:last.stop], *RU_SEQ_STAGE[seq], t.i))
                    n += len(seq)
                    matched = True
                    break
        if matched:
            continue
        if t.low == "на" and n + 1 < len(toks) and RU_ARMAMENT in toks[n + 1].keys:
            # "На вооружение бригады поступил второй дивизион": the service phrase before its verb
            verb = next((x for x in range(n + 2, min(len(toks), n + 8)) if toks[x].keys & RU_ENTER_VERBS), None)
            if verb is not None:
                last = toks[n + 1]
                out.append(Cue(t.start, last.stop, d.text[t.start:last.stop], "in_service", "receive", t.i))
                skip.add(verb)
                n += 2
                continue
        if n in skip:
            n += 1
            continue
        if t.cyr and not keys.isdisjoint(TRANSFER_KEYS_RU):
            hit = value_of_keys(keys, RU_TRANSFER, t.text)
            if hit and _wire_credit(d, sent, t):
                hit = None  # "..., передает БелТА", "Как передаёт ТАСС, ...": an outlet carrying the report
            if hit:
                out.append(Cue(t.start, t.stop, t.text, hit[0], hit[1], t.i))
        n += 1
    return out


# each literal once, with the cues that need it
EN_TRANSFER_LITERALS = {k: tuple(i for i, keys in enumerate(EN_TRANSFER_KEYS) if k in keys)
                        for k in sorted({k for keys in EN_TRANSFER_KEYS for k in keys})}


EN_TRANSFER_RX = [re.compile(rx) for rx, _, _ in EN_TRANSFER]


def _en_transfer_matches(seg: str, indices: tuple) -> list:
    """(start, end, index) of each match of the alternation of the EN_TRANSFER patterns ``indices`` (in that
    order) over ``seg``, as finditer would find them, without compiling the alternation: at the leftmost
    position where any of them matches, the first of those patterns wins, and the scan resumes at its end."""
    out = []
    pos = 0
    nxt = {i: EN_TRANSFER_RX[i].search(seg) for i in indices}
    while True:
        best = best_i = None
        for i in indices:
            m = nxt[i]
            if m is None:
                continue
            if m.start() < pos:
                m = nxt[i] = EN_TRANSFER_RX[i].search(seg, pos)
                if m is None:
                    continue
            if best is None or m.start() < best.start():
                best, best_i = m, i
        if best is None:
            return out
        out.append((best.start(), best.end(), best_i))
        pos = best.end()  # no pattern matches an empty string


EN_COMPOUND_SUPPLIED = re.compile(r"\b\w+[-‑](?:supplied|delivered)\b")


def may_transfer(d: Doc, sent: Sent) -> bool:
    """Whether a clause of the sentence may hold a transfer cue: the test each clause's reading makes first, asked
    once for the sentence (most sentences hold no transfer word, and then none of their clauses is read)."""
    return not sent.keyset.isdisjoint(RU_CUE_KEYS) if d.ru else d.sentence_has(sent, EN_TRANSFER_QUICK)


def transfer_cues(d: Doc, sent: Sent, clause: Clause) -> list:
    key = (clause.start, clause.stop)
    if key not in d.cue_cache:
        d.cue_cache[key] = _transfer_cues_ru(d, sent, clause) if d.ru else _cues_en(d, sent, clause)
    return d.cue_cache[key]


def _cues_en(d: Doc, sent: Sent, clause: Clause) -> list:
    out = []
    if not d.sentence_has(sent, EN_TRANSFER_QUICK):
        return out
    # (a clause that is its whole sentence, as most are, has just been searched as the sentence)
    whole = clause.start == sent.start and clause.stop == sent.stop
    seg = sent.low if whole else d.text[clause.start:clause.stop].lower()
    if not whole and not EN_TRANSFER_QUICK.search(seg):
        return out
    taken = []
    for m in (EN_COMPOUND_SUPPLIED.finditer(seg) if "supplied" in seg or "delivered" in seg else ()):
        s, e = clause.start + m.start(), clause.start + m.end()
        taken.append((s, e))
        out.append(Cue(s, e, d.text[s:e], "delivered", "theme", d.tok_at(sent, s)))
    present = set()
    for k, idx in EN_TRANSFER_LITERALS.items():
        if k in seg:
            present.update(idx)
    indices = tuple(sorted(present))
    for ms, me, i in _en_transfer_matches(seg, indices):
        s, e = clause.start + ms, clause.start + me
        if any(s < te and ts < e for ts, te in taken):
            continue
        _, stage, side = EN_TRANSFER[i]
        taken.append((s, e))
        out.append(Cue(s, e, d.text[s:e], stage, side, d.tok_at(sent, s)))
    out.sort(key=START)
    return out


TRANSFER_KEYS_RU = frozenset(RU_TRANSFER)
RU_CUE_KEYS = TRANSFER_KEYS_RU | RU_IN_SERVICE_FIRST  # a key a Russian cue begins with
