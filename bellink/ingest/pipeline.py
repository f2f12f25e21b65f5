"""Run the stages for one document and write the result in one transaction.

``analyze`` is pure: Document in, Analysis out, no database. ``store`` (in
``bellink.ingest.store``) writes one Analysis inside a single transaction, replacing
whatever an earlier ingest of the same document wrote, so a crash or a bad file leaves
the database as it was. ``ingest_paths`` walks what the user named and reports per file.
"""
from __future__ import annotations

import bisect
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from bellink.ingest.model import Document, Entity, Event, Mention, Sentence, Statement, Timex
# the writing lives in bellink.ingest.store; these names stay importable from here
from bellink.ingest.store.rows import (  # noqa: F401
    EXTRACTOR_VERSION, Stored, _duplicate_of, _free_id, _metadata_differs, store, sweep_details, sync_kb,
    text_fingerprint,
)


@dataclass
class Analysis:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # key -> entity, every key mentions use
    timexes: list[Timex] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (person key, role as the article gives it)

    # Lookups by offset are answered from sorted indexes built on first use, so a document's cost
    # stays linear in its size (a scan per call made a 5 MB document run for hours). Each index
    # remembers the list (and its length) it was built from and is rebuilt when that changes.
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, name: str, sources: tuple, build):
        # (called for every mention, sentence and timex lookup, hundreds of thousands of times in a huge document:
        # the check compares the lists it was built from, their lengths and last items by identity, making nothing)
        got = self._index.get(name)
        if got is not None:
            for x, (was, n, last) in zip(sources, got[0]):
                if x is not was or len(x) != n or (n and x[-1] is not last):
                    break
            else:
                return got[1]
        key = tuple([(x, len(x), x[-1] if x else None) for x in sources])  # (kept alive: no id is reused)
        got = self._index[name] = (key, build())
        return got[1]

    def _sentence_index_at(self, offset: int) -> int:
        """Position in ``sentences`` of the sentence holding ``offset``, -1 when none does."""
        sents = self.sentences
        starts = self._cached("sentence_starts", (sents,), lambda: [s.start for s in sents])
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and sents[i].start <= offset < sents[i].stop else -1

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding ``offset``; the last sentence for an offset between or after them."""
        return self.sentences[self._sentence_index_at(offset)]

    def timexes_in(self, sentence_index: int) -> list[Timex]:
        """The time expressions starting inside one sentence, in ``timexes`` order."""
        def build():
            by_sentence: dict[int, list[Timex]] = {}
            for t in self.timexes:
                by_sentence.setdefault(self._sentence_index_at(t.start), []).append(t)
            return by_sentence

        by_sentence = self._cached("timexes_by_sentence", (self.timexes, self.sentences), build)
        if sentence_index < 0:
            sentence_index += len(self.sentences)
        return list(by_sentence.get(sentence_index, ()))

    def statements_at(self, pos: int) -> list[int]:
        """Indexes (ascending) of the statements whose span holds ``pos``."""
        def build():
            order = sorted(range(len(self.statements)), key=lambda i: self.statements[i].start)
            starts = [self.statements[i].start for i in order]
            reach, top = [], -1  # the furthest stop among the statements up to each position in order
            for i in order:
                top = max(top, self.statements[i].stop)
                reach.append(top)
            return order, starts, reach

        order, starts, reach = self._cached("statements", (self.statements,), build)
        found = []
        k = bisect.bisect_right(starts, pos) - 1
        while k >= 0 and reach[k] > pos:
            st = self.statements[order[k]]
            if st.start <= pos < st.stop:
                found.append(order[k])
            k -= 1
        return sorted(found)

    def statement_at(self, pos: int) -> Optional[int]:
        """Index of the first statement whose span holds ``pos``, None when none does."""
        found = self.statements_at(pos)
        return found[0] if found else None


def analyze(doc: Document) -> Analysis:
    """All extraction stages, in order, for one document."""
    out = analyze_many([doc])[0]
    if isinstance(out, BaseException):
        raise out
    return out


def analyze_many(docs: list[Document], helpers: int = 0) -> list:
    """``analyze`` for several documents at once: an Analysis, or the exception that stopped
    it, per document, in order. The Russian NER runs once over the sentences of all of them
    (a network is faster on a batch than on one sentence at a time); every other stage runs
    per document, so each result is the same as ``analyze`` gives alone.

    ``helpers``: processes it may start besides this one (cores left idle otherwise): a huge
    document's time expressions are then found in one while its entities are found here (see
    ``overlap``); the result is the same. The cyclic garbage collector is paused meanwhile (see
    ``collector``)."""
    from bellink.ingest.collector import paused

    with paused():
        return _analyze_many(docs, helpers)


def _analyze_many(docs: list[Document], helpers: int = 0) -> list:
    from bellink.ingest import caches, entities, events, overlap, segment, statements
    from bellink.ingest.statements.split import split_cut
    from bellink.ingest.time import story
    from bellink.ingest.trace import span

    caches.after_documents(len(docs))  # word caches bounded by what 1,000 documents fill them with
    out: list = [None] * len(docs)
    begun = {}
    beside: dict[int, overlap.Beside] = {}  # document -> its time expressions, found in a helper
    try:
        for i, doc in enumerate(docs):
            try:
                a = Analysis(document=doc)
                with overlap.splitting(helpers > 0 and len(doc.text) >= overlap.MIN_SPLIT), span("segment"):
                    a.sentences = segment.split_sentences(doc.text)  # its lines in two processes
                if len(beside) < helpers and len(doc.text) >= overlap.MIN_CHARS:
                    with span("helper start"):
                        # the cues of the statements' second part are the split's child's to find (split.py)
                        upto = split_cut(a.sentences) if len(doc.text) >= overlap.MIN_SPLIT else None
                        beside[i] = overlap.Beside(a.sentences, doc.lang or "en", doc.published, doc, upto)
                with span("entities"):
                    begun[i] = (a, entities.annotate_begin(a))
            except Exception as exc:
                out[i] = exc
        with span("ner"):
            ner = entities.ner_many({i: state for i, (_, state) in begun.items()})
        for i, (a, state) in begun.items():
            try:
                if isinstance(ner.get(i), BaseException):
                    raise ner[i]
                with span("entities after ner"):
                    entities.annotate_end(state, ner.get(i, []))
                doc = a.document
                side = beside.pop(i, None)
                here: dict = {}
                if side is not None:
                    side.hurry()  # the cues it has not found yet are found where they are read (overlap.Beside)
                    with span("cues while waiting"):
                        here = side.cues_while_busy()  # (from the back of its range, while it is still busy)
                with span("helper wait"):
                    found = side.result() if side is not None else None
                # the helper added the story-relative expressions (below) to its own: usable as they are only when
                # this analysis has no time expression of its own yet (it never has, today)
                storied = side is not None and side.storied and not a.timexes
                if found is None or (side is not None and side.storied and not storied):
                    found = overlap.timexes_of([(s.text, s.start) for s in a.sentences], doc.lang or "en", doc.published)
                a.timexes.extend(found)
                if not storied:
                    # "a year later", "годом позже": read against the date the story gave just before (time/story.py)
                    a.timexes = story.add(a.timexes, a.sentences, doc.text, doc.lang or "en", doc.published)
                cues = side.cues if side is not None else None  # found by the helper, if any
                if cues is not None and len(cues) < len(a.sentences):  # the rest found where they are read
                    cues = cues + [None] * (len(a.sentences) - len(cues))
                if cues is not None:
                    for k, found_here in here.items():
                        if cues[k] is None:
                            cues[k] = found_here
                with overlap.splitting(helpers > 0 and len(doc.text) >= overlap.MIN_SPLIT), span("statements"):
                    # its cue loop in two processes (statements/split.py)
                    a.statements = statements.extract(a) if cues is None else statements.extract(a, cues=cues)
                with overlap.splitting(helpers > 0 and len(doc.text) >= overlap.MIN_SPLIT), span("events"):
                    a.events = events.extract(a)  # its sentence loops in two processes (overlap.halves)
                out[i] = a
            except Exception as exc:
                out[i] = exc
    finally:
        for side in beside.values():  # a document that failed before its time expressions were taken
            side.close()
    return out


def analyze_text(text: str, lang: Optional[str] = None, published: Optional[str] = None, doc_id: str = "test") -> Analysis:
    """Analyze a string as if it were a cleaned article (tests and the evaluator use this)."""
    from bellink.ingest.load import clean, detect_language

    cleaned, removed = clean(text)
    doc = Document(id=doc_id, text=cleaned, lang=lang or detect_language(cleaned), published=published,
                   published_precision={4: "year", 7: "month", 10: "day"}.get(len(published or ""), None))
    doc.title = cleaned.split("\n", 1)[0]
    return analyze(doc)



@dataclass
class FileResult:
    path: str
    document: Optional[str]
    status: str  # new | updated | unchanged | duplicate | forgotten | failed
    message: str = ""
    facts: int = 0


NOT_REGULAR = "not a regular file (a FIFO, device or socket); only regular files are read"
LINK_HINT = "not followed (--follow-symlinks follows links)"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def find_articles(paths: Iterable[Path], follow_symlinks: bool = False) -> list[tuple[Path, Optional[str]]]:
    """``iter_articles`` as a list."""
    return list(iter_articles(paths, follow_symlinks))


def iter_articles(paths: Iterable[Path], follow_symlinks: bool = False) -> Iterator[tuple[Path, Optional[str]]]:
    """Expand files and folders (recursively) into article files; (path, error) pairs, one at a
    time, in a fixed order (folders and files sorted): 100,000 paths held in a list are ~50 MB,
    so ingest walks twice (to count, then to read) rather than keep them.

    Record dumps (.jsonl, .jsonl.gz, .csv) are read when named, not picked up from folders,
    where a CSV is as likely to be a spreadsheet as a corpus.

    What the user names is read wherever it is; inside a named folder, a symbolic link
    that leads out of it is reported and not followed unless ``follow_symlinks`` (a link
    to /etc/passwd was stored and searchable; a link to .. walked the parent's folders).
    Only regular files are read: a FIFO would hang the ingest, /dev/zero fill memory.
    A folder or file that cannot be read is reported, never skipped in silence."""
    for p in paths:
        if not os.path.lexists(p):
            yield p, "no such file or directory"
            continue
        if p.is_symlink() and not p.exists():
            yield p, "broken symbolic link (or a link loop)"
            continue
        if p.is_dir():
            n = 0
            for item in _walk_folder(p, follow_symlinks):
                n += 1
                yield item
            if not n:
                from bellink.ingest.load import ARTICLE_SUFFIXES
                from bellink.ingest.load.records import is_record_file

                dumps = sorted(f for f in p.rglob("*") if is_record_file(f))
                hint = f"; record dumps are read when named, e.g. bellink ingest {dumps[0]}" if dumps else ""
                yield p, f"no articles ({', '.join(ARTICLE_SUFFIXES)}) in this directory{hint}"
        else:
            yield p, _not_readable(p)


def _walk_folder(p: Path, follow_symlinks: bool) -> Iterator[tuple[Path, Optional[str]]]:
    """The article files under one named folder, and what could not be read there, in walk order."""
    from bellink.ingest.load import ARTICLE_SUFFIXES

    top = os.path.realpath(p)
    seen_dirs = set()
    unreadable: list[OSError] = []  # os.walk reports here a folder it cannot list
    for root, dirs, files in os.walk(p, followlinks=follow_symlinks, onerror=unreadable.append):
        while unreadable:
            yield _unlisted(unreadable.pop(0), p)
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            yield Path(root), "symbolic link loop; not followed again"
            continue
        seen_dirs.add(real)
        # "Web page, complete" saves page.html beside page_files/ (its frames, ads, scripts)
        kept = []
        for d in sorted(dirs):
            if _saved_page_companion(Path(root), d, files):
                continue
            sub_dir = Path(root) / d
            if not follow_symlinks and sub_dir.is_symlink():
                target = os.path.realpath(sub_dir)
                if not _inside(target, top):  # a link inside the folder is walked where it points
                    yield sub_dir, f"symbolic link to {target}, outside {p}; {LINK_HINT}"
                continue
            kept.append(d)
        dirs[:] = kept
        # a folder of 100,000 articles: their names as one string (1.7 MB) while the walk goes through
        # them, not 100,000 str objects (8 MB) held to the end of the ingest (issue 15: flat memory)
        names = "\0".join(sorted(files))
        files.clear()  # os.walk holds this list while its caller reads the folder
        for name in _split_names(names):
            f = Path(root) / name
            if f.suffix.lower() not in ARTICLE_SUFFIXES or name.startswith("."):
                continue
            if os.path.lexists(f) and not f.exists():
                yield f, "broken symbolic link (or a link loop)"
                continue
            if not follow_symlinks and f.is_symlink() and not _inside(os.path.realpath(f), top):
                yield f, f"symbolic link to {os.path.realpath(f)}, outside {p}; {LINK_HINT}"
                continue
            yield f, _not_readable(f)
    for exc in unreadable:  # the last folder walked could not be listed
        yield _unlisted(exc, p)


def _split_names(names: str) -> Iterator[str]:
    """The file names joined by NUL (a character no file name holds), one at a time."""
    at, end = 0, len(names)
    while at < end:
        stop = names.find("\0", at)
        if stop < 0:
            stop = end
        yield names[at:stop]
        at = stop + 1


def _unlisted(exc: OSError, folder: Path) -> tuple[Path, str]:
    return Path(exc.filename or folder), f"cannot read this folder ({exc.strerror or exc})"


def _not_readable(f: Path) -> Optional[str]:
    """Why a file will not be read (only regular files are: a FIFO would hang, /dev/zero fill memory), or None."""
    import stat

    try:
        regular = stat.S_ISREG(os.stat(f).st_mode)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None if regular else NOT_REGULAR


def _saved_page_companion(root: Path, dirname: str, files: list[str]) -> bool:
    """Whether ``dirname`` is the "_files" folder a browser saves beside a page."""
    for suffix in ("_files", "-Dateien", "_fichiers", "_archivos", ".files"):
        if dirname.endswith(suffix):
            stem = dirname[: -len(suffix)]
            return any(f.startswith(stem + ".") for f in files)
    return False


def ingest_paths(
    conn: sqlite3.Connection,
    paths: list[Path],
    *,
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    lang: Optional[str] = None,
    force: bool = False,
    field_map: Optional[dict] = None,
    follow_symlinks: bool = False,
    jobs: int = 1,
    dask: Optional[str] = None,
    on_file: Optional[Callable[[FileResult], None]] = None,
    on_total: Optional[Callable[[int], None]] = None,
    keep: bool = True,
) -> list[FileResult]:
    """Ingest files, folders and record dumps; one FileResult per article.

    Analysis runs here (``jobs=1``), in ``jobs`` worker processes, or on the Dask
    cluster whose scheduler is at ``dask``; this process alone writes, one
    transaction per document, in input order (see ``bellink.ingest.workers``).

    Raises LoadError before anything is stored when a manifest is wrong (a field that
    is not a date or a language): fixing it is the user's next step for every file.
    Raises workers.BackendError when analysis cannot go on (a worker process died,
    the cluster cannot be reached); every document written before stays.
    Raises db.StorageError at the first error that means nothing more can be written
    (full disk, read-only database): every document stored before it stays too.
    """
    from bellink.ingest import workers
    from bellink.ingest.load import LoadError, load_document, load_manifest
    from bellink.ingest.load.records import is_record_file, iter_records

    # Walked twice, never held as a list (100,000 paths are ~50 MB): first to count the files and
    # check every folder's manifest before anything is stored, then to read them.
    manifests: dict[Path, dict] = {}
    total, dumps = 0, False
    for path, error in iter_articles(paths, follow_symlinks=follow_symlinks):
        total += 1
        if error:
            continue
        if is_record_file(path):
            dumps = True
        elif path.parent not in manifests:
            manifests[path.parent] = load_manifest(path.parent)
    cluster = None
    if dask:
        cluster = workers.DaskBackend(dask)  # an unreachable scheduler is found before anything is written
        make_backend, jobs, least = (lambda first=(): cluster), cluster.slots(), 0
    elif jobs > 1:
        make_backend, least = (lambda first=(): workers.ProcessPool(jobs, first)), workers.MIN_FOR_WORKERS
    else:
        make_backend, least = workers.InProcess, 0
    try:
        sync_kb(conn)
    except sqlite3.Error as exc:
        from bellink.db import StorageError, storage_error

        if cluster is not None:
            cluster.close()  # a Dask client opened above
        raise (storage_error(conn, exc) or StorageError(f"cannot store the knowledge base: {exc}")) from None
    if on_total:
        # a dump's records are not counted ahead (that would read it twice): no total then
        on_total(None if dumps else total)
    results = []
    replaced = []

    def emit(r: FileResult) -> None:
        if keep:  # without: only on_file sees each result (a long run's memory stays flat)
            results.append(r)
        if r.status == "updated" and not replaced:
            replaced.append(True)
        if on_file:
            on_file(r)

    flags = dict(published=published, outlet=outlet, lang=lang, force=force)
    dispatcher = workers.Dispatcher(make_backend, lambda p, outcome: _write(conn, p, outcome, force), emit,
                                    jobs=jobs, min_for_workers=least)
    try:
        for path, error in iter_articles(paths, follow_symlinks=follow_symlinks):
            if error:
                dispatcher.result(FileResult(str(path), None, "failed", error))
            elif is_record_file(path):
                for label, item in iter_records(path, field_map=field_map, **flags):
                    if isinstance(item, LoadError):
                        dispatcher.result(FileResult(label, None, "failed", str(item)))
                    else:
                        _triage(conn, dispatcher, label, item, force)
            else:
                if path.parent not in manifests:  # a folder that appeared after the files were counted
                    try:
                        manifests[path.parent] = load_manifest(path.parent)
                    except LoadError as exc:
                        dispatcher.result(FileResult(str(path), None, "failed", str(exc)))
                        continue
                doc = _load_one(conn, dispatcher, path, manifests, flags, load_document, LoadError)
                if doc is not None:
                    _triage(conn, dispatcher, str(path), doc, force)
        dispatcher.drain()
        if replaced:
            # the details objects only the replaced versions' facts used (review N2)
            try:
                sweep_details(conn)
            except sqlite3.Error:
                pass  # space only: every document is stored, and the next run's sweep takes them
    finally:
        dispatcher.close()
        if cluster is not None:
            cluster.close()
    return results


def _load_one(conn, dispatcher, path, manifests, flags, load_document, LoadError) -> Optional[Document]:
    try:
        resolved = str(path.resolve())
        existing = conn.execute("select id from documents where path = ?", (resolved,)).fetchone()
        if existing is None and dispatcher.claimed(_free_id(conn, path.stem)):
            dispatcher.drain()  # the name is taken by a document still being analyzed: let it land first
        doc_id = existing["id"] if existing else _free_id(conn, path.stem)
        doc = load_document(path, doc_id=doc_id, manifest=manifests.get(path.parent), **flags)
        doc.id_base = path.stem
        return doc
    except LoadError as exc:
        dispatcher.result(FileResult(str(path), None, "failed", str(exc)))
    except sqlite3.DatabaseError as exc:
        dispatcher.result(_database_failure(conn, str(path), exc))
    return None


def _database_failure(conn, label: str, exc: sqlite3.Error) -> FileResult:
    """One file's database error; StorageError when the database as a whole cannot be written."""
    from bellink.db import storage_error

    fatal = storage_error(conn, exc)
    if fatal is not None:
        raise fatal from None
    return FileResult(label, None, "failed", f"database error: {exc}")


def _triage(conn, dispatcher, label: str, doc: Document, force: bool) -> None:
    """Report an unchanged or duplicate document at once; send any other to analysis.

    These checks only spare the analysis of what is plainly unchanged or a duplicate:
    ``store`` decides again under the write lock, where other ingests cannot interfere."""
    from bellink.ingest.load import keep_stored_metadata
    from bellink.ingest.workers import Pending

    try:
        fingerprint = text_fingerprint(doc.text)
        if dispatcher.claimed(doc.id, doc.sha256, fingerprint):
            dispatcher.drain()  # same id or content as a document in flight: decide once it is stored
        existing = conn.execute(
            "select id, sha256, extractor_version, published, published_precision, published_source,"
            " outlet, outlet_source, lang, lang_source from documents where id = ?", (doc.id,)
        ).fetchone()
        if existing:
            keep_stored_metadata(doc, dict(existing))
        flags_changed = existing and _metadata_differs(conn, doc)
        if existing and existing["sha256"] == doc.sha256 and not force and not flags_changed \
                and existing["extractor_version"] == EXTRACTOR_VERSION:
            return dispatcher.result(FileResult(label, doc.id, "unchanged", "; ".join(doc.warnings)))
        from bellink import curation

        why = curation.forgotten(conn, doc.id, doc.sha256)
        if why is not None:
            return dispatcher.result(FileResult(label, doc.id, "forgotten", f"forgotten by an analyst ({why}); not stored"))
        if not existing:
            dup = _duplicate_of(conn, doc, fingerprint)
            if dup:
                return dispatcher.result(FileResult(label, dup, "duplicate", f"duplicate of {dup}"))
    except sqlite3.DatabaseError as exc:
        return dispatcher.result(_database_failure(conn, label, exc))
    dispatcher.add(Pending(label, doc, bool(existing), fingerprint=fingerprint), (doc.sha256, fingerprint))


def _write(conn, p, outcome, force: bool = False) -> FileResult:
    """Store one analyzed document (the writer: this process only) and report it."""
    from bellink.ingest.workers import Failure

    doc = p.doc
    if isinstance(outcome, Failure):
        if os.environ.get("BELLINK_DEBUG"):
            if outcome.original is not None:
                raise outcome.original
            raise RuntimeError(f"analysis of {p.label} failed in a worker:\n{outcome.trace}")
        # a bug in one rule must not stop a long ingest; the file is reported
        return FileResult(p.label, None, "failed",
                          f"internal error ({outcome.kind}: {outcome.message}); set BELLINK_DEBUG=1 for a traceback")
    from bellink.ingest.collector import paused
    from bellink.ingest.trace import span

    try:
        with paused(), span("store"):  # storing a huge document allocates as much as analyzing it (see ``collector``)
            # the fingerprint taken at triage, unless analysis handed back another text
            same = outcome.document.text == doc.text
            done = store(conn, outcome, id_base=outcome.document.id_base, force=force,
                         fingerprint=p.fingerprint if same else None)
    except sqlite3.DatabaseError as exc:
        return _database_failure(conn, p.label, exc)
    except Exception as exc:
        if os.environ.get("BELLINK_DEBUG"):
            raise
        return FileResult(p.label, None, "failed",
                          f"internal error ({type(exc).__name__}: {exc}); set BELLINK_DEBUG=1 for a traceback")
    if done.status in ("unchanged", "duplicate"):
        return FileResult(p.label, done.document, done.status, done.message or "; ".join(doc.warnings))
    facts = len(outcome.statements) + len(outcome.events)
    return FileResult(p.label, done.document, done.status, "; ".join(doc.warnings), facts=facts)
