"""One huge document's event loops cut in two (``overlap.halves``): the second part in a forked child
beside the first. The facts are those of one process; a child that dies, sends nothing or hangs is
replaced by the same work done here, and none is left behind (issue 10)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bellink.ingest import overlap, pipeline
from bellink.ingest.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="splitting needs fork")


def _digest(copies: int = 2, lang: str = "en") -> Document:
    """Every seed article, English and Russian alternating, repeated: a 'digest' made for the test."""
    bodies = [f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))]
    return Document(id="digest", text="\n\n".join(bodies * copies), lang=lang, published="2021-09-13",
                    published_precision="day")


def _facts(a) -> list:
    out = []
    for name in ("statements", "events", "mentions", "timexes", "roles", "sentences"):
        out += [f"{name} {x!r}" for x in getattr(a, name)]
    return out + [f"entity {k} {a.entities[k]!r}" for k in sorted(a.entities)]


@pytest.fixture
def split_everything(monkeypatch):
    monkeypatch.setattr(overlap, "MIN_SPLIT", 1)  # every document is "huge"
    monkeypatch.setattr(overlap, "MIN_CHARS", 10**12)  # (the time-expression helper is tested apart)
    before = dict(overlap.counts)
    return lambda: {k: overlap.counts[k] - before[k] for k in before if k in ("forked", "answered", "failed")}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_split_events_are_the_facts_of_one_process(split_everything, lang):
    alone = pipeline.analyze_many([_digest(lang=lang)])[0]
    split = pipeline.analyze_many([_digest(lang=lang)], helpers=1)[0]
    # the sentences' lines, the statements' cue loop, the countries, the deliveries and the other events' loops
    # each ran half in a child, whose results were used (Russian references carry pymorphy's typed grammemes, which pickle
    # cannot name alone)
    assert split_everything() == {"forked": 5, "answered": 5, "failed": 0}
    assert len(alone.events) > 10 and any(e.kind == "delivery" for e in alone.events)
    assert _facts(split) == _facts(alone)


def test_split_sentences_are_those_of_one_reading(split_everything):
    from bellink.ingest import segment

    text = _digest(3).text
    with overlap.splitting(False):
        alone = segment.split_sentences(text)
    with overlap.splitting(True):
        split = segment.split_sentences(text)
    assert split_everything() == {"forked": 1, "answered": 1, "failed": 0}
    assert split == alone and len({s.paragraph for s in alone}) > 20
    assert alone[len(alone) // 2].paragraph > 0  # the second half numbers its paragraphs after the first's


def test_without_a_helper_core_nothing_is_forked(split_everything):
    pipeline.analyze_many([_digest(1)])
    assert split_everything() == {"forked": 0, "answered": 0, "failed": 0}


def _in_child(parent: int) -> bool:
    return os.getpid() != parent


def test_halves_gives_head_and_tail_and_keeps_objects_made_before_by_reference():
    parent = os.getpid()
    made = [object(), [1, 2]]
    with overlap.splitting(True):
        first, second = overlap.halves(lambda: "head", lambda: (made[1], _in_child(parent), [made[0]]),
                                       {"made": made})
    assert first == "head"
    assert second[1] is True  # the tail ran in the child
    assert second[0] is made[1] and second[2][0] is made[0]  # this process's objects, not copies



def test_what_the_child_answered_against_is_freed_without_the_cyclic_collector():
    """Nothing the split leaves behind holds its roots in a reference cycle: the analysis of a huge document is freed
    by reference counting once stored, not when the interpreter exits (the collector is paused meanwhile)."""
    import gc
    import weakref

    class Big:
        pass

    parent = os.getpid()
    made = [Big()]
    gone = weakref.ref(made[0])
    was = gc.isenabled()
    gc.disable()
    try:
        with overlap.splitting(True):
            _, second = overlap.halves(lambda: "head", lambda: (made[0], _in_child(parent)), {"made": made})
        assert second[1] is True and second[0] is made[0]
        del made, second
        assert gone() is None
    finally:
        if was:
            gc.enable()

@pytest.mark.parametrize("failure, reason", [("exit", "exit 3"), ("raise", "raise RuntimeError"),
                                             ("unpicklable", "raise AttributeError")])  # a local function: pickle cannot name it
def test_a_failing_child_is_replaced_by_the_work_done_here_and_counted_with_its_reason(failure, reason):
    parent = os.getpid()

    def tail():
        if _in_child(parent):
            if failure == "exit":
                os._exit(3)
            if failure == "raise":
                raise RuntimeError("worker failed")
            return lambda: None  # cannot be pickled
        return "tail, here"

    before, failures = dict(overlap.counts), dict(overlap.failures)
    with overlap.splitting(True):
        assert overlap.halves(lambda: "head", tail, {}) == ("head", "tail, here")
    assert overlap.counts["forked"] == before["forked"] + 1
    assert overlap.counts["answered"] == before["answered"]
    assert overlap.counts["failed"] == before["failed"] + 1
    assert overlap.failures[reason] == failures.get(reason, 0) + 1  # why: a silent fallback once hid a bug
    if failure == "raise":
        assert overlap.children[-1]["failed"] == "raise RuntimeError: worker failed"


def test_a_silent_child_is_given_up_killed_and_reaped(monkeypatch):
    monkeypatch.setattr(overlap, "MIN_WAIT", 0.5)
    parent = os.getpid()
    children = []

    def tail():
        if _in_child(parent):
            time.sleep(600)  # hangs
        return "tail, here"

    real_reap = overlap._reap
    monkeypatch.setattr(overlap, "_reap", lambda pid, kill: (children.append(pid), real_reap(pid, kill))[1])
    t = time.monotonic()
    with overlap.splitting(True):
        assert overlap.halves(lambda: "head", tail, {}) == ("head", "tail, here")
    assert time.monotonic() - t < 30
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # already reaped: no zombie, no process left
    assert overlap.children[-1]["failed"] == "silent"


def test_no_fork_while_another_thread_is_alive():
    """A forked child inherits every lock another thread holds at that moment, held forever: with a second
    thread alive the halves run here, one after the other."""
    import threading

    parent = os.getpid()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    before = dict(overlap.counts)
    try:
        with overlap.splitting(True):
            got = overlap.halves(lambda: "head", lambda: _in_child(parent), {})
    finally:
        stop.set()
        other.join()
    assert got == ("head", False)  # the tail ran here
    assert overlap.counts["forked"] == before["forked"]
    assert overlap.counts["threads"] == before["threads"] + 1
    with overlap.splitting(True):
        assert overlap.halves(lambda: "head", lambda: _in_child(parent), {}) == ("head", True)  # thread gone: forks


def test_the_child_reports_its_cpu_and_memory(tmp_path, monkeypatch):
    import json

    stats = tmp_path / "overlap.json"
    monkeypatch.setenv(overlap.STATS_ENV, str(stats))
    with overlap.splitting(True):
        overlap.halves(lambda: "head", lambda: bytearray(30 << 20), {}, "thirty MB")  # made in the child
    child = overlap.children[-1]
    assert child["label"] == "thirty MB" and child["answered"] is True
    assert child["cpu_s"] >= 0 and child["peak_rss_mb"] > 0
    if os.path.exists("/proc/self/smaps_rollup"):
        assert child["private_mb"] >= 30  # what the child holds alone: here the 30 MB it made
    written = json.loads(stats.read_text())  # for bench/docsize.py
    assert written["children"][-1]["label"] == "thirty MB" and written["counts"]["answered"] >= 1


def test_a_failing_head_stops_the_child_and_raises():
    parent = os.getpid()
    children = []

    def head():
        raise ValueError("analysis failed")

    def tail():
        if _in_child(parent):
            time.sleep(600)
        return "never"

    real_reap = overlap._reap
    overlap._reap = lambda pid, kill: (children.append(pid), real_reap(pid, kill))[1]
    try:
        with overlap.splitting(True), pytest.raises(ValueError):
            overlap.halves(head, tail, {})
    finally:
        overlap._reap = real_reap
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)


def test_cut_at_splits_by_characters():
    class S:
        def __init__(self, start, stop):
            self.start, self.stop = start, stop

    sents = [S(0, 10), S(10, 20), S(20, 100)]
    assert overlap.cut_at(sents, 0.05) == 0
    assert overlap.cut_at(sents, 0.15) == 1
    assert overlap.cut_at(sents, 0.5) == 2
    assert overlap.cut_at([], 0.5) == 0


@pytest.mark.parametrize("lang, request_refused", [
    ("en", "Minsk asked Moscow for two more S-400 divisions last year. Russia refused the request."),
    ("ru", "Минск попросил у Москвы еще два дивизиона С-400 в прошлом году. Россия отказала в просьбе."),
])
def test_a_refusal_read_in_the_second_half_comes_back_from_the_child(split_everything, lang, request_refused):
    # the deliveries' child returns what it cached (d.cue_cache): a refusal found there must travel back, or the
    # child's whole half is thrown away and read again here
    doc = _digest(1, lang)
    doc.text = doc.text + "\n\n" + request_refused
    alone = pipeline.analyze_many([doc])[0]
    split = pipeline.analyze_many([doc], helpers=1)[0]
    assert split_everything() == {"forked": 5, "answered": 5, "failed": 0}
    assert _facts(split) == _facts(alone)


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            return any(line.startswith("State:") and "Z" in line.split()[1] for line in f)  # a zombie ran out
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc")
def test_a_child_does_not_outlive_its_killed_parent(tmp_path):
    """A parent killed outright (an OOM kill, kill -9) leaves no child computing its half to the end."""
    import signal
    import subprocess
    import sys

    pidfile = tmp_path / "child.pid"
    script = (
        "import os, time\n"
        "from bellink.ingest import overlap\n"
        "parent = os.getpid()\n"
        "def tail():\n"
        "    if os.getpid() != parent:\n"
        f"        open({str(pidfile)!r}, 'w').write(str(os.getpid()))\n"
        "        time.sleep(120)\n"
        "    return 1\n"
        "with overlap.splitting(True):\n"
        "    overlap.halves(lambda: time.sleep(120), tail, {})\n")
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        child = int(pidfile.read_text())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    gone = _gone(child)
    if not gone:
        os.kill(child, signal.SIGKILL)
    assert gone


def test_the_progress_display_runs_no_thread_of_its_own():
    """On a terminal ingest shows a progress bar while a huge document is analyzed, and that analysis forks
    (``halves`` refuses to beside another thread): the bar refreshes when a file is done, from no thread."""
    import threading

    from bellink.render import Progress

    with Progress(enabled=True) as progress:
        progress.total(2)
        progress.advance("one.txt")
        assert threading.active_count() == 1


ORIGINS = {
    "en": ("Officials in Minsk said the regiment would train on the new systems next year.",
           "The army of Belarus took delivery of Russian-made Tor-M2 systems in March, the ministry said."),
    "ru": ("В Минске сообщили, что полк начнет осваивать новую технику в следующем году.",
           "Белоруссия получила российские Су-30СМ в марте, сообщило министерство обороны."),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_origins_read_in_two_processes_are_those_of_one(split_everything, monkeypatch, lang):
    # a system's origin ('Russian-made Tor-M2') is read per sentence beside the country references: the child's half
    # comes back with them, and the article's origins are those one reading of every sentence gives, in its order
    from bellink.ingest import events
    from bellink.ingest.events import refs

    plain, origin = ORIGINS[lang]
    text = "\n\n".join([plain] * 8 + [origin] * 4)  # origins in the second half only: the child's
    seen = []
    read = events._countries_read

    def spy(d):
        read(d)
        seen.append((dict(d.origins), refs.doc_origins(d)))

    monkeypatch.setattr(events, "_countries_read", spy)
    doc = Document(id="origins", text=text, lang=lang, published="2021-09-13", published_precision="day")
    split = pipeline.analyze_many([doc], helpers=1)[0]
    assert split_everything()["answered"] >= 2 and not split_everything()["failed"]
    (got, one), = seen
    assert got and got == one
    assert _facts(split) == _facts(pipeline.analyze_many([doc])[0])


def test_halves_items_reads_every_item_once_in_order_this_process_the_back_of_the_childs():
    me = os.getpid()

    def each(i):
        time.sleep(0.002)
        return i, os.getpid()

    with overlap.splitting(True):
        first, items, last = overlap.halves_items(lambda: "head", each, 0, 300, {}, "items", last=lambda: "last")
    assert first == "head" and last == "last"
    assert [i for i, _ in items] == list(range(300))
    # the head was done at once: this process took the back half of what the child had not claimed
    assert items[0][1] != me and items[-1][1] == me
    assert 100 < sum(p == me for _, p in items) < 160


def test_halves_items_of_a_failing_child_are_read_here():
    me = os.getpid()
    failed = overlap.counts["failed"]

    def each(i):
        if os.getpid() != me and i == 20:
            raise ValueError("the child's item")
        return i * i

    with overlap.splitting(True):
        first, items, last = overlap.halves_items(lambda: "head", each, 10, 200, {}, "items", last=lambda: "last")
    assert first == "head" and items == [i * i for i in range(10, 200)] and last is None
    assert overlap.counts["failed"] == failed + 1


def test_halves_items_without_a_split_reads_them_here():
    first, items, last = overlap.halves_items(lambda: 1, lambda i: -i, 3, 90, {}, "items", last=lambda: "last")
    assert (first, items, last) == (1, [-i for i in range(3, 90)], None)


def test_halves_items_child_pickles_as_it_reads_and_objects_keep_their_identity(monkeypatch):
    """The child pickles each chunk's results as it reads them (so little is left to pickle after its last item):
    objects of the roots arrive as this process's own, and an object the child's items share across chunks arrives
    as one object, as with one pickling at the end."""
    me = os.getpid()
    roots = {"things": [{"n": i} for i in range(50)]}
    dumped = []
    real = overlap._Pickler.dump

    def dump(self, obj):  # counted in the child: how many dumps its stream took
        dumped.append(1)
        return real(self, obj)

    monkeypatch.setattr(overlap._Pickler, "dump", dump)
    shared = {}  # made in the child, the same object in the results of items of different chunks

    def each(i):
        if os.getpid() != me:
            time.sleep(0.002)
            mine = shared.setdefault("one", ["made in the child"])
        else:
            mine = None
        return i, roots["things"][i % 50], mine

    with overlap.splitting(True):
        first, items, last = overlap.halves_items(lambda: "head", each, 0, 200, roots, "items", last=lambda: len(dumped))
    assert first == "head" and [i for i, _, _ in items] == list(range(200))
    assert all(thing is roots["things"][i % 50] for i, thing, _ in items)  # by reference, not copies
    theirs = [m for _, _, m in items if m is not None]
    assert len(theirs) > 2 * overlap.ITEMS_CHUNK and all(m is theirs[0] for m in theirs)  # one object
    assert last > 2  # the child dumped chunk by chunk (its count, sent back by ``last``)


def test_halves_items_child_whose_items_add_to_the_roots_pickles_at_the_end():
    """A root that grows while the child reads (a name taken at the start would be missing) sends the results
    pickled once at the end, with the names of everything the roots then hold."""
    me = os.getpid()
    roots = {"things": [{"n": 0}]}

    def each(i):
        if os.getpid() != me and i == 30:
            roots["things"].append({"n": "new"})
        return i, roots["things"][0]

    with overlap.splitting(True):
        first, items, last = overlap.halves_items(lambda: "head", each, 0, 120, roots, "items", last=lambda: "last")
    assert [i for i, _ in items] == list(range(120)) and last == "last"
    assert all(t is roots["things"][0] for _, t in items)
