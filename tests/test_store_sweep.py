"""Review N2: the details objects of facts a re-ingest replaced do not stay behind in fact_details."""
import sqlite3

ORPHANS = ("select count(*) from fact_details where id not in (select details_id from statement_rows where details_id"
           " is not null) and id not in (select details_id from event_rows where details_id is not null)")


def test_a_replaced_version_leaves_no_details_behind(run, db_path, tmp_path):
    art = tmp_path / "news" / "note_en.txt"
    art.parent.mkdir()
    art.write_text("Belarus gets Tor-M2 batteries\n\nRussia delivered four Tor-M2 air defence systems to Belarus on "
                   "Monday, the Belarusian Defence Ministry said.\n", encoding="utf-8")
    assert run("ingest", str(art), "--published", "2019-05-14").exit_code == 0
    art.write_text("Belarus asks for S-400\n\nMinsk has asked Moscow for two S-400 battalions, Defence Minister Andrei "
                   "Ravkov told reporters on Tuesday. \"We need them,\" he added.\n", encoding="utf-8")
    assert run("ingest", str(art), "--published", "2019-06-11").exit_code == 0
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1
        assert conn.execute("select count(*) from fact_details").fetchone()[0] > 0  # the new version's are kept
        assert conn.execute(ORPHANS).fetchone()[0] == 0
    finally:
        conn.close()


def test_details_shared_with_another_document_stay(run, db_path, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    text = ("Belarus gets Tor-M2 batteries\n\nRussia delivered four Tor-M2 air defence systems to Belarus on Monday, the "
            "Belarusian Defence Ministry said.\n")
    (folder / "a_en.txt").write_text(text, encoding="utf-8")
    (folder / "b_en.txt").write_text(text.replace("four", "two"), encoding="utf-8")
    assert run("ingest", str(folder), "--published", "2019-05-14").exit_code == 0
    (folder / "a_en.txt").write_text(text.replace("Monday", "Sunday"), encoding="utf-8")
    assert run("ingest", str(folder), "--published", "2019-05-14").exit_code == 0
    conn = sqlite3.connect(db_path)
    try:
        missing = conn.execute("select count(*) from event_rows where details_id is not null and details_id not in"
                               " (select id from fact_details)").fetchone()[0]
        missing += conn.execute("select count(*) from statement_rows where details_id is not null and details_id not in"
                                " (select id from fact_details)").fetchone()[0]
        assert missing == 0
        assert conn.execute(ORPHANS).fetchone()[0] == 0
    finally:
        conn.close()
