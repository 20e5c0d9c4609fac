"""Milliseconds of extraction per article (read once, then `extract_facts` timed per article).

    python benchmarks/extract_benchmark.py [CORPUS_DIR ...] [--repeat N]

Defaults to the project's own articles (seeds/ and tests/holdout*/). Prints the median, mean
and 90th percentile over every article and repeat, after one warm-up pass that builds the
gazetteer and lexicon caches.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pipeline.extract.facts import extract_facts
from pipeline.read.corpus import read_corpus

PROJECT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = args.corpora or [PROJECT / "seeds", *sorted(PROJECT.glob("tests/holdout*"))]
    articles = [article for corpus in corpora for article in read_corpus(corpus)[0]]
    for article in articles:
        extract_facts(article)
    times = []
    for _ in range(args.repeat):
        for article in articles:
            start = time.perf_counter()
            extract_facts(article)
            times.append((time.perf_counter() - start) * 1000)
    size = statistics.mean(len(a.article.text) for a in articles) if articles else 0
    print(f"articles: {len(articles)} (mean {size:,.0f} characters), timed {len(times)} extractions")
    print(f"ms per article: median {statistics.median(times):.1f}, mean {statistics.mean(times):.1f}, "
          f"p90 {statistics.quantiles(times, n=10)[-1]:.1f}")


if __name__ == "__main__":
    main()
