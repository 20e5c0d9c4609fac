import pytest

from pipeline.extract.countries import countries, resolve_country, resolve_parties
from pipeline.extract.places import lookup_city


@pytest.mark.parametrize("name, iso3", [
    ("Albania", "ALB"), ("Iceland", "ISL"), ("Russia", "RUS"), ("Turkey", "TUR"),
    ("the Federal Republic of Germany", "DEU"), ("West Germany", "DEU"), ("Ivory Coast", "CIV"),
    ("Kosovo", "XKX"), ("Czech Republic", "CZE"), ("United Kingdom", "GBR"),
])
def test_country_names(name, iso3):
    assert resolve_country(name) == iso3


def test_unknown_country_is_none():
    assert resolve_country("Atlantis") is None


@pytest.mark.parametrize("iso3, demonym", [("ALB", "Albanian"), ("ISL", "Icelandic"), ("ISR", "Israeli"),
                                            ("GRC", "Greek"), ("FIN", "Finnish"), ("XKX", "Kosovar")])
def test_demonyms(iso3, demonym):
    assert demonym in countries()[iso3].demonyms


def test_parties_from_title_and_infobox():
    assert resolve_parties("Albania–Iceland relations") == ("ALB", "ISL")
    assert resolve_parties("Guinea-Bissau–Portugal relations") == ("GNB", "PRT")
    assert resolve_parties("Whatever", "Brazil", "Kenya") == ("BRA", "KEN")
    with pytest.raises(ValueError, match="Atlantis"):
        resolve_parties("Atlantis–Iceland relations")
    with pytest.raises(ValueError, match="two countries"):
        resolve_parties("History of Albania")


def test_cities_resolve_to_their_country():
    assert lookup_city("Tirana").iso3 == "ALB"
    assert lookup_city("Stockholm").iso3 == "SWE"
    assert lookup_city("Korce").name == "Korçë"
    assert lookup_city("Reykjavik").iso3 == "ISL"
    assert lookup_city("Nowhereville") is None


def test_city_prefers_the_article_countries():
    assert lookup_city("Córdoba").iso3 == "ARG"
    assert lookup_city("Córdoba", prefer=["ESP"]).iso3 == "ESP"
    assert lookup_city("Paris", prefer=["USA"]).iso3 == "FRA"  # Paris, Texas is too small to win


def test_gazetteer_index_is_cached_and_read_back(tmp_path, monkeypatch):
    from pipeline.extract import places

    monkeypatch.setenv("BILATERAL_CACHE_DIR", str(tmp_path))
    places._index.cache_clear()
    built = places._index()
    assert places._cache_file().parent == tmp_path and places._cache_file().exists()

    def no_rebuild():
        raise AssertionError("the cached index should have been read")

    monkeypatch.setattr(places, "_build_index", no_rebuild)
    places._index.cache_clear()
    assert places._index()["tirana"] == built["tirana"]
    places._index.cache_clear()
