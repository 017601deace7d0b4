"""When a lesser-known outlet's acronym in text is the outlet.

The table holds hundreds of outlets that go by three or four capitals (PAP, NTA, PTV, SVT, RFA,
APA, AAP ...), and the same letters are a party ("The PRI lost control"), a regulator ("The NRC
approved"), a heart rhythm ("treated for SVT"), a citation style ("APA style") or a nursing grade
("one CNA on duty") far more often than news copy names the outlet. News copy that
does name such an outlet says so in the sentence: a verb of reporting after it ("PAP reported",
"SVT did not say"), its possessive, a media noun ("an AFP photographer", "KQED analysis"), an
outlet noun or a preposition of speech before it ("state news agency PAP", "told PTV",
"according to RFA", "Speaking on LBC"), a credit or dateline ("(PAP) -", "/TASS/"), an
apposition ("WAFA, the Palestinian news agency,") or another outlet beside it ("Portland's KGW
and KOIN", "SVT and Yle"). A lesser acronym with none of these in its sentence is not read as
the outlet.

The best-known broadcasters' and wires' acronyms (``HOUSEHOLD``) are exempt: newsrooms write
"CNN", "AP" or "MSNBC" bare in every kind of sentence ("a CNN tally", "at CNN", "MSNBC cut away
from the speech"), where the outlet is what every reader understands. Over every PolNeAR text
and wire article, bare uses of these outnumber all other outlet acronyms' bare uses ten to one.
The wires among them that copy writes without an article (``BARE_WIRES``) are another body
after "the" ("The AFP said": the Australian Federal Police).
"""

from __future__ import annotations

import re

# Acronyms that name their outlet in any sentence (the US networks and cable channels, the
# global wires and public broadcasters a general reader knows by their letters).
HOUSEHOLD = frozenset({
    "ABC", "AFP", "AP", "BBC", "CBS", "CNBC", "CNN", "ESPN", "FT", "HBO", "ITV", "MSNBC", "NBC",
    "NPR", "NYT", "PBS", "RT", "UPI", "WSJ",
})

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")

_OUTLET_NOUNS = (r"agency|agencies|broadcasters?|channels?|television|TV|radio|newspapers?|daily|"
                 r"paper|networks?|stations?|wire|outlets?|site|website|magazine|weekly|tabloid|"
                 r"news|media|portal")
_SPEECH_BEFORE = (r"(?i:told|telling|according to|interview with|interviewed by|by|from|via|"
                  r"cited|quoted|citing|quoting|through|"
                  # "to" after speech ("spoke to the Herald and to WBUR", "an interview to
                  # PTV"), not "defected to the PRI"
                  r"(?:said|speak|speaks|spoke|speaking|talk|talks|talked|talking|interview|"
                  r"statement|comments|"
                  r"remarks|confirmed|explained|denied|wrote|sent|gave|given|described|"
                  r"leaked|provided|submitted)\b[^.;]{0,40}?\bto)")
# what comes just before the name: an outlet noun ("news agency PAP"), a preposition of speech
# ("told PTV"), an inverted verb of speech (", says ISPR"), a place's possessive ("Boston's
# WBUR"), a credit ("(CNA)", "[IRNA]", "/TASS/", "-- RIA"), speech on air ("Speaking on LBC"),
# or writing for it ("wrote for RFA")
_BEFORE = re.compile(
    r"(?:\b(?:" + _OUTLET_NOUNS + r"),?|\b(?:" + _SPEECH_BEFORE + r")|\b[A-Z][a-z]+['’]s|/"
    r"|, (?:says|said|reports|reported)"
    r"|\b(?i:said|says|told|spoke|speaking|appeared|appearing|interview|broadcast|aired|shown|"
    r"announced|reported|comments|remarks|programme|program|show|questioned|asked|writing|"
    r"wrote|posted)\b[^.]{0,25}\bon"
    r"|\b(?:writ\w*|wrote|works?|working|report\w*|column\w*|contributor|correspondent|editor|"
    r"reporter)\s+for)"
    r"\s*(?:the\s+)?(?:state(?:-run)?\s+|public\s+|private\s+)?$|[(\[]$|[—–-]\s*$")
_AFTER_WORDS = (
    # what an outlet does in a sentence
    r"reported|reports|report|said|says|quoted|cited|broadcast|aired|published|carried|showed|"
    r"shows|wrote|added|ran|citing|quoting|told|asked|contacted|obtained|learned|understands|"
    r"claimed|claims|alleged|noted|hosted|hosts|host|will host|cut away|found|finds|revealed|"
    r"reveals|confirmed|interviewed|filmed|photographed|identified|described|called|used|"
    r"announced|announces|"
    r"did not|could not|has not|had not|have not|was not|is not|declined|is run|"
    # what it has and makes
    r"reporters?|correspondents?|journalists?|photographer|presenter|anchor|editor|spokes\w+|"
    r"representative|personality|contributor|affiliates?|crew|team|analysis|interview|News|TV|"
    r"Radio|Television|footage|poll|tally|survey|program|programme|bulletin|website|"
    r"documentary|newscast|news|podcast|video|story|stories|article|investigation|exclusive|"
    r"drama|series|television|radio|network|channel|agency|America")
_AFTER = re.compile(
    r"['’]s\b|\s*[)\]]|/|\s*(?:--|[—–-])\s|-(?:TV|FM|AM|DT|HD|\d{1,2})\b"
    r"|, in (?:a|an|its) (?:report|broadcast|dispatch|commentary|bulletin|interview)\b"
    # a call sign placed by its city before what it did ("KSL in Salt Lake City reported")
    r"|\s+in\s+(?:[A-Z][a-z]+\s+){1,3}(?:" + _AFTER_WORDS + r")\b"
    r"|,?(?:\s+(?:\w+ly|also|both|all|had|has|have|earlier|later|first|then))?\s+(?:"
    + _AFTER_WORDS + r")\b"
    r"|, (?:the|a|an) (?:[\w'’-]+ ){0,3}(?:news agency|agency|broadcaster|network|channel|station|"
    r"newspaper|daily|wire|service)\b"
    r"| [A-Z][a-z]+[A-Z]\w*\b")  # its own product written in one word: "AP VoteCast"


# Wire services whose letters copy writes bare ("AFP reported", "told PTI", "an AAP
# photographer"): with "the" before them and no media noun after, the same letters are another
# body ("The AFP said the man was charged": the Australian Federal Police; "the AAP would
# contest every seat": India's Aam Aadmi Party; "supporters of the PTI": Pakistan's party).
# "the AFP news agency", "the PTI report" keep the wire. No labelled mention of the team's
# sets, wire article or PolNeAR text writes one of these with "the" otherwise.
BARE_WIRES = frozenset({"AFP", "AAP", "UPI", "PTI", "ANI", "IANS", "EFE", "ANSA", "DPA"})
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_MEDIA_NOUN_AFTER = re.compile(r"['’]?s? (?:news|wire|newswire|agency|service|reporters?|"
                               r"correspondents?|journalists?|photographers?|report|reports|"
                               r"story|dispatch|bureau|tally|count|footage|photos?|interview|"
                               r"video|file|graphic)\b")


def bare_wire_with_article(text: str, start: int, end: int) -> bool:
    """Is the wire's acronym at [start, end) another body here: "the" before it and no media
    noun after it (see ``BARE_WIRES``)?"""
    return (text[start:end] in BARE_WIRES
            and _THE_BEFORE.search(text, max(0, start - 4), start) is not None
            and _MEDIA_NOUN_AFTER.match(text, end) is None)


def lesser_acronym(name: str) -> bool:
    """Is `name` (as written, a leading "the" allowed) an acronym outside ``HOUSEHOLD``?"""
    bare = name.removeprefix("the ").removeprefix("The ")
    return _ACRONYM.fullmatch(bare) is not None and bare not in HOUSEHOLD


def names_news_here(text: str, start: int, end: int) -> bool:
    """Does the text around [start, end) say the acronym there names a news organisation?"""
    return (_BEFORE.search(text, max(0, start - 40), start) is not None
            or _AFTER.match(text, end) is not None
            # a credit closing a headline or a line ("... antibiotics: BSS")
            or (text[max(0, start - 2):start] == ": " and text[end:end + 1] in ("", "\n")))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the last full stop, question or
    exclamation mark followed by a space, or line break, to the next one."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start),
               text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    rights = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end),
                          text.find("! ", end)) if i >= 0]
    return left + 1, min(rights) if rights else len(text)
