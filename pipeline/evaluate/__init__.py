"""Score a build against the hand-made answer keys (NAME.gold.json) of a corpus."""

from pipeline.evaluate.run import evaluate
from pipeline.evaluate.score import Report

__all__ = ["Report", "evaluate"]
