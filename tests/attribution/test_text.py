"""HTML to text, sentences, tokens and quote pairing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.attribution import extract
from service.attribution.text import (
    QuoteIndex,
    html_to_text,
    pair_quotes,
    paragraphs,
    quote_kind,
    sentences,
    tokenize,
)


def test_html_to_text_keeps_paragraphs_and_drops_page_furniture() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<nav>Home | World</nav><header>Site header</header>"
        "<h1>Minister resigns</h1><p>The minister <b>said</b> she was leaving.</p>"
        "<script>var tracking = 1;</script><p>Aides<br>were surprised &amp; upset.</p>"
        "<aside>Related stories</aside><footer>Copyright</footer></body></html>"
    )
    text = html_to_text(html)
    assert text == (
        "Minister resigns\n\nThe minister said she was leaving.\n\nAides\nwere surprised & upset."
    )


def test_html_to_text_of_plain_text_is_the_text() -> None:
    assert html_to_text("just words") == "just words"


def test_sentences_respect_abbreviations_and_quotes() -> None:
    text = 'Mr. Smith met the U.S. envoy. “It went well.” He left at 5 p.m. on Friday.'
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == [
        "Mr. Smith met the U.S. envoy.",
        "“It went well.”",
        "He left at 5 p.m. on Friday.",
    ]


def test_a_sentence_may_end_with_a_place_or_company_abbreviation() -> None:
    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in sentences(text)]

    assert split("Trump proposed a ban on entering the U.S. The proposal drew criticism.") == [
        "Trump proposed a ban on entering the U.S.", "The proposal drew criticism."]
    assert split("It ended at 5 p.m. The crowd left.") == ["It ended at 5 p.m.",
                                                           "The crowd left."]
    # a name goes on after it, and a title never ends a sentence
    assert split("The U.S. Senate voted.") == ["The U.S. Senate voted."]
    assert split("He met Sen. The senator left.") == ["He met Sen. The senator left."]


def test_sentences_break_at_line_ends() -> None:
    text = "First line without stop\nSecond line."
    assert [text[s:e] for s, e in sentences(text)] == ["First line without stop", "Second line."]


def test_paragraphs_skip_blank_lines() -> None:
    text = "  One.\n\n\nTwo.  \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two."]


def test_tokens_carry_offsets_and_possessives() -> None:
    text = "The U.S. envoy’s well-known view: no."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["The", "U.S.", "envoy’s", "well-known", "view", ":",
                                        "no", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert tokens[2].bare == "envoy"
    assert tokens[1].bare == "u.s"


def test_titles_and_initials_keep_their_full_stop() -> None:
    text = "Sen. Joseph R. Biden Jr. met Mr. Smith in Washington, D.C. on Friday."
    words = [t.text for t in tokenize(text)]
    assert words == ["Sen.", "Joseph", "R.", "Biden", "Jr.", "met", "Mr.", "Smith", "in",
                     "Washington", ",", "D.C.", "on", "Friday", "."]
    assert [t.bare for t in tokenize("Sen. Rep.")] == ["sen", "rep"]


def test_quote_kinds() -> None:
    assert quote_kind("“") == "open"
    assert quote_kind("”") == "close"
    assert quote_kind('"') == "either"
    assert quote_kind("``") == "open"


def test_pair_quotes_curly_and_straight() -> None:
    text = 'He said “yes” and "no" today.'
    quotes = pair_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["“yes”", '"no"']
    assert all(q.closed for q in quotes)


def test_pair_quotes_across_paragraphs_share_a_group() -> None:
    text = "“First part of the speech.\n\n“Second part,” she said.\n\nNot quoted."
    quotes = pair_quotes(text)
    assert len(quotes) == 2
    first, second = quotes
    assert not first.closed and second.closed
    assert first.group == second.group
    assert text[first.start:first.end] == "“First part of the speech."
    index = QuoteIndex(quotes)
    assert index.around(text.index("speech")) == first
    assert index.around(text.index("Not")) is None


def test_unmatched_quotes_do_not_join_unrelated_paragraphs() -> None:
    text = "He said “open and never closed.\n\nA plain paragraph."
    quotes = pair_quotes(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert QuoteIndex(quotes).group(quotes[0]) == [quotes[0]]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_sentence_and_token_spans_lie_inside_the_text(text: str) -> None:
    for start, end in sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
    for quote in pair_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)


def test_an_amount_with_its_currencys_letters_is_one_word() -> None:
    assert [t.text for t in tokenize("a Sh180,000 deposit and Rs1,200 crore")] == [
        "a", "Sh180,000", "deposit", "and", "Rs1,200", "crore"]
    # a comma after a word holding a digit still ends it ("the A1, the main road")
    assert [t.text for t in tokenize("the A1, the road")] == ["the", "A1", ",", "the", "road"]


def test_an_amounts_comma_opens_no_aside() -> None:
    text = ("Mr Samuel Otieno, a matatu driver who said he had paid a Sh180,000 deposit for a "
            "two-bedroom unit, said he wanted his money back.")
    said = [a.source.text for a in extract(text).attributions
            if a.source is not None and a.content is not None
            and a.content.text.startswith("he wanted")]
    assert said == ["Mr Samuel Otieno"]


def test_plural_titles_keep_their_full_stop_and_their_sentence() -> None:
    text = ("In an editorial, two cardiologists, Drs. Laura Chen and Michael Pardo, wrote that "
            "the findings were encouraging. Sens. Ann Lee and Bo Park agreed.")
    spans = [text[a:b] for a, b in sentences(text)]
    assert len(spans) == 2 and spans[0].endswith("encouraging.")
    # lowercase, the word ends a sentence as any other does
    text = "The company hired more sales reps. It said sales would rise."
    assert len(sentences(text)) == 2


def test_people_a_plural_title_names_are_the_source_after_their_count() -> None:
    found = extract("In an editorial accompanying the paper, two cardiologists from Johns "
                    "Hopkins University, Drs. Laura Chen and Michael Pardo, wrote that the "
                    "findings were encouraging.").attributions
    wrote = [a for a in found if a.cue.text == "wrote"]
    assert [(a.source.text, a.source.kind) for a in wrote if a.source] == [
        ("Drs. Laura Chen and Michael Pardo", "named_expert")]
