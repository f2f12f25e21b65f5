"""CPU milliseconds per document of each analysis stage, in-process (issue 15).

    python bench/stages.py FOLDER [PASSES]        # e.g. a generated corpus, or bench/news/dev/articles

Loads every *.txt of FOLDER, then runs the stages the way ``pipeline.analyze_many`` does (chunks of
16 documents, the Russian NER over each chunk, the cyclic collector paused), once to warm the word
caches and then PASSES more times, timing each stage with the process's CPU clock: load (read,
decode, clean, metadata), segment, entities before the NER, NER, entities after it, time
expressions (with the story-relative ones, ``time/story.py``), statements, events. Compare two code trees by
running it alternately with ``PYTHONPATH=TREE`` from outside both trees (the machine is shared: ratios of runs
taken side by side, not single figures).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # as `bellink ingest` does
    os.environ[_var] = "1"

from bellink.ingest import entities, events, overlap, segment, statements  # noqa: E402
from bellink.ingest.collector import paused  # noqa: E402
from bellink.ingest.load import load_document  # noqa: E402
from bellink.ingest.pipeline import Analysis  # noqa: E402
from bellink.ingest.time import story  # noqa: E402

CHUNK = 16


def main() -> None:
    paths = sorted(Path(sys.argv[1]).glob("*.txt"))
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    docs = [load_document(p, doc_id=p.stem) for p in paths]
    spent: dict = {}

    def tick(name: str, since: float) -> float:
        now = time.process_time()
        spent[name] = spent.get(name, 0.0) + now - since
        return now

    def run() -> None:
        for k in range(0, len(docs), CHUNK):
            c = time.process_time()
            begun = {}
            for i, d in enumerate(docs[k:k + CHUNK]):
                a = Analysis(document=d)
                a.sentences = segment.split_sentences(d.text)
                begun[i] = a
            c = tick("segment", c)
            states = {i: entities.annotate_begin(a) for i, a in begun.items()}
            c = tick("entities", c)
            ner = entities.ner_many(states)
            c = tick("ner", c)
            for i in begun:
                entities.annotate_end(states[i], ner.get(i, []))
            c = tick("entities", c)
            for a in begun.values():
                d = a.document
                a.timexes.extend(overlap.timexes_of([(s.text, s.start) for s in a.sentences], d.lang or "en",
                                                    d.published))
                a.timexes = story.add(a.timexes, a.sentences, d.text, d.lang or "en", d.published)
            c = tick("time", c)
            for a in begun.values():
                a.statements = statements.extract(a)
            c = tick("statements", c)
            for a in begun.values():
                a.events = events.extract(a)
            tick("events", c)

    with paused():
        run()
        spent.clear()
        c = time.process_time()
        for _ in range(passes):
            for p in paths:
                load_document(p, doc_id=p.stem)
        tick("load", c)
        for _ in range(passes):
            run()
    n = len(docs) * passes
    print(" ".join(f"{k}={v / n * 1000:.2f}" for k, v in spent.items()),
          f"total={sum(spent.values()) / n * 1000:.2f} ms/doc ({len(docs)} documents, {passes} passes)")


if __name__ == "__main__":
    main()
