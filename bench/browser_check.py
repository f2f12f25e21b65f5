"""Check bellink's web views in a real headless browser (Debian's Chromium).

    python bench/browser_check.py [--screenshots DIR]

Ingests the bundled seeds into a temporary database, starts ``bellink serve`` on a free port
and loads pages in Chromium: the index, the deliveries table with its facets, a full-text
search over sentences, the who-said canned query with a parameter; then opens a ``bellink
report`` file from disk with the network off and checks that its chart was drawn. Screenshots go
to a temporary folder (or --screenshots DIR), never into the repository. Exits non-zero, naming
the page, when anything is missing. ``bench/browser_check.sh`` installs Chromium first; CI runs it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("browser check: Chromium is not installed (bench/browser_check.sh installs it)")


def browse(url: str, profile: str, shot: Path | None = None) -> str:
    """The DOM after scripts ran (and a screenshot when asked)."""
    base = [chromium(), *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=8000"]
    dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    if shot is not None:
        subprocess.run([*base, f"--screenshot={shot}", url], capture_output=True, timeout=120)
    return dom


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenshots", help="folder for the screenshots (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bellink-browser-"))
    shots = Path(args.screenshots) if args.screenshots else work / "shots"
    shots.mkdir(parents=True, exist_ok=True)
    db = work / "bellink.db"
    env = {**os.environ, "BELLINK_DB": str(db)}
    bellink = [sys.executable, "-m", "bellink"]
    subprocess.run([*bellink, "ingest"], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*bellink, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        root = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                urllib.request.urlopen(root + "/-/versions.json", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        pages = [
            ("index", f"{root}/", ["bellink: Russia-Belarus military cooperation", "entities"]),
            ("deliveries with facets", f"{root}/bellink/deliveries",
             ["The arms-transfer register", "facet-status", "in_service", "S-400 Triumf"]),
            ("sentence search", f"{root}/bellink/sentences?_search=Iskander", ["Iskander", "sentences"]),
            ("who-said canned query", f"{root}/bellink/who_said?name=Ravkov", ["Andrei Ravkov", "Who said what"]),
        ]
        for name, url, needles in pages:
            dom = browse(url, str(work / "profile"), shots / (name.replace(" ", "_") + ".png"))
            missing = [n for n in needles if n not in dom]
            print(f"{'ok ' if not missing else 'FAIL'} {name}: {url}" + (f" (missing {missing})" if missing else ""))
            if missing:
                failures.append(name)
        report = work / "s400.html"
        subprocess.run([*bellink, "report", "--system", "S-400", "-o", str(report)], env=env, check=True,
                       capture_output=True)
        dom = browse(report.as_uri(), str(work / "profile"), shots / "report.png")
        drawn = "main-svg" in dom and "S-400 Triumf" in dom
        print(f"{'ok ' if drawn else 'FAIL'} offline report chart: {report}")
        if not drawn:
            failures.append("report")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"screenshots in {shots}")
    if failures:
        print(f"browser check failed: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("browser check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
