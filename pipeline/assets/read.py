"""Read layer: the corpus folder as a list of files to extract, and the files that are not."""


import time

import dagster as dg

from pipeline.cache import FileHashes
from pipeline.config import PipelinePaths
from pipeline.read.corpus import scan_corpus


@dg.multi_asset(
    outs={
        "raw_articles": dg.AssetOut(description="Every readable file of the corpus: its path, name, size and sha256 "
                                                "(decoded and parsed where it is extracted).", kinds={"python"}),
        "raw_rejects": dg.AssetOut(description="Entries of the corpus that are not readable files, with the reason.",
                                   kinds={"python"}),
    },
    group_name="read",
)
def raw_corpus(context: dg.AssetExecutionContext, paths: PipelinePaths):
    """Find every ``*.txt`` file of the corpus folder (PIPELINE_SEEDS_DIR, default seeds/); only
    the files whose size, times or inode changed since the last scan are read and hashed."""
    hashes, started = FileHashes(paths.cache), time.time_ns()
    files, rejects = scan_corpus(paths.seeds, hashes.load())
    hashes.save(files, started)
    context.log.info(f"found {len(files)} article files in {paths.seeds}, {len(rejects)} entries not readable")
    names = "\n".join(f"- {file.name} ({file.size_bytes} bytes)" for file in files[:20])
    yield dg.Output(files, "raw_articles", metadata={
        "dagster/row_count": len(files), "corpus": paths.seeds_dir, "preview": dg.MetadataValue.md(names or "(none)"),
    })
    yield dg.Output(rejects, "raw_rejects", metadata={"dagster/row_count": len(rejects)})
