"""Corpus dumps: one article per JSON line or CSV row -> Documents.

News databases and scrapers export articles as records (``.jsonl``, ``.jsonl.gz``,
``.csv``) with fields such as ``id``, ``url``, ``title``, ``text`` or ``html``,
``published``/``date``, ``outlet``/``source`` and ``lang``; ``--field text=body``
names a field these common names miss (``--field outlet=source.name`` reaches
into an object). A million articles arrive this way without a million files.

``iter_records`` is a generator: one (label, Document) or (label, LoadError) per
record, in file order, holding one record in memory at a time, so a driver can
hand documents to workers as they come. A record that fails is reported with
its line number and the rest go on.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import itertools
import json
import re
from pathlib import Path
from typing import Iterator, Optional, Union

from bellink.ingest.load.document import MAX_BYTES, LoadError, build_document, check_metadata, decode
from bellink.ingest.model import Document

HTML_MARKUP = re.compile(r"<(!doctype html|html|body|/?(p|br|div|span|a|strong|em|b|i|h[1-6]|li|ul|ol|"
                         r"blockquote|figure|img|table)\b[^>]*)>", re.IGNORECASE)
HTML_ENTITY = re.compile(r"&(amp|nbsp|quot|lt|gt|laquo|raquo|mdash|ndash|#\d{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".csv")

# bellink's field -> the names dumps commonly use for it, tried in order.
FIELD_NAMES = {
    "id": ("id", "_id", "doc_id", "document_id", "uuid"),
    "url": ("url", "link", "canonical_url"),
    "title": ("title", "headline"),
    "text": ("text", "content", "maintext", "article"),
    "html": ("html", "raw_html"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "date_published",
                  "datePublished"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher"),
    "lang": ("lang", "language"),
}


def is_record_file(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(s) for s in RECORD_SUFFIXES)


def parse_field_map(pairs) -> dict:
    """["text=body", "outlet=source.name"] -> {"text": "body", "outlet": "source.name"}; ValueError if bad."""
    out = {}
    for pair in pairs or ():
        name, sep, source = pair.partition("=")
        name, source = name.strip(), source.strip()
        if not sep or not source or name not in FIELD_NAMES:
            raise ValueError(f"{pair!r}: use FIELD=NAME with FIELD one of {', '.join(FIELD_NAMES)}")
        out[name] = source
    return out


def _lookup(record: dict, dotted: str):
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _value(record: dict, name: str, field_map: dict):
    """The field the user mapped, else the first common name present."""
    if name in field_map:
        value = _lookup(record, field_map[name])
        if value not in (None, ""):
            return value
    for key in FIELD_NAMES[name]:
        value = record.get(key)
        if value not in (None, ""):
            # {"source": {"id": "tass", "name": "TASS"}} as NewsAPI-style dumps have it
            if isinstance(value, dict):
                value = value.get("name") or value.get("title") or value.get("id")
            return value
    return None


def url_id(url: str) -> str:
    """A stable document id from a URL: without scheme, 'www.', query noise or trailing slash."""
    u = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    u = re.sub(r"[?#].*$", "", u) if not re.search(r"[?&](id|p|news_id|nid)=", u) else u
    return u.rstrip("/")


def record_document(record: dict, *, field_map: dict, where: Optional[str], path: str, published=None, outlet=None,
                    lang=None, force=False) -> Document:
    """One record -> Document; LoadError names the record and the field at fault."""
    if not isinstance(record, dict):
        raise LoadError("not an object with fields (expected {\"text\": ...} per line)")
    text = _value(record, "text", field_map)
    html = _value(record, "html", field_map)
    body, kind = (text, "text") if text not in (None, "") else (html, "html")
    if body in (None, "") or not isinstance(body, str):
        names = [field_map["text"]] if "text" in field_map else []
        names += [*FIELD_NAMES["text"], *FIELD_NAMES["html"]]
        raise LoadError(f"no article text (none of the fields {', '.join(names)}; "
                        "name yours with --field text=NAME)")
    if len(body.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise LoadError(f"too large (the limit is {MAX_BYTES // 1024 // 1024} MB)")
    if kind == "text" and HTML_MARKUP.search(body):
        kind = "html"  # scrapers often keep the article body's markup in the text field
    elif kind == "text" and HTML_ENTITY.search(body):
        import html as html_lib

        body = html_lib.unescape(body)
    given = {k: _value(record, k, field_map) for k in ("published", "outlet", "lang")}
    given = check_metadata({k: v for k, v in given.items() if v not in (None, "")}, where)
    rec_id, url = _value(record, "id", field_map), _value(record, "url", field_map)
    title = _value(record, "title", field_map)
    canonical = json.dumps({k: _value(record, k, field_map) for k in FIELD_NAMES}, ensure_ascii=False,
                           sort_keys=True, default=str)
    sha = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if rec_id not in (None, ""):
        doc_id = str(rec_id).strip()
    elif url:
        doc_id = url_id(str(url))
    else:
        doc_id = "sha-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    if title is not None and not isinstance(title, str):
        title = str(title)
    if title and kind == "text" and not body.lstrip().startswith(title.strip()):
        # the title opens the stored text, as it does for files, so sentences and offsets see it
        body = f"{title.strip()}\n\n{body}"
    return build_document(body, doc_id=doc_id, kind=kind, sha256=sha, encoding="utf-8", path=path, given=given,
                          given_source="record", published=published, outlet=outlet, lang=lang, force=force,
                          title=title)


# what a line read with surrogateescape holds where its bytes were not UTF-8
UNDECODED = re.compile("[\udc80-\udcff]")


def _open_text(path: Path):
    # a buffer of a megabyte, so peek() shows that much to the encoding check
    raw = (io.BufferedReader(gzip.open(path, "rb"), buffer_size=1 << 20) if path.name.lower().endswith(".gz")
           else open(path, "rb", buffering=1 << 20))
    encoding = _encoding(raw)
    # a dump that is neither UTF-8 nor a legacy code page as a whole is read line by line: the lines
    # that are UTF-8 are records, the others fail one by one (rows() checks), as a line of bad JSON does
    return io.TextIOWrapper(raw, encoding=encoding or "utf-8", errors="strict" if encoding else "surrogateescape",
                            newline="")


def _encoding(raw) -> Optional[str]:
    """UTF-8 (with or without BOM), else the legacy Cyrillic code page the first megabyte shows:
    spreadsheets in Russian locales save CSV as windows-1251. None when it is neither."""
    import codecs

    sample = raw.peek(1 << 20)[: 1 << 20] if hasattr(raw, "peek") else b""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        return decode(sample)[1]
    except LoadError:
        return None


Item = tuple[str, Union[Document, LoadError]]


def iter_records(path: Path, *, field_map: Optional[dict] = None, **flags) -> Iterator[Item]:
    """(label "file:line N", Document or LoadError) for each record of a dump, in order."""
    field_map = field_map or {}
    resolved = str(path.resolve())
    is_csv = path.name.lower().endswith(".csv")
    try:
        with _open_text(path) as fh:
            rows = _csv_rows(fh) if is_csv else _jsonl_rows(fh)
            for line, record in rows:
                label = f"{path}:{line}"
                if not isinstance(record, LoadError) and _undecoded(record):
                    record = LoadError("not UTF-8 (the rest of the file is)")
                if isinstance(record, LoadError):
                    yield label, record
                    continue
                try:
                    yield label, record_document(record, field_map=field_map, where=None,
                                                 path=f"{resolved}:{line}", **flags)
                except LoadError as exc:
                    yield label, exc
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        yield str(path), LoadError(f"unreadable record file ({exc})")
    except LoadError as exc:
        yield str(path), exc


def _undecoded(record) -> bool:
    """Whether a record read with surrogateescape kept bytes that were not UTF-8."""
    values = record.values() if isinstance(record, dict) else [record]
    return any(UNDECODED.search(v) for v in values if isinstance(v, str))


def _jsonl_rows(fh):
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except ValueError as exc:
            yield n, LoadError(f"not JSON ({exc.msg} at column {exc.colno})")


def _csv_rows(fh):
    csv.field_size_limit(MAX_BYTES)
    header = fh.readline()
    # Spreadsheets in many locales (Russian among them) separate cells with ';'
    delimiter = max(",;\t", key=header.count) if header.strip() else ","
    reader = csv.DictReader(itertools.chain([header], fh), delimiter=delimiter)
    if not reader.fieldnames:
        return
    start = reader.line_num + 1
    for row in reader:
        if None in row:  # more cells than the header names
            yield start, LoadError(f"{len(row[None])} cell(s) more than the header has")
        else:
            yield start, row
        start = reader.line_num + 1
