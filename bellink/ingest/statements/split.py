"""One huge document's cue loop cut in two: the second part read in a forked child, blind to the first.

The statements stage reads a document sentence by sentence, and a sentence's attribution may look back:
at the previous sentence's hits ('И добавил:', 'Об этом сообщил ...'), at a speaker's last hit (a pronoun,
a rank noun), at every speaker so far (an office's holder among the article's speakers), at entities an
earlier sentence added (a name first seen there); one Russian construction ('Об этом сообщило агентство')
even changes the previous sentence's hits. So the second part cannot simply run apart. It runs in a child
forked when the loop starts (``overlap.halves``) that knows nothing of the first part. It first reads the
``WARMUP`` sentences before its part as if the document began there (``_warm_up``: a guess at this process's
reading) and keeps the hits of the last ``KEPT`` of them; this process takes the child's sentences only if its
own hits of those sentences are the same (else as after a divergence, below). Without that warm-up, on a document
whose every sentence looks back at the one before (a 20 MB text without full stops: 2,000-character pieces, each
with cues) the child's first sentence stopped, and every one after it, since each looked back at the one before it
(899 of 977 read again here). Every look back the child cannot answer for sure stops that sentence:

* the hits before the kept ones stand in ``hits`` as one ``UNKNOWN`` marker before the child's own: a scan that
  reaches it (``reversed(hits)`` without finding what it looks for, any scan from the front) touches it,
  and touching it raises ``Poisoned``; the index look-ups (``view.TextView``) raise where their answer may
  hold a hit the child has not got: a sentence before the kept ones or left unknown, every speaker so far;
* an entity the stage adds is not added in the child (it is sent back as an effect); reading a key the entity stage
  did not make reads the knowledge base's entity for it as added (``BlindEntities``: the stage adds no other), and
  this process takes the sentence, and every later one, only once it holds each entity so read; any other key raises;
* a hit of an earlier sentence changed (``ob_etom`` sets its channel) is noted with the sentence
  (``blind_change``): this process takes that sentence only after the hit (or makes the change on its own copy of
  a kept hit), and undoes the change before it reads the sentence itself.

A sentence that raised is rolled back (its hits, its effects, the extractor's notes: ``_notes``) and left
``UNKNOWN``, so what reads it later raises too. This process reads the first part itself, then takes the
child's sentences in order: a sentence the child finished is adopted (its hits, its entities, and the notes
it left), one that raised is read here. After a sentence read here the notes must equal the child's at the
next sentence, else that one is read here too; a look-up the child answered from its own hits alone (the office
holders among the speakers so far) is asked again here. A sentence read here again must give the hits the child
gave and leave the hits before it as the child left them; where it does not, the readings went apart (on news
prose often a few sentences past the cut, where a speaker of the first part is named again by office) and that
sentence is dirty. The child marks how far back each sentence looked (``reach``: the earliest sentence whose hits a
scan of ``hits`` met, or whose hits, or hits starting there, it looked up) and whose hits it looked up by speaker:
a sentence that looked back as far as a dirty one, or up a speaker of a dirty hit, is read here; the rest are
taken. If those marks cannot be trusted (a hit whose cue lies outside the sentence that made it: never today) the
rest is cut in two again instead, a new child forked from here reading its second part blind to everything before
it (``run_loop``). The result is that of one process, sentence for sentence (tests/test_statements_split.py).
"""
from __future__ import annotations

import bisect
import collections
import os
import time
from typing import Optional

# of the characters read here before the child's part: the child also pickles its hits and keeps its notes, and
# this process unpickles them (20 MB prose at 0.5: the child 10.9 CPU-s, this process's part and unpickling 9.6), and
# the child finds its part's cues itself (``overlap.Beside``'s ``cues_upto``: 20 MB of articles at 0.53, load 12, the
# child 27.1 CPU-s with the helper's cues against this process's 25.5 + 0.3 unpickling; the cues of 47% of the
# document 3.9 more: even at ~0.57, where the child's part, read here again in part by ``adopt``, is smaller too)
SHARE = 0.57
# after a divergence the rest is split again when it holds this many characters (a fork, the child's pickling and
# this process's unpickling cost about as much as reading 2-3% of the part here), at most this many times in all
RESPLIT_MIN_CHARS = 250_000
MAX_SPLITS = 8
# the child first reads this many sentences before its part from no hit at all (a guess at this process's reading
# there), and keeps the hits of the last KEPT of them as known: a look-back from its part reaches them (pronouns go
# back 4 sentences, institutions 5-10, 'Об этом' 1), not the unknown marker before them. This process takes them
# only when its own hits of those sentences are the same (``adopt``)
WARMUP = 24
KEPT = 12
_SCALARS = (type(None), bool, int, float, str, tuple)
_NOTE_KEYS = ("agency_phrase", "host_note")  # the _role_cache entries one step leaves for the next to read
# plain values that are no notes: the hit indexes' own bookkeeping, and what content.forward()/backward() set
# on every call before anything reads it (frames.py reads _fwd_* only after forward(), _bwd_rule after backward())
_NOT_NOTES = frozenset({"_blind", "_hits_seen", "_hits_last_sentence", "_hits_ordered", "_fwd_kind", "_fwd_rule",
                        "_bwd_rule", "_static", "_speaker_order", "_speakers_epoch"})


class Poisoned(BaseException):
    """The child met something of the first part's (BaseException: no ``except Exception`` swallows it)."""


def _hit_fields() -> frozenset:
    import dataclasses

    from bellink.ingest.statements.values import Hit

    return frozenset(f.name for f in dataclasses.fields(Hit))


_HIT_FIELDS = _hit_fields()


class _Unknown:
    """What the child cannot know: the first part's hits, a sentence it could not read. Touching it raises."""

    def __getattribute__(self, name):
        if name in _HIT_FIELDS:
            raise Poisoned("hit")
        # what else is asked of any object (isinstance's __class__, caches.word_caches' getattr(obj, 'cache_info'))
        return object.__getattribute__(self, name)

    def __repr__(self):
        return "UNKNOWN"


UNKNOWN = _Unknown()


def _reach(b: dict, index: int) -> None:
    """The sentence being read in the child looked at the hits of sentence ``index`` and of every one after it."""
    if b["reach"] is None or index < b["reach"]:
        b["reach"] = index


class Watched(list):
    """The child's ``hits``: a scan of them (the extractor's ``reversed(self.hits)``, ``for h in self.hits``) marks how
    far back the sentence being read looked (``_blind["reach"]``: the earliest sentence whose hits it met; hits are in
    the order of their sentences, ``regular``); the hit indexes' own look-ups go by position and are marked where they
    are asked (``blind_range`` and the others)."""

    def _all(self):
        _reach(self.blind, -1)

    def __iter__(self):
        self._all()
        return list.__iter__(self)

    def __reversed__(self):
        b = self.blind
        for i in range(len(self) - 1, -1, -1):
            h = list.__getitem__(self, i)
            _reach(b, -1 if h is UNKNOWN else h.cue_sentence)
            yield h

    def __contains__(self, item):
        self._all()
        return list.__contains__(self, item)

    def index(self, *a):
        self._all()
        return list.index(self, *a)

    def count(self, item):
        self._all()
        return list.count(self, item)

    def copy(self):
        self._all()
        return list.copy(self)


def is_note(key) -> bool:
    return key in _NOTE_KEYS or (type(key) is tuple and len(key) == 2 and key[0] == "found")


class NoteCache(dict):
    """``_role_cache`` that knows which of its keys are notes (``is_note``) without walking them all."""

    def __init__(self, *args):
        super().__init__(*args)
        self.notes = {k for k in self if is_note(k)}

    def __setitem__(self, key, value):
        if is_note(key):
            self.notes.add(key)
        super().__setitem__(key, value)

    def setdefault(self, key, value=None):
        if is_note(key):
            self.notes.add(key)
        return super().setdefault(key, value)

    def pop(self, key, *default):
        self.notes.discard(key)
        return super().pop(key, *default)

    def __delitem__(self, key):
        self.notes.discard(key)
        super().__delitem__(key)

    def popitem(self):
        raise NotImplementedError

    def clear(self):
        raise NotImplementedError

    def update(self, *a, **k):
        raise NotImplementedError


# the prefix of a key that stands for someone named by office alone whom the stage could not name
# (``pronouns._office_subjects``: 'office:The veteran general'): a placeholder, never an entity's key, so never in
# ``a.entities`` (the child read it as possibly added by the first part, and stopped: 20 MB of articles, ~70 sentences
# and the look-backs at them after)
PLACEHOLDER = "office:"
_ABSENT = object()


class BlindEntities(dict):
    """The child's ``a.entities``: the entity stage's entities; any other key may have been added by the first
    part. One the knowledge base holds reads as added (the stage only ever adds the base's entity for its key, but
    for ``names.py``'s people) and is noted (``assumed``): the parent takes a sentence only when it holds every
    such entity the child read so far (``adopt``). A placeholder (``PLACEHOLDER``) reads as absent. Reading any other
    key raises. Adding one is an effect, sent back and not made here."""

    def __init__(self, base: dict, kb: Optional[dict] = None):
        super().__init__(base)
        self.effects: list = []
        self.kb = kb or {}
        self.assumed: list = []  # the knowledge base's keys read as added, in the order first read
        self._assumed: set = set()

    def _known(self, key):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if type(key) is str and key.startswith(PLACEHOLDER):
            return _ABSENT
        ent = self.kb.get(key)
        if ent is None:
            raise Poisoned(f"entity {key}")
        if key not in self._assumed:
            self._assumed.add(key)
            self.assumed.append(key)
        return ent

    def get(self, key, default=None):
        got = self._known(key)
        return default if got is _ABSENT else got

    def __getitem__(self, key):
        got = self._known(key)
        if got is _ABSENT:
            raise KeyError(key)
        return got

    def __contains__(self, key):
        return self._known(key) is not _ABSENT

    def setdefault(self, key, value=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if type(key) is str and key.startswith(PLACEHOLDER):
            raise Poisoned(f"entity set {key}")  # (read as absent before: never added today)
        self.effects.append((key, value))  # (every caller ignores what setdefault returns for a new key)
        return value

    def __setitem__(self, key, value):
        raise Poisoned(f"entity set {key}")  # (only ever done for a key found missing: never reached today)

    def _whole(self, *a, **k):
        raise Poisoned("entities")

    __iter__ = keys = values = items = pop = popitem = update = clear = _whole
    # (len() stays: view._memo_key takes it for the state of the entities, and what a memo reads of them is checked)


def _notes(ex) -> tuple:
    """What one sentence's reading leaves for the next besides hits and entities: the extractor's plain values
    (``_fwd_rule``, ``_intro``...) and the notes in its ``_role_cache``."""
    rc = ex._role_cache
    plain = tuple(sorted((k, v) for k, v in vars(ex).items() if type(v) in _SCALARS and k not in ex._static))
    # (agency_phrase: read as a truth value only, False at every step's end; absent before the first)
    return plain, tuple(sorted(((k, rc[k]) for k in rc.notes if not (k == "agency_phrase" and rc[k] is False)), key=repr))


def _set_notes(ex, notes: tuple) -> None:
    plain, kept = notes
    for k, v in plain:
        setattr(ex, k, v)
    rc = ex._role_cache
    for k in list(rc.notes):
        rc.pop(k)
    for k, v in kept:
        rc[k] = v


def prepare(ex) -> None:
    """Before the loop, in both processes: the notes made visible (``NoteCache``), the values that never change."""
    ex._role_cache = NoteCache(ex._role_cache)
    ex._static = frozenset(k for k, v in vars(ex).items() if type(v) is str and len(v) > 200) | _NOT_NOTES


def warm_points(lo: int, cut: int) -> tuple[int, int]:
    """Where the child's warm-up starts and where the part of it it keeps starts (``WARMUP``, ``KEPT``)."""
    return max(lo, cut - WARMUP), max(lo, cut - KEPT)


def _reset_index(ex) -> None:
    ex._hits_seen, ex._hits_last_sentence, ex._hits_ordered = 0, -1, True
    ex._hits_by_cue_sentence, ex._hits_by_start_sentence, ex._hits_by_speaker = {}, {}, {}
    ex.speakers_left()


def _warm_up(ex, w0: int, w1: int, cut: int, cues) -> list:
    """In the child, before its part: the sentences ``w0`` to ``cut`` read as if the document began at ``w0`` (no
    hit before, nothing blind), a guess at this process's reading there. Returns the hits the sentences from ``w1``
    on made, and leaves that reading's notes; everything else it made is dropped, being made from a guess: the
    entities it added, the memos (``_memo_key`` stands for the entities by their count)."""
    a = ex.a
    sents = a.sentences
    entities, a.entities = a.entities, dict(a.entities)
    rc = ex._role_cache
    memos = {k: v for k, v in rc.items() if k not in rc.notes}
    name_quote, prefix = dict(ex._name_quote), dict(ex._prefix_memo)
    ex.hits = []
    _reset_index(ex)
    ex._blind = None
    n1 = 0
    for pos in range(w0, cut):
        if pos == w1:
            n1 = len(ex.hits)
        ex._sentence(pos, sents[pos], cues)
    kept = ex.hits[n1:]
    notes = _notes(ex)
    a.entities = entities
    ex._role_cache = NoteCache(memos)
    _set_notes(ex, notes)
    ex._name_quote, ex._prefix_memo = name_quote, prefix
    return kept


def child_run(ex, cut: int, cues, lo: int = 0) -> dict:
    """In the child: the sentences from ``cut`` on, blind to those before the warm-up's kept part (module
    docstring)."""
    from bellink.ingest.statements.values import Hit  # noqa: F401  (the hits pickled back)

    sents = ex.a.sentences
    w0, w1 = warm_points(lo, cut)
    kept = _warm_up(ex, w0, w1, cut, cues) if w0 < cut else []
    warm = [repr(h) for h in kept]
    from bellink.ingest import kb as kbmod

    ex.a.entities = ents = BlindEntities(ex.a.entities, kbmod.load().entities)
    assumed = {}  # sentence position -> the knowledge base's entities first read as added there (BlindEntities)
    ex.hits = Watched([UNKNOWN, *kept])
    # (a split again after a divergence forks with this process's hits indexed)
    _reset_index(ex)
    # (the marker before the kept hits stands for the hits of every sentence before them; one a sentence left,
    # for that sentence's: ``unknown_at``, by place in ``hits``, for ``blind_back``)
    ex._blind = {"cut": sents[w1].index, "aborted": [], "unknown": set(), "unknown_pos": [0], "starting": [],
                 "now": None, "log": [], "reach": None, "speakers": set(), "changed": [],
                 "unknown_at": {0: sents[w1].index - 1}}
    records = []
    hits = ex.hits
    hits.blind = ex._blind
    regular = True  # every hit's cue is in the sentence that made it (what the look-ups' marks rest on)
    for pos in range(cut, len(sents)):
        s = sents[pos]
        start_notes = _notes(ex)
        n0, e0, a0 = len(hits), len(ents.effects), len(ents.assumed)
        ex._blind["log"] = log = []
        ex._blind["now"] = s.index
        ex._blind["reach"] = None  # the earliest sentence whose hits it looked at
        ex._blind["speakers"] = looked_up = set()  # the speakers whose hits it looked up
        ex._blind["changed"] = changed = []
        try:
            ex._sentence(pos, s, cues)
        except Poisoned as why:
            if len(ents.assumed) > a0:  # (a memo made in the sentence may hold what it read)
                assumed[pos] = ents.assumed[a0:]
            for h in changed:  # (as the sentence found them: see blind_change)
                h.st.channel = None
            if ex._hits_seen > n0:
                _unindex(ex, n0)
            del hits[n0:]
            del ents.effects[e0:]
            _set_notes(ex, start_notes)
            ex._blind["aborted"].append(s.index)
            ex._blind["unknown"].add(s.index)
            ex._blind["unknown_at"][len(hits)] = s.index
            hits.append(UNKNOWN)  # what the sentence would have added: a scan reaching it raises
            records.append((pos, start_notes, None, None, str(why), None, (-1, looked_up), ()))
            continue
        if len(ents.assumed) > a0:
            assumed[pos] = ents.assumed[a0:]
        own = hits[n0:]
        regular = regular and all(h.cue_sentence == s.index for h in own)
        records.append((pos, start_notes, own, ents.effects[e0:], None, [(p, n - n0, out, need) for p, n, out, need in log],
                        (ex._blind["reach"], looked_up), changed))
    # the kept hits as they were at the cut (the parent compares them with its own), whether those no sentence changed
    # (blind_change) stayed so, and the hits themselves (a sentence's change of one is made here on the parent's)
    changed = {id(h) for r in records for h in r[7]}
    return {"records": records, "end_notes": _notes(ex), "starting": ex._blind["starting"], "regular": regular,
            "warm": warm, "warm_kept": all(repr(h) == w for h, w in zip(kept, warm) if id(h) not in changed),
            "kept": kept, "assumed": assumed, "memos": _pure_memos(ex)}


# the memos of the extractor's ``_role_cache`` that are a function of what the statements stage starts from (the
# article's people and the titles the article and the knowledge base give them, fixed before the cue loop), never of
# the hits or of the entities the stage adds: which of the article's people hold an office (``_people_for``)
PURE_MEMOS = ("people_for",)


def _pure_memos(ex) -> dict:
    """In the child, after its part: its ``PURE_MEMOS`` entries, which this process takes where it has none (``adopt``):
    a sentence it reads again, a look-up of the child's it checks (``_checked``: ``office_people``), asks them again
    (20 MB of articles: the offices first asked in the child's part, each judged against every title of the article's
    people, a third of adopt's CPU-s in a profile of 4 MB)."""
    return {k: v for k, v in ex._role_cache.items() if type(k) is tuple and k and k[0] in PURE_MEMOS}


def _unindex(ex, n0: int) -> None:
    """Take the hits from ``n0`` on (a sentence rolled back) out of the indexes (view.TextView._index_hits)."""
    for i in range(n0, ex._hits_seen):
        h = ex.hits[i]
        for index, at in ((ex._hits_by_cue_sentence, h.cue_sentence),
                          (ex._hits_by_start_sentence, ex.a._sentence_index_at(h.st.start))):
            where = index.get(at, ())
            if i in where:
                where.remove(i)
            else:
                for where in index.values():
                    if i in where:
                        where.remove(i)
                        break
        if h.st.speaker:
            where, cues = ex._hits_by_speaker[h.st.speaker]
            where.remove(i)
            cues.remove(h.cue_start)
            if not where:
                del ex._hits_by_speaker[h.st.speaker]  # (a speaker's place in the order is that of their first hit)
                ex.speaker_left(h.st.speaker)
    ex._hits_seen = n0


def _checked(ex, hits: list, log: list) -> bool:
    """Append a finished sentence's hits, checking on the way each logged look-up the child answered from its own
    hits alone (``office_people``) against this process's, which knows the whole document so far. False
    (and nothing appended) when one differs."""
    base = len(ex.hits)
    for p, n_own, out, need in log:
        ex.hits.extend(hits[len(ex.hits) - base:n_own])
        if ex.office_people(p, ex._people_set(), need) != out:
            if ex._hits_seen > base:
                _unindex(ex, base)
            del ex.hits[base:]
            return False
    ex.hits.extend(hits[len(ex.hits) - base:])
    return True


def adopt(ex, cut: int, got: dict, cues, n1: Optional[int] = None) -> tuple[dict, Optional[int]]:
    """Here, after the first part: the child's sentences taken or read again, in order (module docstring). Returns
    the figures and, when the child's reading went apart from this process's (``diverged``) and its sentences'
    marks cannot be trusted (a hit whose cue is outside the sentence that made it: never today), the position of
    the first sentence not yet read here (``run_loop`` splits the rest again); else None.

    Where the readings went apart (a sentence read here gave other hits than the child's or changed the hits before
    it otherwise, a hit of this process's starts in a sentence the child looked up, the warm-up's kept hits differ),
    those sentences are dirty: a later sentence of the child's is read here when it looked back as far as the latest
    dirty one (``reach``: a scan of ``hits``, a look-up of a sentence's hits, of hits starting somewhere) or looked up
    a speaker of a dirty hit (either reading's). One that did neither is taken as before (its notes equal to this
    process's, its logged look-ups checked): nothing it read differs."""
    sents = ex.a.sentences
    stats = {"adopted": 0, "aborted": 0, "resync": 0, "diverged": None, "reread_looked": 0, "unheld": 0}
    n1 = len(ex.hits) if n1 is None else n1  # the hits made here before the warm-up's kept part
    # the child took no hit of those to start in one of its sentences ('starting' look-ups)
    looked = got["starting"]
    spill = {ex.a._sentence_index_at(h.st.start) for h in ex.hits[:n1]} & {i for _, i in looked}
    records = got["records"]
    marks = got.get("regular", False)  # the looked marks hold (see child_run)
    last_dirty = -2  # the latest sentence whose hits here may differ from the child's
    dirty_speakers: set = set()  # the speakers of such hits, in either reading

    def dirty(index: int, hits) -> None:
        nonlocal last_dirty
        # (a hit may start in a later sentence than its cue's: a look-up of hits starting there met it)
        last_dirty = max(last_dirty, index, *(ex.a._sentence_index_at(h.st.start) for h in hits))
        dirty_speakers.update(h.st.speaker for h in hits)

    # the warm-up's kept hits, which the child read on from, are this process's, and its sentences changed none
    warm = got.get("warm_kept", False) and got.get("warm") == [repr(h) for h in ex.hits[n1:]]
    # the child's kept hits -> this process's same hits
    mirror = {id(h): mine for h, mine in zip(got.get("kept", ()), ex.hits[n1:])} if warm else {}
    if spill or not warm:
        stats["diverged"] = "spill" if spill else "warm-up"
        if not marks:
            return stats, cut
        if spill:
            dirty(max(spill), ())
        if not warm:
            dirty(sents[cut].index - 1, [*got.get("kept", ()), *ex.hits[n1:]])
    synced = True  # this process's notes are its own reading's: compare them with the child's before taking one
    taken: set = set()  # the ids of the child's hits taken here (a sentence taken may have changed only those)
    from bellink.ingest import kb as kbmod

    base = kbmod.load().entities
    for key, value in got.get("memos", {}).items():
        ex._role_cache.setdefault(key, value)
    assumed = got.get("assumed", {})
    pending: list = []  # the entities the child read as added so far that this process does not hold yet
    for k, (pos, start_notes, hits, effects, why, log, (reach, speakers), changed) in enumerate(records):
        s = sents[pos]
        owned = all(id(h) in taken or id(h) in mirror for h in changed)
        pending += assumed.get(pos, ())
        if pending:  # (this process's entities only grow, and an entity once added stays)
            pending = [key for key in pending if ex.a.entities.get(key) is not base[key]]
        safe = (reach is None or reach > last_dirty) and not (speakers and speakers & dirty_speakers)
        if why is None and owned and not pending and safe and \
                (not synced or _notes(ex) == start_notes) and _checked(ex, hits, log):
            taken.update(id(h) for h in hits)
            for h in changed:  # made on the child's copy of a kept hit: made on this process's
                if id(h) in mirror:
                    mirror[id(h)].st.channel = h.st.channel
            for key, value in effects:
                ex.a.entities.setdefault(key, value)
            stats["adopted"] += 1
            synced = False
            after = records[k + 1][1] if k + 1 < len(records) else got["end_notes"]
            _set_notes(ex, after)
            continue
        if why is None and not safe:
            stats["reread_looked"] += 1
        elif why is None and pending:
            stats["unheld"] += 1
        else:
            stats["aborted" if why is not None else "resync"] += 1
        n0 = len(ex.hits)
        # the hits of the sentence before as the child left them after this one: a sentence may change them ('Об
        # этом сообщило агентство'), and one the child could not read changed none there (see child_run)
        for h in changed:
            if id(h) in mirror:
                mirror[id(h)].st.channel = h.st.channel
        before = [repr(h) for h in ex.hits_in_sentence(s.index - 1, starting=True)] if s.index else None
        for h in changed:  # the child's change undone: the reading here makes its own
            if id(h) in taken or id(h) in mirror:
                (h if id(h) in taken else mirror[id(h)]).st.channel = None
        ex._sentence(pos, s, cues)
        synced = True
        mine = ex.hits[n0:]
        went, dirt = None, []  # why the readings went apart here, and the hits that differ (either reading's)
        if why is not None:
            # the child knew nothing of this sentence: it missed a hit of it only where it looked up hits starting in
            # another sentence
            starts = {ex.a._sentence_index_at(h.st.start) for h in mine} - {s.index}
            if starts and any(j > s.index and i in starts for j, i in looked):
                went, dirt = f"starting {s.index}", mine
        elif repr(mine) != repr(hits) or not owned:
            went, dirt = s.index, [*mine, *hits, *changed]  # the child read on from other hits
        if before is not None:
            now = ex.hits_in_sentence(s.index - 1, starting=True)
            if [repr(h) for h in now] != before:
                went, dirt = s.index if went is None else went, [*dirt, *now]
        if went is None:
            continue
        dirty(s.index, dirt)
        if stats["diverged"] is None:
            stats["diverged"] = went
        if not marks:
            return stats, pos + 1
    return stats, None


def split_point(ex) -> int:
    """The sentence the child's part starts at, or 0 (no split: not a huge document, or no helper core)."""
    from bellink.ingest import overlap

    if not overlap.splitting.on_now() or len(ex.text) < overlap.MIN_SPLIT:
        return 0
    return split_cut(ex.a.sentences) or 0


def split_cut(sents: list) -> Optional[int]:
    """Where a split document's child's part starts (``split_point``), None when so few sentences are not cut. The
    helper beside the entities finds the cues of the sentences before it only (``overlap.Beside``)."""
    from bellink.ingest import overlap

    if len(sents) < 4:
        return None
    return max(1, overlap.cut_at(sents, SHARE))


def resplit_point(ex, lo: int) -> int:
    """After a divergence at ``lo``: the sentence a new child's part starts at, or 0 (what is left is too short)."""
    sents = ex.a.sentences
    if len(sents) - lo < 4 or sents[-1].stop - sents[lo].start < RESPLIT_MIN_CHARS:
        return 0
    return max(lo + 1, lo + overlap_cut(sents[lo:]))


def overlap_cut(sents: list) -> int:
    from bellink.ingest import overlap

    return overlap.cut_at(sents, SHARE)


def run_loop(ex, cues) -> None:
    """The cue loop over every sentence: in two processes for one huge document (``split_point``), else here.
    Where the child's reading went apart from this process's and its marks cannot be trusted (``adopt``), the rest
    is cut in two again, with a new child blind to everything before its part, up to ``MAX_SPLITS`` times."""
    sents = ex.a.sentences
    cut = split_point(ex)
    if not cut:
        for pos, s in enumerate(sents):
            ex._sentence(pos, s, cues)
        return
    prepare(ex)
    LAST.clear()
    total = {"adopted": 0, "aborted": 0, "resync": 0, "reread_looked": 0, "unheld": 0, "diverged": None, "splits": 0,
             "cpu_head": 0.0, "cpu_adopt": 0.0}
    why: collections.Counter = collections.Counter()
    lo = 0
    while True:
        got, stats, after = _split_once(ex, lo, cut, cues)
        if got is None:  # the child failed: its part was read here
            break
        total["splits"] += 1
        for k in ("adopted", "aborted", "resync", "reread_looked", "unheld", "cpu_head", "cpu_adopt"):
            total[k] = round(total[k] + stats[k], 2)
        why.update(r[4] for r in got["records"] if r[4])
        if stats["diverged"] is not None:
            total["diverged"] = stats["diverged"] if total["diverged"] is None else f"{total['diverged']}, {stats['diverged']}"
        if after is None:
            break
        cut = resplit_point(ex, after) if total["splits"] < MAX_SPLITS else 0
        if not cut:
            for pos in range(after, len(sents)):
                ex._sentence(pos, sents[pos], cues)
            break
        lo = after
    total["why"] = why.most_common(6)
    LAST.update(total)


def _split_once(ex, lo: int, cut: int, cues) -> tuple:
    """Sentences ``lo`` to ``cut`` read here while a forked child reads from ``cut`` on, then the child's taken
    (``adopt``): (the child's answer or None when it failed and its part was read here, the figures, the position
    to go on from after a divergence or None)."""
    from bellink.ingest import kb as kbmod
    from bellink.ingest import overlap

    sents = ex.a.sentences
    parent = os.getpid()

    w1 = warm_points(lo, cut)[1]
    at = {}

    def head():
        for pos in range(lo, cut):
            if pos == w1:
                at["kept"] = len(ex.hits)
            ex._sentence(pos, sents[pos], cues)

    def tail():
        if os.getpid() == parent:
            return None
        return child_run(ex, cut, cues, lo)

    a = ex.a
    # (what hits and added entities point at: knowledge-base entities; the rest is made in the sentence)
    roots = {"timexes": a.timexes, "entities": a.entities, "kb": kbmod.load().entities, "one": [a, a.document, ex.text]}
    t0 = time.process_time()
    _, got = overlap.halves(head, tail, roots, "statements")
    t1 = time.process_time()
    if got is None:
        for pos in range(cut, len(sents)):
            ex._sentence(pos, sents[pos], cues)
        return None, None, None
    from bellink.ingest.trace import span

    with span("statements: adopt"):
        stats, after = adopt(ex, cut, got, cues, at.get("kept"))
    stats["cpu_head"], stats["cpu_adopt"] = round(t1 - t0, 2), round(time.process_time() - t1, 2)
    if overlap.children and overlap.children[-1].get("label") == "statements":
        overlap.children[-1]["sentences"] = {k: stats[k] for k in ("adopted", "aborted", "resync", "reread_looked",
                                                                   "unheld", "diverged")}
        # why the child stopped sentences (read here again), the most frequent first
        overlap.children[-1]["stopped"] = collections.Counter(r[4] for r in got["records"] if r[4]).most_common(8)
        overlap._write_stats()  # (bench/docsize.py)
    return got, stats, after


# the last loop's figures: splits made (a first one, and one more after each divergence), sentences taken from the
# children, read here (a child raised; notes or a checked look-up differed), where the children's readings went apart
# from this one's (None: nowhere), this process's CPU-s for its parts (with the wait's receiving) and for taking the
# children's, and why the children stopped sentences
LAST: dict = {}


def blind_range(ex, index: int) -> None:
    """Raise when the hits with their cue in sentence ``index`` may not all be known to the child."""
    b = ex._blind
    if index < b["cut"] or index in b["unknown"]:
        raise Poisoned("sentence")
    if index != b["now"]:
        _reach(b, index)


def blind_change(ex, hits: list) -> None:
    """The sentence being read in the child sets the channel of ``hits`` (the sentence before's, still without one:
    'Об этом сообщило агентство'). It changes them, as one process would, noting them: the parent takes the sentence
    only after it took those hits, and undoes the change before reading the sentence itself. A hit of the
    warm-up's (``_warm_up``) the parent finds among its own by its place."""
    ex._blind["changed"].extend(hits)


def blind_back(ex, lo: int):
    """``TextView.hits_back`` in the child: the hits from the last back to the first of a sentence before ``lo``, each
    marked as ``Watched`` marks a scan; an unknown marker (``unknown_at``) that stands for sentences before ``lo`` ends
    them untouched, any other is met (and raises when read, as in a scan of every hit)."""
    b = ex._blind
    hits, at = ex.hits, b["unknown_at"]
    for i in range(len(hits) - 1, -1, -1):
        h = list.__getitem__(hits, i)
        k = at[i] if h is UNKNOWN else h.cue_sentence
        if k < lo:
            _reach(b, lo)  # (what the scan's answer rests on: every hit of a sentence from ``lo`` on, none of them)
            return
        _reach(b, -1 if h is UNKNOWN else k)
        yield h


def blind_since(ex, index: int) -> None:
    b = ex._blind
    if index < b["cut"] or any(k >= index for k in b["unknown"]):
        raise Poisoned("since")
    if index < b["now"]:
        _reach(b, index)


def blind_starting(ex, index: int) -> None:
    """Hits starting in ``index``: besides those with their cue there, a hit of the first part or of a sentence the
    child could not read may start there (content runs over sentences both ways): the look-up is logged, and the
    parent checks that none of those hits starts in a sentence looked up so (``adopt``)."""
    b = ex._blind
    blind_range(ex, index)
    b["starting"].append((b["now"], index))
    _reach(b, index)  # (a hit of an earlier sentence may start there: see adopt)


def blind_of(ex, where: list, speaker: str) -> list:
    """A speaker's hit positions with the unknown ones among them, in order."""
    ex._blind["speakers"].add(speaker)
    return sorted(set(where).union(ex._blind["unknown_pos"])) if ex._blind["unknown_pos"] else list(where)


