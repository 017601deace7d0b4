"""Rules of the thirty-third session, each from an error of the wire set's dev part: a list of
outlets after "says" is what was said, not an inverted speaker; figures "broken down by" a
category are the record; people posting or writing somewhere are the speakers of the verb
after them, never the platform."""

from __future__ import annotations

from service.attribution import extract


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text).attributions]


def test_a_list_of_outlets_after_says_is_the_content_not_the_speaker() -> None:
    text = ("The memo, signed by the vice-president, Lisa Ferraro, says the Lake Times, the "
            "Banner and the Advance will close.")
    assert _found(text) == [("The memo", "document", "says")]
    # an inverted speaker still ends its clause, with or without a list after it
    assert _found("Prices will rise, said the minister.") == [("the minister", "unresolved",
                                                             "said")]


def test_figures_broken_down_by_a_category_are_the_record() -> None:
    assert _found("Figures broken down by region show that stays fell.") == [
        ("Figures broken down by region", "document", "show")]


def test_people_posting_somewhere_speak_with_the_verb_after_them() -> None:
    assert _found("Residents posting on Facebook complained that the water was brown.") == [
        ("Residents posting on Facebook", "vague", "complained")]
    # a participle with no finite verb of speech after it is still the people's speech
    assert _found("Supporters posted on Facebook that a ruling is days away.") == [
        ("Supporters", "vague", "posted")]
    # "posted" as a verb of its own keeps its sentence
    kinds = _found("Some analysts questioned whether the trial was long enough.")
    assert kinds and kinds[0][:2] == ("Some analysts", "vague")
