#!/usr/bin/env python3
"""Build the synthetic news corpus with dossier, Hugo (when installed) and the physical floor,
side by side in one run, and print wall time, peak memory and ratios.

usage: benches/compare.py [--articles N] [--growth M] [--runs R] [--work DIR] [--shared DIR] [--keep]

Steps: generates the corpus with shared/bench/gen_corpus.py (reused when present), builds the
floor and dossier in release mode, then builds each tree R times after one warm-up run (the
output folder already exists in the timed runs, for every tool alike) and reports the median.
Memory is the peak resident set of the build process (from wait4's rusage). With --growth M, the
floor and dossier are also built from an M-article corpus in the same run, and a second table
shows how their time and memory grew (the performance issue asks for at most 12x from 10,000 to
100,000 articles).

The machines this runs on are noisy: compare the ratios, not the single times.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, cwd=None):
    """Runs a command, returns (wall seconds, peak RSS in MB); fails loudly on error."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err}")
    return wall, usage.ru_maxrss / 1024


def measure(name, cmd, runs, cwd=None):
    run(cmd, cwd)  # warm-up: caches, and the output folder exists for every tool alike
    times, mems = [], []
    for _ in range(runs):
        wall, mem = run(cmd, cwd)
        times.append(wall)
        mems.append(mem)
    print(f"  {name}: " + ", ".join(f"{t:.2f}s" for t in times), file=sys.stderr)
    return statistics.median(times), max(mems)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--growth", type=int, help="also build the floor and dossier at this size")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default="/tmp/dossier-bench")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared", "bench"))
    ap.add_argument("--keep", action="store_true", help="keep the outputs")
    a = ap.parse_args()

    corpus = make_corpus(a, a.articles)
    # The raw-text variant needs a site around its content/ folder.
    txt_site = os.path.join(corpus, "txt")
    if not os.path.exists(os.path.join(txt_site, "site.toml")):
        shutil.copy(os.path.join(corpus, "dossier", "site.toml"), os.path.join(txt_site, "site.toml"))

    print("building dossier and the floor (release)", file=sys.stderr)
    subprocess.check_call(["cargo", "build", "--release", "--quiet"], cwd=REPO)
    floor_target = os.path.join(a.work, "floor-target")
    subprocess.check_call(["cargo", "build", "--release", "--quiet", "--manifest-path",
                           os.path.join(a.shared, "floor", "Cargo.toml"), "--target-dir", floor_target])
    dossier = os.path.join(REPO, "target", "release", "dossier")
    floor = os.path.join(floor_target, "release", "floor")
    out = lambda n: os.path.join(a.work, "out-" + n)

    rows = []
    rows.append(("floor (read + pulldown-cmark + write)",) + measure(
        "floor", [floor, os.path.join(corpus, "dossier", "content", "articles"), out("floor")], a.runs))
    rows.append(("dossier, Markdown, every page kind + search",) + measure(
        "dossier", [dossier, "build", "--root", os.path.join(corpus, "dossier"), "--output", out("dossier")], a.runs))
    rows.append(("dossier, raw .txt with extraction",) + measure(
        "dossier-txt", [dossier, "build", "--root", txt_site, "--output", out("txt")], a.runs))
    hugo = shutil.which("hugo")
    if hugo:
        rows.append(("Hugo (minimal templates)",) + measure(
            "hugo", [hugo, "--quiet", "-s", os.path.join(corpus, "hugo"), "-d", out("hugo")], a.runs))
    else:
        print("  hugo not installed: apt-get install -y hugo", file=sys.stderr)

    floor_t = rows[0][1]
    dossier_t = rows[1][1]
    print(f"\n{a.articles} articles, median of {a.runs} runs, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}\n")
    print("| build | wall | peak memory | × floor | × dossier |")
    print("|---|---|---|---|---|")
    for name, t, mem in rows:
        print(f"| {name} | {t:.2f} s | {mem:.0f} MB | {t / floor_t:.1f} | {t / dossier_t:.2f} |")
    if a.growth:
        big = make_corpus(a, a.growth)
        grown = [
            ("floor",) + measure("floor-" + str(a.growth), [
                floor, os.path.join(big, "dossier", "content", "articles"), out("floor-big")], a.runs),
            ("dossier, Markdown",) + measure("dossier-" + str(a.growth), [
                dossier, "build", "--root", os.path.join(big, "dossier"), "--output", out("dossier-big")], a.runs),
        ]
        print(f"\nfrom {a.articles} to {a.growth} articles ({a.growth / a.articles:g}x), same run\n")
        print(f"| build | wall at {a.articles} | wall at {a.growth} | time grew | memory at {a.growth} |")
        print("|---|---|---|---|---|")
        for (name, big_t, big_mem), small_t in zip(grown, (floor_t, dossier_t)):
            print(f"| {name} | {small_t:.2f} s | {big_t:.2f} s | {big_t / small_t:.1f}x | {big_mem:.0f} MB |")
    if not a.keep:
        for n in ("floor", "dossier", "txt", "hugo", "floor-big", "dossier-big"):
            shutil.rmtree(out(n), ignore_errors=True)


def make_corpus(a, articles):
    """The corpus folder for `articles` articles, generated when missing."""
    corpus = os.path.join(a.work, f"corpus-{articles}")
    if not os.path.isdir(os.path.join(corpus, "txt")):
        print(f"generating {articles} articles into {corpus}", file=sys.stderr)
        subprocess.check_call([sys.executable, os.path.join(a.shared, "gen_corpus.py"), corpus, str(articles)])
    return corpus


if __name__ == "__main__":
    main()
