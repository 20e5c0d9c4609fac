"""Speed and memory of a build over a synthetic corpus made from the seed articles.

Each synthetic article is a seed article with its two countries replaced by another pair
(names and demonyms), so the extraction does real work on real sentences. Prints the wall
time of each stage, run in process, and of the full Dagster build run as `dagster asset
materialize` would, with the peak resident memory of each.

    python benchmarks/build_benchmark.py --articles 2000
"""

from __future__ import annotations

import argparse
import itertools
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.extract.countries import countries
from pipeline.read.corpus import read_corpus

PROJECT = Path(__file__).resolve().parents[1]


def _swap_pattern(iso3: str) -> tuple[re.Pattern, dict[str, str]]:
    country = countries()[iso3]
    words = sorted({country.name, *country.demonyms}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b"), {}


def make_corpus(target: Path, count: int) -> None:
    """Write `count` articles: seed articles with their pair swapped for other countries."""
    seeds = [(p.read_text(encoding="utf-8"), p) for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    pool = [c for c in countries().values() if len(c.name.split()) == 1 and c.iso3 != "XKX"]
    pairs = itertools.combinations(sorted(pool, key=lambda c: c.iso3), 2)
    for index, (a, b) in zip(range(count), pairs):
        text, _ = seeds[index % len(seeds)]
        for old, new in zip(("Albania", "Iceland" if index % 2 == 0 else "Israel"), (a, b)):
            old_country = next(c for c in countries().values() if c.name == old)
            pattern, _ = _swap_pattern(old_country.iso3)
            demonym = sorted(new.demonyms, key=len)[0] if new.demonyms else new.name
            text = pattern.sub(lambda m, n=new, d=demonym: n.name if m.group(0) == old else d, text)
        (target / f"{index:05d}_{a.iso3}_{b.iso3}.txt").write_text(text, encoding="utf-8")


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34}{time.perf_counter() - start:8.2f} s   peak RSS {_peak_mb(resource.RUSAGE_SELF):7.0f} MB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    from pipeline.extract.tables import extract_corpus
    from pipeline.publish.files import to_arrow, write_csv, write_parquet
    from pipeline.publish.table_schema import table_schema

    work = Path(tempfile.mkdtemp(prefix="bench_"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"corpus: {args.articles} articles, {size:.1f} MB, Python {sys.version.split()[0]}\n")
        articles, rejects = _timed("read + parse", lambda: read_corpus(corpus))
        tables = _timed("extract (all tables)", lambda: extract_corpus(articles, rejects))

        def publish():
            for name, df in tables.items():
                arrow = to_arrow(df, table_schema(name))
                write_parquet(arrow, work / "stage" / f"{name}.parquet")
                write_csv(arrow, table_schema(name), work / "stage" / f"{name}.csv")
        _timed("sort + write Parquet and CSV", publish)
        counts = ", ".join(f"{name} {len(df)}" for name, df in tables.items())
        print(f"rows: {counts}\n")

        env = {"PIPELINE_SEEDS_DIR": str(corpus), "PIPELINE_OUTPUTS_DIR": str(work / "out"),
               "DAGSTER_HOME": str(work / "dagster_home"), "PATH": str(Path(sys.executable).parent)}
        (work / "dagster_home").mkdir()
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "dagster"), "asset", "materialize", "-m", "pipeline.definitions",
                        "--select", "*"], env=env, check=True, capture_output=True, cwd=PROJECT)
        print(f"{'full Dagster build (CLI)':<34}{time.perf_counter() - start:8.2f} s   "
              f"peak RSS {_peak_mb(resource.RUSAGE_CHILDREN):7.0f} MB")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
