"""Read a file into a Document: decode, reduce HTML or Markdown, clean boilerplate, find metadata.

Cleaning runs before anything else sees the text, so every later offset points
into the cleaned text, which is what the database stores. What cleaning drops is
kept on the Document (``removed``) for audit.

HTML goes through trafilatura (``webpage``); Markdown loses its markup here;
bellink's own line rules (``clean``, in ``cleaning``) then take what either leaves, and plain text.
Each metadata value carries where it came from; ``PRECEDENCE`` orders the sources,
and a value stored earlier stays until a source of at least its rank says otherwise.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Optional

from bellink.ingest.load.cleaning import CYRILLIC, clean, detect_language, letter_counts, strip_markdown
from bellink.ingest.model import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".mhtml", ".mht")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MHTML_SUFFIXES = (".mhtml", ".mht")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024


class LoadError(Exception):
    """A file that cannot be ingested; the message is shown to the user."""


# --- decoding ---------------------------------------------------------------

# Relative frequency (per mille) of Russian letters in running text. A legacy
# Cyrillic encoding read with the wrong table produces mostly rare letters and
# swapped case, so the table that scores highest is the right one.
RUSSIAN_LETTER_FREQ = {
    "о": 110, "е": 85, "а": 80, "и": 74, "н": 67, "т": 63, "с": 55, "р": 47, "в": 45,
    "л": 44, "к": 35, "м": 32, "д": 30, "п": 28, "у": 26, "я": 20, "ы": 19, "ь": 17,
    "г": 17, "з": 16, "б": 16, "ч": 14, "й": 12, "х": 10, "ж": 9, "ш": 7, "ю": 6,
    "ц": 5, "щ": 4, "э": 3, "ф": 3, "ъ": 1, "ё": 1,
}
LEGACY_CYRILLIC = ("cp1251", "koi8_r")
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # control bytes a text file does not hold


def _cyrillic_score(text: str) -> float:
    """Mean letter frequency of the non-ASCII letters, lowercase counting most."""
    total, n = 0.0, 0
    for ch in text:
        if ord(ch) < 128 or not ch.isalpha():
            continue
        n += 1
        low = ch.lower()
        freq = RUSSIAN_LETTER_FREQ.get(low, 0)
        # Running Russian text is overwhelmingly lowercase; the wrong table swaps case.
        total += freq if ch == low else freq * 0.2
    return total / n if n else 0.0


# Formats people save articles in that bellink cannot read, told by their first bytes
# (a PDF renamed to .txt is still a PDF).
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, EPUB and XLSX are ZIP files)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (DOC/XLS)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%!PS", "a PostScript document"),
    (b"\x1f\x8b", "a gzip archive (only .jsonl.gz record dumps are read)"),
)
SUPPORTED = "plain text, Markdown, HTML, or JSONL/CSV records"


def refuse_unsupported(data: bytes) -> None:
    """Raise LoadError naming the type when the bytes are a format bellink does not read."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise LoadError(f"{what}: bellink reads {SUPPORTED}")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise LoadError(f"a WebP image: bellink reads {SUPPORTED}")


def decode(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """Return (text, encoding name) or raise LoadError.

    ``declared`` is the encoding the file states (an HTML meta tag); it is used when
    the bytes decode with it and are not valid UTF-8 (a page saved as UTF-8 whose
    old meta tag still says windows-1251 is UTF-8).
    """
    if not data.strip():
        raise LoadError("empty file")
    refuse_unsupported(data)
    if declared and declared not in ("utf-8", "utf_8") and not data.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise LoadError("starts with a UTF-8 byte-order mark but is not valid UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise LoadError("starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    sample = data[:65536]
    control = len(sample) - len(sample.translate(None, _CONTROL))
    if b"\x00" in sample or control > len(sample) * 0.01:
        raise LoadError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: a legacy Cyrillic code page, told apart by letter statistics.
    candidates = []
    for enc in LEGACY_CYRILLIC:
        text = data.decode(enc, errors="replace")
        non_ascii = [c for c in text if ord(c) > 127]
        cyr = sum(1 for c in non_ascii if "\u0400" <= c <= "\u04ff")
        if non_ascii and cyr / len(non_ascii) >= 0.8 and "\ufffd" not in text:
            candidates.append((_cyrillic_score(text), enc, text))
    candidates.sort(reverse=True)
    if candidates:
        best = candidates[0]
        runner_up = candidates[1][0] if len(candidates) > 1 else 0.0
        # Demand a clear margin: a near tie means we cannot tell, and a wrong
        # guess would store mojibake as if it were text.
        if best[0] >= 25 and best[0] >= runner_up * 1.5:
            return best[2], best[1]
        raise LoadError("not UTF-8, and cannot tell cp1251 from koi8-r with confidence")
    # Mostly-ASCII text with a few Windows-1252 punctuation marks (smart quotes, dashes).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise LoadError("undecodable text: not UTF-8, cp1251, koi8-r or cp1252") from None
    non_ascii = [c for c in text if ord(c) > 127]
    if len(non_ascii) <= max(3, len(text) * 0.02) and all(
        c.isalpha() or c in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb\u00b0\u20ac" for c in non_ascii
    ):
        return text, "cp1252"
    raise LoadError("undecodable text: not UTF-8, cp1251, koi8-r or cp1252")


MONTH_WORD = r"[A-Za-zА-Яа-яЁё]{3,10}\.?"
DATELINE_PATTERNS = [
    # "MINSK, May 29, 2023 —" / "MOSCOW, June 3 (Reuters) -"
    re.compile(
        rf"^(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-]+)?)[,.]\s+"
        rf"(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
        r"(?:\s*[/(](?P<outlet>[^)/]{2,30})[)/])?\s*[—–-]"
    ),
    # "Москва. 29 июня. INTERFAX.RU -" / "МИНСК, 29 мая 2023 /ТАСС/."
    re.compile(
        rf"^(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-]+)?)[,.]\s+"
        rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})(?:\s+(?P<year>\d{{4}})(?:\s*(?:года|г\.))?)?[.,]?\s*"
        r"(?:(?P<outlet>[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,20}(?:\.RU|\.BY|\.COM)?)|[/(](?P<outlet2>[^)/]{2,30})[)/])?\s*[—–.-]"
    ),
]
# "23 October 2007 17:24 (UTC +04:00)" or a date alone on a line.
DATE_LINE = re.compile(
    rf"^(?:[A-Za-zА-Яа-яЁё ]{{0,30}}?\s)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})\s+(?P<year>\d{{4}})"
    r"(?:\s*(?:года|г\.))?(?:,?\s+\d{1,2}:\d{2}(?:\s*\([^)]*\))?)?\s*$"
)
DATE_LINE_MDY = re.compile(
    rf"^(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})(?:,?\s+\d{{1,2}}:\d{{2}}.*)?\s*$"
)
DATE_LINE_NUMERIC = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T]\d{2}:\d{2}.*)?$|^(?P<d2>\d{2})\.(?P<m2>\d{2})\.(?P<y2>\d{4})(?:\s+\d{1,2}:\d{2})?$")


# A byline or masthead line of fields ("Reuters | 13 November 2019", "Eurasia Daily Monitor | Volume 8, Issue 111 |
# June 8, 2011", "01.11.2022 / 11:40 / Outlet", "Газета «X» №199 от 30.10.2013, стр. 6", "Outlet, 30 сентября 2021,
# 00:01"): fields split at these separators, each tried as a date line of its own. Only header lines are read
# this way: short lines before the first paragraph-long line, so a date inside a body sentence is never taken.
BYLINE_SEPARATORS = re.compile(r"\s+[|/·•—–]\s+|\s*\|\s*|,\s+")
ISSUE_PREFIX = re.compile(r"^.*№\s*\d+[\w-]*\s+(?:от|of|dated)\s+", re.I)
HEADER_LINE_MAX = 160


def _byline_date(line: str) -> Optional[str]:
    """The first field of a short header line that is a whole date by itself (see BYLINE_SEPARATORS)."""
    if len(line) > HEADER_LINE_MAX or not BYLINE_SEPARATORS.search(line):
        return None
    fields = [f.strip() for f in BYLINE_SEPARATORS.split(line)]
    # "June 8, 2011" is split by its own comma: join a month-and-day field with a year field after it
    joined = []
    for f in fields:
        if joined and re.fullmatch(r"\d{4}", f) and re.fullmatch(rf"{MONTH_WORD}\s+\d{{1,2}}", joined[-1]):
            joined[-1] = f"{joined[-1]}, {f}"
        else:
            joined.append(f)
    for field in joined:
        value = _whole_date(ISSUE_PREFIX.sub("", field), (BYLINE_DATE, DATE_LINE_MDY))
        if value:
            return value
    return None


def _whole_date(text: str, worded: tuple) -> Optional[str]:
    """ISO date of ``text`` when one of the ``worded`` patterns ("14 October 2009", "June 8, 2011") or the numeric
    one ("2019-08-26", "01.11.2022 11:40") matches it and the date exists; None otherwise."""
    for pat in worded:
        m = pat.match(text)
        if m and _month(m.group("month")):
            try:
                return _iso(m.group("year"), _month(m.group("month")), m.group("day"))[0]
            except ValueError:
                pass
    m = DATE_LINE_NUMERIC.match(text)
    if m:
        y, mo, d = (m.group("year"), m.group("month"), m.group("day")) if m.group("year") else (
            m.group("y2"), m.group("m2"), m.group("d2"))
        try:
            return _iso(y, int(mo), d)[0]
        except ValueError:
            pass
    return None


# a byline field that is a date and nothing else ("13 November 2019", "28 апреля 2015 г.", "30 сентября 2021")
BYLINE_DATE = re.compile(rf"^(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})\s+(?P<year>\d{{4}})(?:\s*(?:года|г\.))?"
                         r"(?:,?\s+\d{1,2}:\d{2})?$")


def _month(word: str) -> Optional[int]:
    from bellink.ingest.time.timex import month_number

    word = word.rstrip(".")
    return month_number(word, "ru" if CYRILLIC.search(word) else "en")


def _iso(year: Optional[str], month: int, day: str) -> tuple[str, str]:
    import datetime as dt

    if year:
        dt.date(int(year), month, int(day))  # validates
        return f"{int(year):04d}-{month:02d}-{int(day):02d}", "day"
    return f"--{month:02d}-{int(day):02d}", "day"


def find_dateline(text: str) -> dict:
    """Publication date (and outlet) from a dateline in the first lines of the text.

    A dateline without a year yields ``partial`` ("--06-29"), which only a flag or
    the manifest can complete: the year is never guessed.
    """
    out: dict = {}
    in_header = True
    for line in text.split("\n")[:8]:
        line = line.strip()
        if not line:
            continue
        if len(line) > HEADER_LINE_MAX:
            in_header = False  # the body has begun: a byline comes before it
        for pat in DATELINE_PATTERNS:
            m = pat.match(line)
            if not m:
                continue
            month = _month(m.group("month"))
            if not month:
                continue
            try:
                value, _ = _iso(m.group("year"), month, m.group("day"))
            except ValueError:
                continue
            outlet = m.groupdict().get("outlet") or m.groupdict().get("outlet2")
            if outlet:
                out["outlet"] = outlet.strip()
            if value.startswith("--"):
                out["partial"] = value
            else:
                out["published"] = value
            return out
        value = _whole_date(line, (DATE_LINE, DATE_LINE_MDY))
        if value:
            out["published"] = value
            return out
        if in_header:
            value = _byline_date(line)
            if value:
                out["published"] = value
                return out
    return out


def _normalize_outlet(name: str) -> str:
    name = re.sub(r"\.(RU|BY|COM|ORG)$", "", name.strip(), flags=re.IGNORECASE)
    return name.title() if name.isupper() and len(name) > 4 else name


# --- metadata values from users: manifest, records, flags ------------------------

LANGUAGES = {"en": "en", "eng": "en", "english": "en", "английский": "en",
             "ru": "ru", "rus": "ru", "russian": "ru", "русский": "ru"}
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")

# Where a value came from, weakest first. A value a person gave (flag, manifest,
# record) stays stored until a source of at least its rank gives another: a flag once
# given is not forgotten by a later run without it; a new flag or manifest entry
# replaces it. Values read from the text or page follow the content.
PRECEDENCE = {None: 0, "detected": 1, "dateline": 2, "html": 3, "record": 4, "manifest": 4, "flag": 5}
USER_SOURCES = ("flag", "manifest", "record")


def normalize_lang(value) -> str:
    """'en' / 'ru' from a code or name ("English", "ru-RU", "rus"); ValueError otherwise."""
    key = str(value).strip().lower()
    key = LANGUAGES.get(key) or LANGUAGES.get(re.split(r"[-_]", key)[0], "")
    if not key:
        raise ValueError(f"{value!r} is not a language bellink reads (en or ru)")
    return key


def normalize_date(value) -> str:
    """YYYY, YYYY-MM, YYYY-MM-DD, or what dumps carry: an ISO or RFC 2822 date-time, DD.MM.YYYY,
    Unix seconds or milliseconds; cut to the day as written (no time-zone shift). ValueError otherwise."""
    import datetime as dt
    from email.utils import parsedate_to_datetime

    from bellink.dates import parse_user_date

    text = str(value).strip()
    m = ISO_DATETIME.match(text)
    if m:
        text = m.group(1)
    elif re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
        d, mo, y = text.split(".")
        text = f"{y}-{int(mo):02d}-{int(d):02d}"
    elif re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        seconds = float(text) / (1000 if len(text.split(".")[0]) > 11 else 1)
        text = dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
    elif re.match(r"(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}", text):
        try:
            text = parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError):
            pass
    try:
        return parse_user_date(text)[0]
    except ValueError:
        raise ValueError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def check_metadata(meta: dict, where: Optional[str] = None) -> dict:
    """A manifest entry or record's published/lang/outlet, normalized; LoadError naming the field."""
    out = dict(meta)
    for key, fix in (("published", normalize_date), ("lang", normalize_lang)):
        if out.get(key) in (None, ""):
            out.pop(key, None)
            continue
        try:
            out[key] = fix(out[key])
        except ValueError as exc:
            raise LoadError(f"{where + ': ' if where else ''}{key} {exc}") from None
    if out.get("outlet") is not None:
        out["outlet"] = str(out["outlet"]).strip() or None
    return out


# A manifest.json larger than this (bytes) is kept in a temporary database on disk, not in a dict:
# 100,000 entries (6 MB of JSON) were 34 MB of Python objects for the whole run and 60 MB while
# parsed, so a long ingest's peak memory grew with its corpus (issue 15). 256 KB is ~4,000 entries.
MANIFEST_IN_MEMORY_MAX = 256 * 1024


def load_manifest(folder: Path):
    """A folder's manifest.json: {file stem: {outlet, published, lang, ...}}, every value checked;
    a dict, or for a large file a mapping read from disk one entry at a time (``DiskManifest``)."""
    f = folder / "manifest.json"
    if not f.is_file():
        return {}
    try:
        large = f.stat().st_size > MANIFEST_IN_MEMORY_MAX
    except OSError as exc:
        raise LoadError(f"{f}: unreadable manifest ({exc})") from None
    if large:
        return DiskManifest(f)
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LoadError(f"{f}: unreadable manifest ({exc})") from None
    if isinstance(data, dict) and "documents" in data and isinstance(data["documents"], dict):
        data = data["documents"]
    if not isinstance(data, dict):
        raise LoadError(f"{f}: manifest must map file names to their metadata")
    checked = {}
    for name, meta in data.items():
        if not isinstance(meta, dict):
            raise LoadError(f"{f}: {name!r} must map to an object like {{\"outlet\": ..., \"published\": ...}}")
        checked[name] = check_metadata(meta, f"{f}: {name!r}")
    return checked


class DiskManifest:
    """A large manifest.json, checked entry by entry as ``load_manifest`` checks a small one (the same
    errors, before anything is stored), read 1 MB at a time and kept in a private temporary SQLite
    database (on disk, deleted when closed or when the process ends), so memory stays flat however
    many entries it has. Answers ``get``, ``in``, ``[]`` and ``len`` like the dict it stands for."""

    def __init__(self, f: Path):
        import sqlite3

        self._db = db = sqlite3.connect("")  # "": a temporary database on disk, SQLite's page cache bounded
        db.execute("create table raw (n integer primary key, nested integer, name text, meta text,"
                   " unique (nested, name))")
        nested = False
        try:
            with open(f, encoding="utf-8") as fh:
                for inner, name, value in _manifest_entries(_JsonStream(fh)):
                    nested |= inner
                    if name is None:
                        continue
                    # a repeated name: the last value in the first one's place, as json.loads does
                    db.execute("insert into raw (nested, name, meta) values (?, ?, ?) on conflict (nested, name)"
                               " do update set meta = excluded.meta", (inner, name, json.dumps(value)))
        except (OSError, ValueError) as exc:
            db.close()
            raise LoadError(f"{f}: unreadable manifest ({exc})") from None
        except LoadError:
            db.close()
            raise
        db.execute("create table m (name text primary key, meta text) without rowid")
        # {"documents": {...}} is the manifest (``load_manifest``): its other keys are not entries
        rows = db.execute("select name, meta from raw where nested = ? order by n", (nested,))
        try:
            while batch := rows.fetchmany(1000):
                checked = []
                for name, meta in batch:
                    meta = json.loads(meta)
                    if not isinstance(meta, dict):
                        raise LoadError(f"{f}: {name!r} must map to an object like {{\"outlet\": ..., \"published\": ...}}")
                    checked.append((name, json.dumps(check_metadata(meta, f"{f}: {name!r}"))))
                self._db.executemany("insert into m (name, meta) values (?, ?)", checked)
        except LoadError:
            db.close()
            raise
        db.execute("drop table raw")
        self._len = db.execute("select count(*) from m").fetchone()[0]

    def get(self, name, default=None):
        row = self._db.execute("select meta from m where name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else default

    def __getitem__(self, name):
        got = self.get(name)
        if got is None:
            raise KeyError(name)
        return got

    def __contains__(self, name) -> bool:
        return self._db.execute("select 1 from m where name = ?", (name,)).fetchone() is not None

    def __len__(self) -> int:
        return self._len

    def close(self) -> None:
        self._db.close()


class _JsonStream:
    """Reads JSON values one at a time from a text file, 1 MB at a time."""

    _SPACE_END = re.compile(r"\S")
    _DECODER = json.JSONDecoder()
    CHUNK = 1 << 20  # characters read at a time

    def __init__(self, fh):
        self.fh, self.buf, self.pos, self.eof = fh, "", 0, False

    def _more(self) -> bool:
        chunk = self.fh.read(self.CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos:] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            m = self._SPACE_END.search(self.buf, self.pos)
            if m:
                self.pos = m.start()
                return self.buf[self.pos]
            self.pos = len(self.buf)
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise ValueError(f"expected {char!r} at character {self.pos} of a chunk")
        self.pos += 1

    def value(self):
        self.peek()
        while True:
            try:
                value, end = self._DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if self.eof or not self._more():
                    raise
                continue
            if end == len(self.buf) and not self.eof and self._more():
                continue  # a number cut at the chunk's end may go on in the next one
            self.pos = end
            return value


def _manifest_entries(stream: _JsonStream):
    """(nested, name, value) for every member of the top-level object, and for every member of a
    top-level "documents" object (nested True, after one (True, None, None)) instead of that object."""
    if stream.peek() != "{":
        raise LoadError(f"{stream.fh.name}: manifest must map file names to their metadata")

    def members(nested: bool):
        stream.expect("{")
        if stream.peek() == "}":
            stream.pos += 1
            return
        while True:
            name = stream.value()
            if not isinstance(name, str):
                raise ValueError("an object's keys must be strings")
            stream.expect(":")
            if not nested and name == "documents" and stream.peek() == "{":
                yield True, None, None  # the object is there, even with no member
                yield from members(True)
            else:
                yield nested, name, stream.value()
            if stream.peek() == ",":
                stream.pos += 1
                continue
            stream.expect("}")
            return

    yield from members(False)
    if stream.peek() != "":
        raise ValueError("extra data after the manifest's object")


def _precision_of(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


SCRIPT_MARGIN = 0.8  # share of letters in one script before the text's language is taken as certain


def script_language(text: str) -> Optional[str]:
    """'ru' or 'en' when the text's letters are clearly in one script, else None."""
    cyr, lat = letter_counts(text)
    if cyr + lat < 40:
        return None
    if cyr >= (cyr + lat) * SCRIPT_MARGIN:
        return "ru"
    if lat >= (cyr + lat) * SCRIPT_MARGIN:
        return "en"
    return None


LANG_NAMES = {"en": "English", "ru": "Russian"}


def _pick(candidates: list) -> tuple:
    """The first (value, source) whose value is set."""
    for value, source in candidates:
        if value:
            return value, source
    return None, None


def build_document(
    raw: str,
    *,
    doc_id: str,
    kind: str,
    sha256: str,
    encoding: Optional[str] = None,
    path: Optional[str] = None,
    given: Optional[dict] = None,
    given_source: str = "manifest",
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    lang: Optional[str] = None,
    force: bool = False,
    title: Optional[str] = None,
) -> Document:
    """Raw article text (``kind``: "html", "markdown" or "text") -> a cleaned Document.

    ``given`` is what a manifest entry or a corpus record says (source ``given_source``);
    flags beat it, it beats the page's metadata, which beats a dateline in the text.
    """
    given = given or {}
    page = None
    if kind == "html":
        from bellink.ingest.load.webpage import read_page

        page = read_page(raw)
        raw = page.text
        if title and not page.title and not raw.startswith(title.strip()):
            raw = f"{title.strip()}\n\n{raw}"  # a record's HTML fragment: its title opens the text
        title = title or page.title
    elif kind == "markdown":
        raw = strip_markdown(raw)
    text, removed = clean(raw)
    if not text.strip():
        if page is not None:
            raise LoadError("no article text found in this web page (only menus, links or scripts)")
        raise LoadError("no article text left after removing boilerplate")
    doc = Document(id=doc_id, text=text, path=path, sha256=sha256, encoding=encoding, removed=removed)
    doc.title = (title or "").strip()[:300] or text.split("\n", 1)[0].strip()[:300]

    detected = detect_language(text)
    certain = script_language(text)
    page_lang = page.lang if page and page.lang in LANGUAGES else None
    doc.lang, doc.lang_source = _pick([(lang, "flag"), (given.get("lang"), given_source),
                                       (page_lang and LANGUAGES[page_lang], "html"), (detected, "detected")])
    if certain and doc.lang != certain:
        if doc.lang_source == "flag" and force:
            doc.warnings.append(f"--lang {doc.lang} kept (--force) although the text is in "
                                f"{LANG_NAMES[certain]} script")
        else:
            said = {"flag": f"--lang {doc.lang}", "html": f"the page's lang={doc.lang}"}.get(
                doc.lang_source, f"{doc.lang_source} lang {doc.lang!r}")
            if doc.lang_source != "html":  # pages mislabel their language often; not worth a warning
                hint = " (add --force to keep it)" if doc.lang_source == "flag" else ""
                doc.warnings.append(f"{said} contradicts the text, which is {LANG_NAMES[certain]}; "
                                    f"using {certain}{hint}")
            doc.lang, doc.lang_source = certain, "detected"

    dateline = find_dateline(text)
    if not dateline.get("published") and removed:
        # a byline is often what boilerplate removal takes away ("Outlet | Section | 14 October 2009" reads like
        # site chrome): look for the date in the header lines as they came, before a year-less dateline
        as_given = find_dateline(raw)
        if as_given.get("published"):
            dateline = {**dateline, "published": as_given["published"]}
            dateline.pop("partial", None)
    doc.outlet, doc.outlet_source = _pick([
        (outlet, "flag"), (given.get("outlet"), given_source), (page and page.site_name, "html"),
        (dateline.get("outlet") and _normalize_outlet(dateline["outlet"]), "dateline")])
    html_date = page.published if page and page.published and re.match(r"\d{4}-\d{2}-\d{2}$", page.published) else None
    # the saved page's own date marker ("date 2022-12-24 ..." opening the text, see cleaning.PAGE_DATE): its metadata
    html_date = html_date or next((v for kind, v in removed if kind == "page-date"), None)
    doc.published, doc.published_source = _pick([
        (published, "flag"), (given.get("published"), given_source), (html_date, "html"),
        (dateline.get("published"), "dateline")])
    if doc.published and dateline.get("partial") and len(doc.published) == 4:
        # a year from the flag or manifest completes a dateline that gives only day and month
        import datetime as dt

        candidate = doc.published + dateline["partial"][1:]
        try:
            dt.date.fromisoformat(candidate)
            doc.published = candidate
        except ValueError:
            pass
    if doc.published:
        doc.published_precision = _precision_of(doc.published)
    elif dateline.get("partial"):
        # a wire dateline gives day and month only: the year is never guessed, so say what it costs
        month, day = dateline["partial"][2:4], dateline["partial"][5:7]
        doc.warnings.append(f"the dateline gives no year (day {day}, month {month}): dates relative to publication "
                            "('on Tuesday', 'next month') stay unresolved; give the date with --published or a manifest")
    return doc


def keep_stored_metadata(doc: Document, stored: Optional[dict]) -> None:
    """Values an earlier ingest stored from a stronger source stay (see ``PRECEDENCE``).

    ``stored`` is the document's row as it is in the database (published, outlet, lang
    and their sources). A run without the flag or manifest entry an earlier run had
    must not forget what they said, and must not count the file as changed for it.
    """
    if not stored:
        return
    for field_ in ("published", "outlet", "lang"):
        old_value, old_source = stored.get(field_), stored.get(f"{field_}_source")
        if old_value is None:
            continue
        new_source = getattr(doc, f"{field_}_source")
        # what the text or page said follows the content; what a person said sticks
        if old_source in USER_SOURCES and PRECEDENCE.get(old_source, 0) > PRECEDENCE.get(new_source, 0):
            setattr(doc, field_, old_value)
            setattr(doc, f"{field_}_source", old_source)
            if field_ == "published":
                doc.published_precision = stored.get("published_precision") or _precision_of(old_value)


def file_kind(path: Path, raw: str) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES or _looks_like_html(raw):
        return "html"
    return "text"


def _looks_like_html(raw: str) -> bool:
    return bool(re.match(r"\s*(<!doctype html|<html)", raw[:300], re.I))


def mhtml_page(data: bytes) -> tuple[bytes, Optional[str]]:
    """The HTML inside a single-file saved page (.mhtml/.mht: a MIME message) and its charset."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload, part.get_content_charset()
    raise LoadError("a single-file saved page (MHTML) with no HTML part in it")


def read_file(path: Path) -> bytes:
    """The file's bytes: a regular file only (opened without blocking, so a FIFO cannot hang the
    ingest), and never more than MAX_BYTES read (the size stat gives is not trusted: it is 0 for
    /dev/zero and a file may grow while it is read)."""
    import stat

    too_large = f"too large (the limit is {MAX_BYTES // 1024 // 1024} MB)"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise LoadError("not a regular file (a FIFO, device or socket); only regular files are read")
            if st.st_size > MAX_BYTES:
                raise LoadError(f"too large ({st.st_size // 1024 // 1024} MB; the limit is "
                                f"{MAX_BYTES // 1024 // 1024} MB)")
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise LoadError(too_large)
        return data
    except OSError as exc:
        raise LoadError(exc.strerror or str(exc)) from None


def load_document(
    path: Path,
    *,
    doc_id: Optional[str] = None,
    manifest: Optional[dict] = None,
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    lang: Optional[str] = None,
    force: bool = False,
) -> Document:
    """Read one file into a cleaned Document with its metadata and where each value came from."""
    data = read_file(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        raise LoadError("a JSON file: bellink reads a corpus as one article per line (.jsonl); "
                        "convert it with: jq -c '.[]' FILE.json > FILE.jsonl")
    if suffix in MHTML_SUFFIXES or data[:300].lstrip().lower().startswith(b"from: <saved by"):
        from bellink.ingest.load.webpage import declared_charset

        html, charset = mhtml_page(data)
        raw, encoding = decode(html, charset or declared_charset(html))
        meta = (manifest or {}).get(path.stem) or (manifest or {}).get(path.name) or {}
        return build_document(
            raw, doc_id=doc_id or path.stem, kind="html", sha256=hashlib.sha256(data).hexdigest(),
            encoding=encoding, path=str(path.resolve()), given=meta, given_source="manifest",
            published=published, outlet=outlet, lang=lang, force=force,
        )
    declared = None
    if path.suffix.lower() in HTML_SUFFIXES or re.match(rb"\s*(<!doctype html|<html)", data[:300], re.I):
        from bellink.ingest.load.webpage import declared_charset

        declared = declared_charset(data)
    raw, encoding = decode(data, declared)
    meta = (manifest or {}).get(path.stem) or (manifest or {}).get(path.name) or {}
    return build_document(
        raw, doc_id=doc_id or path.stem, kind=file_kind(path, raw), sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding, path=str(path.resolve()), given=meta, given_source="manifest",
        published=published, outlet=outlet, lang=lang, force=force,
    )
