"""What a release looks like, and how long its publication takes, over given corpus folders.

    python benchmarks/release_benchmark.py                          # seeds/
    python benchmarks/release_benchmark.py seeds ../shared/corpus/dev ../shared/corpus/dev2
    python benchmarks/release_benchmark.py --articles 2000          # synthetic, as build_benchmark

The articles are copied into one temporary corpus, read and extracted in process; then
`publish` (every file of the release, the ZIP and the switch of `latest`) is timed into an
empty outputs folder (with the time of each stage), and again with nothing changed. Prints
the files of the release with their sizes, and the rows of each table.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from build_benchmark import make_corpus

from pipeline.core_tables import build_core_tables
from pipeline.publish.publisher import publish
from pipeline.read.corpus import scan_corpus

PROJECT = Path(__file__).resolve().parents[1]


def _gather(folders: list[Path], corpus: Path) -> None:
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            shutil.copy(path, corpus / f"{folder.name}_{path.name}")


def _size(nbytes: int) -> str:
    return f"{nbytes / 1e6:8.2f} MB" if nbytes >= 1e5 else f"{nbytes / 1e3:8.1f} kB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[PROJECT / "seeds"])
    parser.add_argument("--articles", type=int, help="a synthetic corpus of this many articles instead")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="release_bench_"))
    try:
        corpus, outputs = work / "corpus", work / "out"
        corpus.mkdir()
        make_corpus(corpus, args.articles) if args.articles else _gather(args.folders, corpus)
        tables = build_core_tables(*scan_corpus(corpus))
        start = time.perf_counter()

        def progress(message: str) -> None:
            print(f"{time.perf_counter() - start:7.2f} s  {message}")
        first = publish(tables, outputs / ".staging" / "first", outputs, log=progress)
        published = time.perf_counter() - start
        start = time.perf_counter()
        publish(tables, outputs / ".staging" / "again", outputs, log=lambda _: None)
        unchanged = time.perf_counter() - start
        print(f"corpus: {len(list(corpus.iterdir()))} files; release {first.version}")
        print(f"publication: {published:.2f} s; a build with nothing changed: {unchanged:.2f} s\n")
        print("rows: " + ", ".join(f"{name} {count}" for name, count in first.rows.items()) + "\n")
        files = sorted(p for p in first.release.rglob("*") if p.is_file())
        for path in files:
            print(f"{_size(path.stat().st_size)}  {path.relative_to(first.release)}")
        total = sum(p.stat().st_size for p in files)
        bundle = first.release.with_name(f"{first.version}.zip")
        print(f"{_size(total)}  (the folder, {len(files)} files)\n{_size(bundle.stat().st_size)}  {bundle.name}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
