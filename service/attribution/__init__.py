"""Attribution extraction: who says what in an article, and through whom.

`extract(text, headline, directory, publisher)` finds each attribution's cue, source, content
and venue, and the chains that lead from the publisher to each claim's origin.
"""

from .directory import OutletDirectory, OutletMatch, OutletRef
from .extract import Attribution, Extraction, extract, extract_html
from .text import html_to_text

__all__ = [
    "Attribution",
    "Extraction",
    "OutletDirectory",
    "OutletMatch",
    "OutletRef",
    "extract",
    "extract_html",
    "html_to_text",
]
