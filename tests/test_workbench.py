"""The workbench: SIPRI-style register, network export, HTML report and Datasette serving."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli

DATA = Path(__file__).parent / "data" / "workbench"


def invoke(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def disputed_db(tmp_path_factory):
    """Two reports of one delivery that disagree on the number of aircraft."""
    path = tmp_path_factory.mktemp("wb") / "wb.db"
    assert invoke(path, "ingest", str(DATA)).exit_code == 0
    return path


def test_sipri_register_rows_are_deals_with_cited_sources(seeded_db):
    rows = json.loads(invoke(seeded_db, "export", "sipri", "--json").output)
    by_system = {r["designation"]: r for r in rows}
    s400 = by_system["S-400 Triumf"]
    assert (s400["supplier"], s400["recipient"], s400["status"]) == ("Russia", "Belarus", "in_service")
    assert s400["delivery_years"] == "2022"
    assert "003_30802583c04b4f2c (delivered, 2022-12-24)" in s400["comments"]
    # one row per deal, not per stage
    assert len(rows) == len({(r["supplier"], r["recipient"], r["designation"]) for r in rows})


def test_sipri_register_filters_and_csv_header(seeded_db):
    result = invoke(seeded_db, "export", "sipri", "--system", "Iskander", "--csv")
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("supplier,recipient,designation,description,number_ordered")
    assert len(lines) == 2 and "Iskander" in lines[1]


def test_disagreeing_sources_are_marked_disputed(disputed_db):
    rows = {r["designation"]: r for r in json.loads(invoke(disputed_db, "export", "sipri", "--json").output)}
    assert rows["Su-30SM"]["disputed"] is True and "sources give 4, 6" in rows["Su-30SM"]["comments"]


def test_a_denial_in_another_source_disputes_the_stage(disputed_db):
    # one article reports two S-400 battalions delivered; a later one says none were
    (deal,) = json.loads(invoke(disputed_db, "deliveries", "--system", "S-400", "--lifecycle", "--json").stdout)
    assert [s["status"] for s in deal["stages"]] == ["delivered"]            # the denial is no delivery
    assert deal["disputed"] == ["delivered: s400_claim_en says so (2023-01), s400_denial_en denies it (2023-03-03)"]
    (denial,) = json.loads(invoke(disputed_db, "timeline", "--kind", "denial", "--json").stdout)
    assert denial["status"] == "delivered" and denial["document"] == "s400_denial_en"
    assert denial["fact_id"].startswith("n-")
    rows = {r["designation"]: r for r in json.loads(invoke(disputed_db, "export", "sipri", "--json").output)}
    assert rows["S-400 Triumf"]["disputed"] is True and "s400_denial_en denies it" in rows["S-400 Triumf"]["comments"]


def test_graph_export_has_supply_and_meeting_edges(seeded_db, tmp_path):
    import networkx as nx

    out = tmp_path / "net.graphml"
    result = invoke(seeded_db, "export", "graph", "-o", str(out))
    assert result.exit_code == 0
    g = nx.read_graphml(out)
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    supplies = [(labels[a], labels[b], d["system"]) for a, b, d in g.edges(data=True) if d["relation"] == "supplies"]
    assert ("Russia", "Belarus", "S-400 Triumf") in supplies
    assert any(d["relation"] == "meets" for _, _, d in g.edges(data=True))
    gexf = tmp_path / "net.gexf"
    assert invoke(seeded_db, "export", "graph", "-o", str(gexf)).exit_code == 0
    assert nx.read_gexf(gexf).number_of_nodes() == g.number_of_nodes()


def test_report_is_one_offline_file_with_chart_statements_and_sources(seeded_db, tmp_path):
    out = tmp_path / "s400.html"
    result = invoke(seeded_db, "report", "--system", "С-400", "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<h1>S-400 Triumf</h1>" in page
    assert "Plotly.newPlot" in page                      # the chart, with plotly's code inside the file
    assert "<script src=\"http" not in page and "cdn.plot.ly" not in page.split("Plotly.newPlot")[1]
    assert "003_30802583c04b4f2c" in page and "in_service" in page
    assert "Ravkov" in page or "Равков" in page          # a statement about the S-400


def test_report_written_to_a_link_or_a_pipe_goes_into_it_and_leaves_it_what_it_is(seeded_db, tmp_path):
    # the report was written to a temporary file renamed over the output: a link became a file of its
    # own and a pipe or device a regular file (as root, '-o /dev/null' deleted the machine's /dev/null)
    import stat
    import threading

    target = tmp_path / "real.html"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    assert invoke(seeded_db, "report", "--system", "S-400", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and "<h1>S-400 Triumf</h1>" in target.read_text(encoding="utf-8")

    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    assert invoke(seeded_db, "report", "--system", "S-400", "-o", str(fifo)).exit_code == 0
    reader.join(30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and "<h1>S-400 Triumf</h1>" in got[0]


def test_report_json_carries_the_same_facts(seeded_db, tmp_path):
    out = tmp_path / "r.html"
    data = json.loads(invoke(seeded_db, "report", "--system", "Iskander", "-o", str(out), "--json").stdout)
    assert data["subject"] == "Iskander" and data["output"] == str(out)
    assert {s["status"] for s in data["stages"]} == {"delivered", "in_service"}
    assert all(s["document"] in out.read_text(encoding="utf-8") for s in data["sources"])


def test_report_shows_disputes(disputed_db, tmp_path):
    out = tmp_path / "su30.html"
    assert invoke(disputed_db, "report", "--system", "Su-30SM", "-o", str(out)).exit_code == 0
    assert "class='disputed'>Su-30SM (Belarus): delivered: sources give 4, 6" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["report", "--system", "S-400", "-o", "/nonexistent-folder/x.html"], "folder /nonexistent-folder does not exist"),
    (["report", "--system", "Nosuchsystem", "-o", "x.html"], "no weapon system matches"),
    (["export", "graph", "-o", "/nonexistent-folder/x.graphml"], "does not exist"),
])
def test_workbench_refusals_are_one_line(seeded_db, args, message):
    result = CliRunner().invoke(cli, ["--db", str(seeded_db), *args])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_report_needs_exactly_one_subject(seeded_db, tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(seeded_db), "report", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2


def test_serve_metadata_describes_facets_search_and_canned_queries(seeded_db):
    meta = json.loads(invoke(seeded_db, "serve", "--json").output)
    db = meta["databases"][seeded_db.stem]
    assert {"status", "system", "supplier", "recipient"} <= set(db["tables"]["deliveries"]["facets"])
    assert {"language", "speaker_id"} <= set(db["tables"]["statements"]["facets"])
    assert db["tables"]["entities"]["label_column"] == "name"
    assert db["tables"]["sentences"]["fts_table"] == "sentences_fts"
    assert {"who_said", "system_timeline", "deal_lifecycle"} <= set(db["queries"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def test_serve_answers_facets_and_canned_queries(seeded_db):
    port = _free_port()
    env = {**os.environ, "BELLINK_DB": str(seeded_db)}
    proc = subprocess.Popen([sys.executable, "-m", "bellink", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/{seeded_db.stem}"
    try:
        for _ in range(600):  # Datasette took 16 s to start on the shared 2-core machine (load 20)
            try:
                _get(f"http://127.0.0.1:{port}/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        facets = _get(f"{base}/deliveries.json?_shape=objects")["facet_results"]
        assert "status" in facets
        statuses = {f["value"] for f in facets["status"]["results"]}
        assert {"delivered", "in_service"} <= statuses
        rows = _get(f"{base}/who_said.json?name=Ravkov&_shape=objects")["rows"]
        assert rows and all(r["speaker"] == "Andrei Ravkov" for r in rows)
        hits = _get(f"{base}/sentences.json?_search=Iskander&_shape=objects")["rows"]
        assert hits
        # a second server on the same port is refused in one line
        again = subprocess.run([sys.executable, "-m", "bellink", "serve", "--port", str(port)], env=env,
                               capture_output=True, text=True, timeout=30)
        assert again.returncode == 1 and f"port {port} on 127.0.0.1 is in use" in again.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # stopping bellink stopped its Datasette too: nothing answers on the port any more
    time.sleep(0.5)
    with pytest.raises(OSError):
        _get(f"http://127.0.0.1:{port}/-/versions.json")
