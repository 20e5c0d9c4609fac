"""Time and memory of a build over a synthetic corpus made from the seed articles.

Each synthetic article is a seed article with its two countries replaced by another ordered
pair (names and demonyms), so the extraction does real work on real sentences. For each
corpus size it prints, each measured in a process of its own (wall time, and the peak
resident memory of the largest process):

- the bare extraction: finding, reading, parsing and extracting every file, in a pool of
  one process per core, without Dagster or the cache;
- Dagster's start-up: loading the code location (`dagster asset list`);
- a cold build, run as `scripts/build` does (`dagster asset materialize`), into empty
  folders;
- a rebuild after one article changed, and after none did.

    python benchmarks/build_benchmark.py --articles 2000 20000
    python benchmarks/build_benchmark.py --corpus FOLDER      # an existing corpus
    python benchmarks/build_benchmark.py --skip-bare ...      # not the bare extraction (the rules' cost alone)
    python benchmarks/build_benchmark.py --articles 20000 --work FOLDER    # keep the corpus and the builds
    python benchmarks/build_benchmark.py --work FOLDER --rebuilds-only     # rebuilds of a build kept there
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.extract.countries import countries

PROJECT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).parent / "dagster")
BARE_EXTRACTION = ("import sys\nfrom pipeline.extract.tables import extract_files\n"
                   "from pipeline.read.corpus import scan_corpus\n"
                   "extract_files(scan_corpus(sys.argv[1])[0])\n")


def _swap_pattern(iso3: str) -> re.Pattern:
    country = countries()[iso3]
    words = sorted({country.name, *country.demonyms}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")


def make_corpus(target: Path, count: int) -> None:
    """Write `count` articles: seed articles with their pair swapped for another ordered pair
    of countries (A–B and B–A are two articles), so every title is a different article."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    pool = sorted((c for c in countries().values() if len(c.name.split()) == 1 and c.iso3 != "XKX"),
                  key=lambda c: c.iso3)
    by_name = {c.name: c for c in countries().values()}
    target.mkdir(parents=True, exist_ok=True)
    for index, (a, b) in zip(range(count), itertools.permutations(pool, 2)):
        text = seeds[index % len(seeds)]
        for old, new in zip(("Albania", "Iceland" if index % 2 == 0 else "Israel"), (a, b)):
            demonym = sorted(new.demonyms, key=len)[0] if new.demonyms else new.name
            text = _swap_pattern(by_name[old].iso3).sub(
                lambda m, n=new, d=demonym, o=old: n.name if m.group(0) == o else d, text)
        (target / f"{index:05d}_{a.iso3}_{b.iso3}.txt").write_text(text, encoding="utf-8")


def _run(command: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (of `command` and its worker processes) and the peak resident
    MB of the largest of those processes."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise RuntimeError(f"{command[:3]} failed: {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _print(label: str, seconds: float, cpu: float, peak_mb: float, articles: int) -> None:
    print(f"  {label:<38}{seconds:8.2f} s wall {cpu:8.2f} s CPU {1000 * cpu / articles:6.2f} ms CPU/article"
          f"   peak RSS {peak_mb:6.0f} MB", flush=True)


def measure(corpus: Path, work: Path, bare_too: bool = True, cold_too: bool = True) -> None:
    """Print every figure for one corpus (only the rebuilds unless `cold_too`: the build kept
    in `work` is rebuilt)."""
    files = sorted(corpus.glob("*.txt"))
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files)} articles, {size:.1f} MB, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}",
          flush=True)
    bare = _run([sys.executable, "-c", BARE_EXTRACTION, str(corpus)]) if bare_too and cold_too else None
    if bare:
        _print("bare extraction (no Dagster)", *bare, len(files))
    env = {**os.environ, "PIPELINE_SEEDS_DIR": str(corpus), "PIPELINE_OUTPUTS_DIR": str(work / "out"),
           "DAGSTER_HOME": str(work / "dagster_home")}
    (work / "dagster_home").mkdir(parents=True, exist_ok=not cold_too)
    _print("Dagster start-up (dagster asset list)", *_run([DAGSTER, "asset", "list", "-m", "pipeline.definitions"],
                                                          env), len(files))
    build = [DAGSTER, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*"]
    if cold_too:
        cold = _run(build, env)
        _print("cold Dagster build", *cold, len(files))
    if bare:
        print(f"  {'cold build / bare extraction':<38}{cold[0] / bare[0]:8.2f} wall {cold[1] / bare[1]:8.2f} CPU",
              flush=True)
    changed = files[len(files) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nIn 2024 both countries signed a trade agreement.\n",
                       encoding="utf-8")
    _print("rebuild, one article changed", *_run(build, env), len(files))
    _print("rebuild, nothing changed", *_run(build, env), len(files))
    storage = sum(p.stat().st_size for p in (work / "dagster_home").rglob("*") if p.is_file()) / 1e6
    cache = sum(p.stat().st_size for p in (work / "out" / ".cache").rglob("*") if p.is_file()) / 1e6
    print(f"  DAGSTER_HOME {storage:.1f} MB, extraction cache {cache:.1f} MB\n", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000])
    parser.add_argument("--corpus", type=Path, help="measure this corpus (copied first) instead")
    parser.add_argument("--skip-bare", action="store_true", help="do not measure the bare extraction")
    parser.add_argument("--work", type=Path, help="keep the corpus, outputs and DAGSTER_HOME in this folder "
                                                  "(one size of corpus); a corpus already there is reused")
    parser.add_argument("--rebuilds-only", action="store_true",
                        help="only the start-up and the rebuilds of the build kept in --work")
    args = parser.parse_args()
    if args.rebuilds_only and not args.work:
        parser.error("--rebuilds-only needs --work")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    for count in [None] if args.corpus or args.rebuilds_only else args.articles:
        work = args.work or Path(tempfile.mkdtemp(prefix="bench_"))
        try:
            if args.corpus:
                shutil.copytree(args.corpus, work / "corpus")
            elif not (work / "corpus").is_dir():
                make_corpus(work / "corpus", count)
            if not args.rebuilds_only:  # a cold build starts from empty folders
                for folder in ("out", "dagster_home"):
                    shutil.rmtree(work / folder, ignore_errors=True)
            measure(work / "corpus", work, not args.skip_bare, not args.rebuilds_only)
        finally:
            if not args.work:
                shutil.rmtree(work)


if __name__ == "__main__":
    main()
