"""Read layer: the corpus folder as parsed articles, and the files that are not articles."""


import dagster as dg

from pipeline.config import PipelinePaths
from pipeline.read.corpus import read_corpus


@dg.multi_asset(
    outs={
        "raw_articles": dg.AssetOut(description="Every readable article, parsed: title, infobox, sections, paragraphs and bullets with offsets.", kinds={"python"}),
        "raw_rejects": dg.AssetOut(description="Files of the corpus that are not readable articles, with the reason.", kinds={"python"}),
    },
    group_name="read",
)
def raw_corpus(context: dg.AssetExecutionContext, paths: PipelinePaths):
    """Parse every ``*.txt`` file of the corpus folder (PIPELINE_SEEDS_DIR, default seeds/)."""
    articles, rejects = read_corpus(paths.seeds)
    context.log.info(f"read {paths.seeds}: {len(articles)} articles, {len(rejects)} files not readable")
    titles = "\n".join(f"- {a.article.title} ({a.article.source_file})" for a in articles[:20])
    yield dg.Output(articles, "raw_articles", metadata={
        "dagster/row_count": len(articles), "corpus": paths.seeds_dir, "preview": dg.MetadataValue.md(titles or "(none)"),
    })
    yield dg.Output(rejects, "raw_rejects", metadata={"dagster/row_count": len(rejects)})
