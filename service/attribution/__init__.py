"""Attribution extraction: who says what in an article, and through whom.

`extract(text, headline, directory, publisher)` finds each attribution's cue, source, content
and venue, and the chains that lead from the publisher to each claim's origin.

The stages, in the order the text flows through them (one module each):

1. `text`: paragraphs, sentences, tokens, paired quotes; `directory`: outlet names in the text
   (`outlet_acronyms`: when a lesser-known outlet's acronym there is the outlet;
   `outlet_places` with `places`: when a place the sentence gives the name is not the outlet's).
2. `phrases`: noun-phrase boundaries, whole post-modified source phrases.
3. `entities`: each source phrase's entity and kind (rubrics/source-kinds.md), references
   (surnames, pronouns, "the company") linked to it; on top of `entity_table` (the article's
   entities and the look-back index) and `outlet_refs` (outlets, their reporting, state media).
4. `cues`: the words that may open an attribution; `claims`: the cues that state no claim.
5. `extract`: the field scan, sentence by sentence, each cue handed to the stage that reads
   its form: `verbs` (a verb of speech: its subject, inverted speaker or passive agent),
   `relays` ("according to", ", citing", "quoted ... as saying", a closing "X reported"),
   `quotes` (labelled and signed quotations). They share `scan` (the field's state) and ask
   `subjects` (the clause's subject, appositives, a passive's agent), `venues` ("told
   Reuters", "in an interview with") and `content` (where a claim's words begin and end).
   Then `nesting`: where contents end once every sentence is read, and each attribution
   nested in the one whose content holds it (`attributions` holds the data they produce).
   Then what only the whole article tells: `named_later` (a lead's described source named in
   the next paragraph), `pronouns` (a "she" that carries on with the speaker rather than the
   person the speaker told of), `headline` (a headline's bare "union says" named in the body).
6. `chains`: from the publisher through relays and venues to each claim's origin.
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
