"""Read a file into a Document: decode, reduce HTML, clean boilerplate, find metadata.

Cleaning runs before anything else sees the text, so every later offset points
into the cleaned text, which is what the database stores. What cleaning drops is
kept on the Document (``removed``) for audit.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

from bellink.ingest.model import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
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


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise LoadError."""
    if not data.strip():
        raise LoadError("empty file")
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
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
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


# --- HTML -------------------------------------------------------------------

class _ArticleHTML(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button", "select"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "section", "article", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.skip_depth = 0
        self.article_depth = 0
        self.title: Optional[str] = None
        self.h1: Optional[str] = None
        self._in_title = False
        self._in_h1 = False
        self.published: Optional[str] = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "meta":
            prop = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if prop in ("article:published_time", "datepublished", "pubdate", "date", "dc.date"):
                self.published = self.published or attrs.get("content")
        if tag == "time" and self.published is None and attrs.get("datetime"):
            self.published = attrs["datetime"]
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data
        self._emit(data)

    def _emit(self, s):
        self.parts.append(s)
        if self.article_depth:
            self.article_parts.append(s)


def html_to_text(html: str) -> tuple[str, Optional[str]]:
    """Article text (paragraph per line) and the page's published date, if it states one."""
    parser = _ArticleHTML()
    parser.feed(html)
    parser.close()
    body = "".join(parser.article_parts) if "".join(parser.article_parts).strip() else "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in body.splitlines()]
    lines = [ln for ln in lines if ln]
    title = (parser.h1 or parser.title or "").strip()
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return "\n\n".join(lines), parser.published


# --- boilerplate --------------------------------------------------------------

# A line that starts a comment form or share block: it and everything after it
# is page furniture when it sits in the last part of the page.
TAIL_MARKERS = re.compile(
    r"^\s*(добавить комментарий|оставить комментарий|комментарии\s*\(?\d*\)?|leave a (reply|comment)|"
    r"post a comment|\d+\s+comments?|comments?|share this( article| story)?|поделиться|"
    r"related (articles|news|stories)|читайте также|most read|популярное|подписывайтесь)\s*:?\s*$",
    re.IGNORECASE,
)
# Single boilerplate lines wherever they stand.
BOILERPLATE_LINES = re.compile(
    r"^\s*("
    r"read more\s*:.*|читайте (также|далее)\s*:.*|see also\s*:.*|"
    r".*can also be accessed at the following alternate address.*|.*alternate address(es)?\s*:?\s*|"
    r"ваш адрес email не будет опубликован.*|your email address will not be published.*|"
    r"обязательные поля помечены.*|required fields are marked.*|"
    r"этот сайт использует akismet.*|this site uses akismet.*|"
    r"(share|tweet|email|print)( on (facebook|twitter|x|telegram|vk|whatsapp))?|"
    r"follow us on .*|подписывайтесь на .*|"
    r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?|https?://\S+"
    r")\s*$",
    re.IGNORECASE,
)
# Navigation breadcrumbs: "News / Russia / Editor's Choice", "Главная » Новости".
BREADCRUMB = re.compile(r"^\s*[^.!?:;\n]{1,40}(\s*(/|»|›|>|\|)\s*[^.!?:;\n/»›>|]{1,40}){1,6}\s*$")
# A numeric id glued to the first word of a line: "1096779Four Russian".
GLUED_ID = re.compile(r"^(\d{5,})(?=[A-ZА-ЯЁ«\"“])")


def _is_short_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[.!?:;,»\"”]$", line.strip()) and not re.search(r"\d{4}", line)


def clean(text: str) -> tuple[str, list]:
    """Remove web boilerplate; return the cleaned text and what was removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    removed = []
    kept: list[str] = []
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if TAIL_MARKERS.match(stripped) and i >= n * 0.5:
            removed.append(("tail", "\n".join(lines[i:]).strip()))
            break
        if BOILERPLATE_LINES.match(stripped):
            removed.append(("line", stripped))
            continue
        if BREADCRUMB.match(stripped) and len(re.findall(r"\s(/|»|›|>|\|)\s", stripped)) >= 1 and i < n * 0.3:
            removed.append(("breadcrumb", stripped))
            continue
        m = GLUED_ID.match(stripped)
        if m:
            removed.append(("glued-id", m.group(1)))
            stripped = stripped[m.end():]
        kept.append(re.sub(r"[ \t]+", " ", stripped))
    # Section labels dangling at the very end ("Новости", "Press TV News Roku").
    while kept and (not kept[-1] or _is_short_label(kept[-1])):
        if kept[-1]:
            removed.append(("tail-label", kept[-1]))
        kept.pop()
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned, removed


# --- metadata ------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    cyr = len(CYRILLIC.findall(text))
    lat = len(LATIN.findall(text))
    return "ru" if cyr > lat else "en"


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


def _month(word: str) -> Optional[int]:
    from bellink.ingest.timex import month_number

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
    for line in text.split("\n")[:8]:
        line = line.strip()
        if not line:
            continue
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
        for pat in (DATE_LINE, DATE_LINE_MDY):
            m = pat.match(line)
            if m and _month(m.group("month")):
                try:
                    out["published"], _ = _iso(m.group("year"), _month(m.group("month")), m.group("day"))
                    return out
                except ValueError:
                    pass
        m = DATE_LINE_NUMERIC.match(line)
        if m:
            y, mo, d = (m.group("year"), m.group("month"), m.group("day")) if m.group("year") else (
                m.group("y2"), m.group("m2"), m.group("d2"))
            try:
                out["published"], _ = _iso(y, int(mo), d)
                return out
            except ValueError:
                pass
    return out


def _normalize_outlet(name: str) -> str:
    name = re.sub(r"\.(RU|BY|COM|ORG)$", "", name.strip(), flags=re.IGNORECASE)
    return name.title() if name.isupper() and len(name) > 4 else name


# --- manifest -----------------------------------------------------------------

def load_manifest(folder: Path) -> dict:
    """A folder's manifest.json: {file stem: {outlet, published, lang, ...}}."""
    f = folder / "manifest.json"
    if not f.is_file():
        return {}
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LoadError(f"{f}: unreadable manifest ({exc})") from None
    if isinstance(data, dict) and "documents" in data and isinstance(data["documents"], dict):
        data = data["documents"]
    if not isinstance(data, dict):
        raise LoadError(f"{f}: manifest must map file names to their metadata")
    return data


def _precision_of(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def load_document(
    path: Path,
    *,
    doc_id: Optional[str] = None,
    manifest: Optional[dict] = None,
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    lang: Optional[str] = None,
) -> Document:
    """Read one file into a cleaned Document with its metadata and where each value came from."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"too large ({size // 1024 // 1024} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(exc.strerror or str(exc)) from None
    raw, encoding = decode(data)
    html_date = None
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", raw[:200], re.I):
        raw, html_date = html_to_text(raw)
    text, removed = clean(raw)
    if not text.strip():
        raise LoadError("no article text left after removing boilerplate")
    doc = Document(
        id=doc_id or path.stem,
        text=text,
        path=str(path.resolve()),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        removed=removed,
    )
    doc.title = text.split("\n", 1)[0].strip()[:300]
    meta = (manifest or {}).get(path.stem) or (manifest or {}).get(path.name) or {}

    if lang:
        doc.lang, doc.lang_source = lang, "flag"
    elif meta.get("lang"):
        doc.lang, doc.lang_source = meta["lang"], "manifest"
    else:
        doc.lang, doc.lang_source = detect_language(text), "detected"

    dateline = find_dateline(text)
    if outlet:
        doc.outlet, doc.outlet_source = outlet, "flag"
    elif meta.get("outlet"):
        doc.outlet, doc.outlet_source = meta["outlet"], "manifest"
    elif dateline.get("outlet"):
        doc.outlet, doc.outlet_source = _normalize_outlet(dateline["outlet"]), "dateline"

    if published:
        doc.published, doc.published_source = published, "flag"
    elif meta.get("published"):
        doc.published, doc.published_source = str(meta["published"]), "manifest"
    elif dateline.get("published"):
        doc.published, doc.published_source = dateline["published"], "dateline"
    elif html_date and re.match(r"\d{4}-\d{2}-\d{2}", html_date):
        doc.published, doc.published_source = html_date[:10], "html"
    if doc.published and dateline.get("partial") and len(doc.published) == 4:
        # a year from the flag or manifest completes a dateline that gives only day and month
        try:
            candidate = doc.published + dateline["partial"][1:]
            import datetime as dt

            dt.date.fromisoformat(candidate)
            doc.published = candidate
        except ValueError:
            pass
    if doc.published:
        doc.published_precision = _precision_of(doc.published)
    return doc
