"""A capital "A" that ends a name ("Serie A", "Group A") is no article: the verb after it is
a verb of speech with the name's phrase as its subject ("A spokesperson for Lega Serie A said
..."), where before the sentence had no source at all. "A" opening a phrase stays the article."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "source"), [
    ("A spokesperson for Lega Serie A said the league had no role in the review.",
     "A spokesperson for Lega Serie A"),
    ("Lega Serie A said the league would apply its own owners' test.", "Lega Serie A"),
    ("Officials at Serie A said the sale had not been notified.", "Officials at Serie A"),
])
def test_a_name_ending_in_a_speaks(text: str, source: str) -> None:
    assert source in [s for s, _ in sources(text)]


def test_the_article_before_a_noun_stays_an_article() -> None:
    # "a said" is no phrase: "A report said" keeps the report as the source
    assert ("A report", "document") in sources("A report said the stadium was unsafe.")
