"""Score the pipeline against answer keys.

    python -m pipeline.evaluate CORPUS_DIR [CORPUS_DIR ...] [--outputs DIR] [--verbose]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.evaluate.render import format_details, format_scores
from pipeline.evaluate.run import evaluate


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluate",
        description="Build the dataset from the given corpus folders and score it against their NAME.gold.json keys.",
    )
    parser.add_argument("corpus_dirs", nargs="+", type=Path, metavar="CORPUS_DIR", help="folder of NAME.txt and NAME.gold.json")
    parser.add_argument("--outputs", type=Path, metavar="DIR", help="score the tables already built in DIR/parquet instead of building")
    parser.add_argument("--verbose", action="store_true", help="list the misses, extras and wrong fields of every article")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    report = evaluate(args.corpus_dirs, args.outputs)
    print(format_scores(report))
    if args.verbose:
        print()
        print(format_details(report) or "Every answer key was found exactly.")


if __name__ == "__main__":
    main()
