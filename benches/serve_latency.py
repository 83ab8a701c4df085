#!/usr/bin/env python3
"""Save-to-served latency of `dossier serve` (issue 4): edit one article of a large site and
poll its page over HTTP until the new text is served.

Usage: python3 benches/serve_latency.py DOSSIER_BINARY SITE [EDITS]
SITE is copied to a temporary folder first (articles get edited), e.g. /tmp/corpus/dossier from
`python3 ../shared/bench/gen_corpus.py /tmp/corpus 10000`.
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(url, text, timeout=600.0, pause=0.002):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if text in fetch(url):
            return time.monotonic() - started
        time.sleep(pause)
    raise SystemExit(f"timed out waiting for {text!r} at {url}")


def main():
    binary, site = os.path.abspath(sys.argv[1]), sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    tmp = tempfile.mkdtemp(prefix="dossier-latency-")
    root = os.path.join(tmp, "site")
    shutil.copytree(site, root, ignore=shutil.ignore_patterns("public"))
    article = sorted(glob.glob(os.path.join(root, "content", "**", "*.md"), recursive=True))[0]
    with open(article, encoding="utf-8") as f:
        original = f.read()
    # A body line unique enough to find the article's page in the output.
    body = [l for l in original.split("+++", 2)[2].splitlines() if l.strip()][0][:60]
    port = free_port()
    server = subprocess.Popen(
        [binary, "serve", "--port", str(port)], cwd=root,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        started = time.monotonic()
        wait_for(base + "sitemap.xml", "<urlset", pause=0.2)
        print(f"first build served after {time.monotonic() - started:.1f} s")
        pages = glob.glob(os.path.join(root, "public", "articles", "*", "index.html"))
        page = next(p for p in pages if body in open(p, encoding="utf-8").read())
        url = base + os.path.relpath(os.path.dirname(page), os.path.join(root, "public")) + "/"
        for n in range(1, edits + 1):
            marker = f"Latency marker {n} {time.time()}"
            with open(article, "w", encoding="utf-8") as f:
                f.write(f"{original}\n{marker}\n")
            latency = wait_for(url, marker)
            print(f"edit {n}: served after {latency * 1000:.0f} ms")
            time.sleep(3)  # let the rebuild finish (search index) before the next edit
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
