"""Articles as users have them: record dumps, metadata that sticks, refusals, duplicates, Markdown.

Every refusal is checked for its one line on stderr, its non-zero exit, and a database left
exactly as it was (or not created at all when nothing could be ingested).
"""
import gzip
import os
import json
import shutil
import sqlite3

import pytest

from conftest import DATA
from test_ingest_cli import snapshot

PAGES = DATA / "pages"
EN = ("Belarus received S-400 systems from Russia in 2022, the defence ministry said in a statement on Monday. "
      "The systems were deployed near Grodno.")
RU = "Белоруссия получила от России зенитные ракетные комплексы С-400, сообщило министерство обороны в понедельник."


def docs(db_path, *cols):
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"select {', '.join(('id',) + cols)} from documents order by id").fetchall()
    conn.close()
    return {r[0]: r[1:] for r in rows}


def write_jsonl(path, records, extra_lines=()):
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


RECORDS = [
    {"id": "tass-1001", "url": "https://tass.com/defense/1001", "title": "Belarus receives Su-30SM fighters",
     "text": "MINSK, November 12. /TASS/. The Belarusian Air Force has received four Su-30SM fighters from Russia, "
             "the defense ministry said on Tuesday.",
     "published": "2019-11-12T10:00:00+03:00", "outlet": "TASS", "lang": "en"},
    {"url": "https://www.belta.by/society/view/khrenin-123/", "html": (PAGES / "belta_ru.html").read_text("utf-8")},
    {"title": "Talks in Minsk", "text": RU, "date": "2021-06", "source": {"id": "interfax", "name": "Interfax"}},
]


# --- record dumps ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_dump_gives_one_document_per_record_with_its_metadata(run_json, tmp_path, db_path, name):
    dump = write_jsonl(tmp_path / name, RECORDS)
    rows = run_json("ingest", str(dump))
    assert [(r["path"].rsplit(":", 1)[1], r["status"]) for r in rows] == [("1", "new"), ("2", "new"), ("3", "new")]
    stored = docs(db_path, "title", "outlet", "outlet_source", "published", "published_source", "lang",
                  "lang_source")
    hash_id = rows[2]["document"]
    assert hash_id.startswith("sha-")
    assert stored == {
        # its id
        "tass-1001": ("Belarus receives Su-30SM fighters", "TASS", "record", "2019-11-12", "record", "en", "record"),
        # no id: its URL, without scheme, www. and trailing slash; the page gives title, outlet, date
        "belta.by/society/view/khrenin-123": (
            "Хренин: поставки новых комплексов Тор-М2 в Беларусь завершатся до конца года", "БелТА", "html",
            "2023-05-29", "html", "ru", "html"),
        # neither: a hash of the text; outlet from NewsAPI-style {"source": {"name": ...}}
        hash_id: ("Talks in Minsk", "Interfax", "record", "2021-06", "record", "ru", "detected"),
    }
    # the title opens the stored text, as it does for files
    conn = sqlite3.connect(db_path)
    assert conn.execute("select text from documents where id = 'tass-1001'").fetchone()[0].startswith(
        "Belarus receives Su-30SM fighters\n\nMINSK, November 12.")
    # ids are stable: the same dump again changes nothing
    before = snapshot(db_path)
    assert {r["status"] for r in run_json("ingest", str(dump))} == {"unchanged"}
    assert snapshot(db_path) == before


def test_a_failing_record_is_reported_with_its_line_and_the_rest_go_on(run, tmp_path, db_path):
    dump = write_jsonl(tmp_path / "dump.jsonl", [
        RECORDS[0],
        {"title": "Bad date", "text": EN, "published": "March 2023"},
        {"title": "No text here"},
    ], extra_lines=["{not json", "", json.dumps({"id": "last", "text": EN.replace("Grodno", "Brest")})])
    result = run("ingest", str(dump), "--json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [(r["path"].rsplit(":", 1)[1], r["status"]) for r in rows] == [
        ("1", "new"), ("2", "failed"), ("3", "failed"), ("4", "failed"), ("6", "new")]
    errors = result.stderr.strip().split("\n")
    assert errors == [
        f"Error: {dump}:2: published 'March 2023' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
        f"Error: {dump}:3: no article text (none of the fields text, content, maintext, article, html, raw_html;"
        " name yours with --field text=NAME)",
        f"Error: {dump}:4: not JSON (Expecting property name enclosed in double quotes at column 2)",
    ]
    assert set(docs(db_path)) == {"tass-1001", "last"}


@pytest.mark.parametrize("gz", [False, True])
def test_a_record_with_bytes_that_are_not_utf8_fails_alone_with_its_path_and_line(run, tmp_path, db_path, gz):
    # The first megabyte is neither UTF-8 nor a legacy code page: the file used to be refused whole,
    # in a line without its path ("Error: not UTF-8, and not UTF-8, and cannot tell ...").
    good = json.dumps(RECORDS[0], ensure_ascii=False).encode("utf-8")
    last = json.dumps({"id": "last", "text": RU}, ensure_ascii=False).encode("utf-8")
    data = good + b"\n" + b'{"id": "bad", "text": "broken \xff\xfe bytes"}\n' + b"\x00\xff\n" + last + b"\n"
    dump = tmp_path / ("dump.jsonl.gz" if gz else "dump.jsonl")
    dump.write_bytes(gzip.compress(data) if gz else data)
    result = run("ingest", str(dump))
    assert result.exit_code == 1
    assert result.stderr.strip().split("\n") == [
        f"Error: {dump}:2: not UTF-8 (the rest of the file is)",
        f"Error: {dump}:3: not JSON (Expecting value at column 1)",
    ]
    assert set(docs(db_path)) == {"tass-1001", "last"}
    assert "Белоруссия" in docs(db_path, "text")["last"][0]


def test_field_option_maps_other_names_and_csv_rows_are_records(run, run_json, tmp_path, db_path):
    csv_file = tmp_path / "export.csv"
    csv_file.write_text(
        "uid,headline,body,when,paper\n"
        f"a-1,Air defence talks,\"{EN}\n\nA second paragraph spans lines.\",2022-03-01,Minsk Herald\n"
        f"a-2,Russian text,\"{RU}\",2021,BelTA\n", encoding="utf-8")
    rows = run_json("ingest", str(csv_file), "--field", "text=body", "--field", "id=uid",
                    "--field", "published=when", "--field", "outlet=paper")
    # a row's line is where it starts in the file, even after a row that spans lines
    assert [(r["path"].rsplit(":", 1)[1], r["document"], r["status"]) for r in rows] == [
        ("2", "a-1", "new"), ("5", "a-2", "new")]
    assert docs(db_path, "title", "outlet", "published", "published_precision", "lang") == {
        "a-1": ("Air defence talks", "Minsk Herald", "2022-03-01", "day", "en"),
        "a-2": ("Russian text", "BelTA", "2021", "year", "ru"),
    }
    bad = run("ingest", str(csv_file), "--field", "body=text")
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "'body=text'" in bad.stderr


def test_dotted_field_reaches_into_an_object(run_json, tmp_path, db_path):
    dump = write_jsonl(tmp_path / "d.jsonl", [{"id": "n1", "article": {"body": EN}, "meta": {"site": "Reuters"}}])
    run_json("ingest", str(dump), "--field", "text=article.body", "--field", "outlet=meta.site")
    assert docs(db_path, "outlet", "outlet_source") == {"n1": ("Reuters", "record")}


# --- metadata that sticks -------------------------------------------------------------------

def test_flags_given_once_stick_and_an_unchanged_file_stays_unchanged(run_json, tmp_path, db_path):
    c2 = tmp_path / "c2"
    (c2 / "tass").mkdir(parents=True)
    (c2 / "tass" / "a1.txt").write_text("Iskander talks\n\n" + EN + "\n", encoding="utf-8")
    shutil.copy(PAGES / "article_en.html", c2 / "herald.html")
    first = run_json("ingest", str(c2 / "tass"), "--outlet", "TASS", "--published", "2023-06-03")
    assert [r["status"] for r in first] == ["new"]
    second = run_json("ingest", str(c2))
    assert {r["document"]: r["status"] for r in second} == {"a1": "unchanged", "herald": "new"}
    assert docs(db_path, "outlet", "outlet_source", "published", "published_source")["a1"] == (
        "TASS", "flag", "2023-06-03", "flag")
    before = snapshot(db_path)
    assert {r["status"] for r in run_json("ingest", str(c2))} == {"unchanged"}
    assert snapshot(db_path) == before
    # a new flag is of the same rank: it replaces the old one
    assert run_json("ingest", str(c2 / "tass"), "--outlet", "Interfax")[0]["status"] == "updated"
    assert docs(db_path, "outlet", "published")["a1"] == ("Interfax", "2023-06-03")


def test_manifest_values_stick_when_the_manifest_entry_goes(run_json, tmp_path, db_path):
    (tmp_path / "a.txt").write_text("Title\n\n" + EN + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"a": {"outlet": "BelTA", "published": "2022-12-20"}}')
    run_json("ingest", str(tmp_path))
    (tmp_path / "manifest.json").unlink()
    assert run_json("ingest", str(tmp_path))[0]["status"] == "unchanged"
    assert docs(db_path, "outlet", "published", "published_source") == {"a": ("BelTA", "2022-12-20", "manifest")}


def test_values_read_from_the_text_follow_the_text(run_json, tmp_path, db_path):
    f = tmp_path / "note.txt"
    f.write_text("Talks\n\nMINSK, May 29, 2023 — " + EN + "\n", encoding="utf-8")
    run_json("ingest", str(f))
    f.write_text("Talks\n\n" + EN + "\n", encoding="utf-8")
    assert run_json("ingest", str(f))[0]["status"] == "updated"
    assert docs(db_path, "published") == {"note": (None,)}


# --- refusals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("manifest, message", [
    ({"a": {"published": "March 2023"}}, "'a': published 'March 2023' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"a": {"lang": "klingon"}}, "'a': lang 'klingon' is not a language bellink reads (en or ru)"),
    ({"a": "BelTA"}, "'a' must map to an object"),
])
def test_bad_manifest_is_one_line_and_leaves_the_database_as_it_was(run, run_json, tmp_path, db_path,
                                                                     manifest, message):
    keep = tmp_path / "keep.txt"
    keep.write_text("Kept\n\n" + EN + "\n", encoding="utf-8")
    run_json("ingest", str(keep))
    before = snapshot(db_path)
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\n" + RU + "\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest))
    result = run("ingest", str(folder))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr and "FOREIGN KEY" not in result.stderr
    assert snapshot(db_path) == before


def test_manifest_accepts_language_names_and_iso_datetimes(run_json, tmp_path, db_path):
    (tmp_path / "a.txt").write_text("Title\n\n" + EN + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"a": {"lang": "English", "published": "2023-05-29T10:15:00Z"}}')
    run_json("ingest", str(tmp_path))
    assert docs(db_path, "lang", "published") == {"a": ("en", "2023-05-29")}


def test_lang_flag_against_the_script_warns_and_the_text_wins_unless_forced(run, tmp_path, db_path):
    f = tmp_path / "en.txt"
    f.write_text("Title\n\n" + EN + "\n", encoding="utf-8")
    result = run("ingest", str(f), "--lang", "ru", "--json")
    assert result.exit_code == 0
    assert result.stderr == (f"Warning: {f}: --lang ru contradicts the text, which is English; using en "
                             "(add --force to keep it)\n")
    assert docs(db_path, "lang", "lang_source") == {"en": ("en", "detected")}
    forced = run("ingest", str(f), "--lang", "ru", "--force", "--json")
    assert forced.exit_code == 0 and "kept (--force)" in forced.stderr
    assert docs(db_path, "lang", "lang_source") == {"en": ("ru", "flag")}


@pytest.mark.parametrize("name, data, what", [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    ("report.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", "a ZIP archive"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", "a JPEG image"),
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
])
def test_unsupported_types_are_refused_by_their_bytes_and_create_nothing(run, tmp_path, db_path, name, data, what):
    f = tmp_path / name
    f.write_bytes(data)
    result = run("ingest", str(f))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Error: {f}: {what}" + result.stderr.split(what, 1)[1]
    assert result.stderr.count("\n") == 1
    assert not db_path.exists()


def test_refused_type_leaves_an_existing_database_as_it_was(run, run_json, tmp_path, db_path):
    keep = tmp_path / "keep.txt"
    keep.write_text("Kept\n\n" + EN + "\n", encoding="utf-8")
    run_json("ingest", str(keep))
    before = snapshot(db_path)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert run("ingest", str(pdf)).exit_code == 1
    assert snapshot(db_path) == before


def test_missing_path_creates_no_database_and_prints_no_summary(run, tmp_path, db_path):
    result = run("ingest", str(tmp_path / "nothere.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {tmp_path / 'nothere.txt'}: no such file or directory\n"
    assert not db_path.exists()
    assert list(tmp_path.iterdir()) == []


# --- Markdown ---------------------------------------------------------------------------------

def test_markdown_markup_is_stripped_and_offsets_point_into_the_stored_text(run_json, tmp_path, db_path):
    md = tmp_path / "brief.md"
    md.write_text(
        "# Belarus gets S-400 systems\n\n"
        "*MINSK, May 29, 2023* — **Belarus** has received [S-400](https://example.org/s400) systems from "
        "Russia, Defence Minister _Viktor Khrenin_ said.\n\n"
        "![a launcher](launcher.jpg)\n\n"
        "## Background\n\n"
        "> The deliveries were agreed in 2021.\n\n"
        "* Iskander systems arrived earlier.\n", encoding="utf-8")
    run_json("ingest", str(md))
    conn = sqlite3.connect(db_path)
    title, text, published = conn.execute("select title, text, published from documents").fetchone()
    assert title == "Belarus gets S-400 systems"
    assert text == (
        "Belarus gets S-400 systems\n\n"
        "MINSK, May 29, 2023 — Belarus has received S-400 systems from Russia, Defence Minister Viktor Khrenin said."
        "\n\nBackground\n\nThe deliveries were agreed in 2021.\n\n- Iskander systems arrived earlier.")
    assert published == "2023-05-29"
    for sentence_text, start, stop in conn.execute("select text, start, stop from sentences"):
        assert text[start:stop] == sentence_text
    for mention, start, stop in conn.execute("select text, start, stop from mentions"):
        assert text[start:stop] == mention


# --- duplicates -------------------------------------------------------------------------------

def test_the_same_article_reached_twice_is_a_duplicate_of_the_first(run, run_json, tmp_path, db_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(PAGES / "belta_ru.html", folder / "a-first.html")
    shutil.copy(PAGES / "belta_ru.html", folder / "b-copy.html")  # byte-identical
    # the same article saved from a mirror: other chrome, other bytes, the same text
    mirror = (PAGES / "belta_ru.html").read_text("utf-8").replace(
        "Популярное", "Самое читаемое").replace("Курс валют на 30 мая", "Афиша выходных")
    (folder / "c-mirror.html").write_text(mirror, encoding="utf-8")
    rows = run_json("ingest", str(folder))
    assert [(r["document"], r["status"], r["message"]) for r in rows] == [
        ("a-first", "new", ""), ("a-first", "duplicate", "duplicate of a-first"),
        ("a-first", "duplicate", "duplicate of a-first")]
    assert set(docs(db_path)) == {"a-first"}
    # --force re-extracts; it does not store the same article twice
    forced = run_json("ingest", str(folder), "--force")
    assert [r["status"] for r in forced] == ["updated", "duplicate", "duplicate"]
    # a record of the same text in a dump is a duplicate too
    dump = write_jsonl(tmp_path / "d.jsonl", [{"id": "x", "html": mirror}])
    assert run_json("ingest", str(dump))[0]["status"] == "duplicate"
    summary = run("ingest", str(folder))
    assert "duplicate" in summary.stdout


def test_a_folder_holding_only_a_dump_says_to_name_it(run, tmp_path, db_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    write_jsonl(folder / "may.jsonl", [RECORDS[0]])
    result = run("ingest", str(folder))
    assert result.exit_code == 1 and not db_path.exists()
    assert result.stderr.strip().endswith(f"record dumps are read when named, e.g. bellink ingest {folder / 'may.jsonl'}")


@pytest.mark.parametrize("value, expected", [
    ("2023-05-29T10:15:00+03:00", "2023-05-29"),
    ("2023-05-29 10:15", "2023-05-29"),
    ("29.05.2023", "2023-05-29"),
    ("Mon, 29 May 2023 10:15:00 +0300", "2023-05-29"),
    (1685355300, "2023-05-29"),
    ("1685355300000", "2023-05-29"),
    (2023, "2023"),
    ("2023-05", "2023-05"),
])
def test_record_dates_in_the_forms_dumps_carry(value, expected):
    from bellink.ingest.load import normalize_date

    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["March 2023", "late May", "2023-13-01", "31.02.2023", "yesterday"])
def test_what_is_not_a_date_is_refused(value):
    from bellink.ingest.load import normalize_date

    with pytest.raises(ValueError, match="is not a date"):
        normalize_date(value)


def test_bad_manifest_on_a_new_database_creates_nothing(run, tmp_path, db_path):
    (tmp_path / "a.txt").write_text("Title\n\n" + EN + "\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"a": {"lang": "english", "published": "spring"}}')
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Error: {tmp_path / 'manifest.json'}: 'a': published 'spring' is not a date; " \
                            "use YYYY, YYYY-MM or YYYY-MM-DD\n"
    assert not db_path.exists()


def test_a_browser_saved_page_folder_is_not_ingested_as_articles(run_json, tmp_path, db_path):
    shutil.copy(PAGES / "article_en.html", tmp_path / "su30.html")
    (tmp_path / "su30_files").mkdir()
    (tmp_path / "su30_files" / "ad-frame.html").write_text(
        "<html><body><p>Buy cheap flights to Minsk today! Best prices guaranteed for every traveller.</p>"
        "</body></html>", encoding="utf-8")
    rows = run_json("ingest", str(tmp_path))
    assert [r["document"] for r in rows] == ["su30"]


def test_a_json_array_is_refused_with_how_to_convert_it(run, tmp_path, db_path):
    f = tmp_path / "dump.json"
    f.write_text(json.dumps([RECORDS[0]]), encoding="utf-8")
    result = run("ingest", str(f))
    assert result.exit_code == 1 and not db_path.exists()
    assert result.stderr.count("\n") == 1 and "jq -c '.[]'" in result.stderr


@pytest.mark.parametrize("body, expected", [
    ("<p>Belarus got S-400 systems from Russia.</p><p>The ministry said so on Monday &amp; more.</p>",
     "Belarus gets S-400\n\nBelarus got S-400 systems from Russia.\n\nThe ministry said so on Monday & more."),
    ("Belarus got S-400 systems from Russia &amp; more, the ministry said on Monday.",
     "Belarus gets S-400\n\nBelarus got S-400 systems from Russia & more, the ministry said on Monday."),
])
def test_markup_a_scraper_left_in_the_text_field_is_read_as_html(body, expected):
    from bellink.ingest.load.records import record_document

    doc = record_document({"id": "x", "title": "Belarus gets S-400", "text": body}, field_map={}, where=None,
                          path="dump.jsonl:1")
    assert (doc.text, doc.title) == (expected, "Belarus gets S-400")


def test_a_duplicate_is_named_on_stderr_in_table_mode(run, tmp_path, db_path):
    shutil.copy(PAGES / "article_en.html", tmp_path / "a.html")
    shutil.copy(PAGES / "article_en.html", tmp_path / "b.html")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr == f"Skipped: {tmp_path / 'b.html'}: duplicate of a\n"


def test_a_russian_spreadsheet_csv_in_windows_1251_with_semicolons(run_json, tmp_path, db_path):
    f = tmp_path / "export.csv"
    lines = ["id;title;text;date;source",
             f"e1;Talks;{EN};2023;TASS",
             f"r1;Поставки С-400;{RU};29.05.2023;БелТА"]
    f.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    out = run_json("ingest", str(f))
    assert [(r["path"].rsplit(":", 1)[1], r["status"]) for r in out] == [("2", "new"), ("3", "new")]
    assert docs(db_path, "title", "published", "outlet", "lang")["r1"] == ("Поставки С-400", "2023-05-29", "БелТА", "ru")


@pytest.mark.parametrize("fmt", ["--csv", "--tsv", "--json"])
def test_a_refused_run_prints_no_rows_and_no_header_in_any_format(run, tmp_path, fmt):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\n" + RU + "\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"a": {"published": "March 2023"}}))
    result = run("ingest", str(folder), fmt)
    assert result.exit_code == 1
    assert result.stdout == ""


def _folder_appearing_after_the_count(monkeypatch, tmp_path, manifest):
    """ingest walks its input twice (count, then read): make a folder appear between the two walks."""
    from bellink.ingest import pipeline

    root = tmp_path / "walk"
    (root / "a").mkdir(parents=True)
    (root / "a" / "first.txt").write_text("First\n\n" + EN + "\n", encoding="utf-8")
    walks = []
    real = pipeline.iter_articles

    def iter_articles(*args, **kwargs):
        walks.append(1)
        if len(walks) == 2:
            (root / "b").mkdir()
            (root / "b" / "late.txt").write_text("Late\n\n" + RU + "\n", encoding="utf-8")
            (root / "b" / "manifest.json").write_text(json.dumps(manifest))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "iter_articles", iter_articles)
    return root


def test_a_folder_that_appears_during_the_run_is_read_with_its_manifest(run, monkeypatch, tmp_path, db_path):
    root = _folder_appearing_after_the_count(monkeypatch, tmp_path,
                                             {"late": {"outlet": "BelTA", "published": "2022-12-20"}})
    result = run("ingest", str(root), "--json")
    assert result.exit_code == 0, result.output
    assert docs(db_path, "outlet", "published")["late"] == ("BelTA", "2022-12-20")


def test_a_bad_manifest_in_a_folder_that_appears_during_the_run_fails_its_files_only(run, monkeypatch, tmp_path,
                                                                                     db_path):
    root = _folder_appearing_after_the_count(monkeypatch, tmp_path, {"late": {"published": "March 2023"}})
    result = run("ingest", str(root), "--json")
    assert result.exit_code == 1
    rows = {os.path.basename(r["path"]): r for r in json.loads(result.stdout)}
    assert rows["first.txt"]["status"] == "new"
    assert rows["late.txt"]["status"] == "failed" and "not a date" in rows["late.txt"]["message"]
    assert set(docs(db_path, "outlet")) == {"first"}
