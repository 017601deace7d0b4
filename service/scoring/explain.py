"""Plain words for an editor: each hop's ``why``, the flags' messages, the article's summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from service.attribution import lexicon as lx

from .model import Hop, ScoredArticle, ScoredChain, ScoredClaim, ScoredHop
from .params import ModelParams

COUNTRY_ADJECTIVES = {
    "AE": "Emirati",
    "AF": "Afghan",
    "AZ": "Azerbaijani",
    "BH": "Bahraini",
    "BY": "Belarusian",
    "CN": "Chinese",
    "CU": "Cuban",
    "DE": "German",
    "EG": "Egyptian",
    "ER": "Eritrean",
    "ES": "Spanish",
    "ET": "Ethiopian",
    "FR": "French",
    "GB": "British",
    "HK": "Hong Kong",
    "HU": "Hungarian",
    "IL": "Israeli",
    "IN": "Indian",
    "IQ": "Iraqi",
    "IR": "Iranian",
    "IT": "Italian",
    "JP": "Japanese",
    "KP": "North Korean",
    "KR": "South Korean",
    "KZ": "Kazakh",
    "LA": "Lao",
    "LY": "Libyan",
    "MM": "Myanmar",
    "NI": "Nicaraguan",
    "PK": "Pakistani",
    "QA": "Qatari",
    "RS": "Serbian",
    "RU": "Russian",
    "RW": "Rwandan",
    "SA": "Saudi",
    "SY": "Syrian",
    "TJ": "Tajik",
    "TM": "Turkmen",
    "TR": "Turkish",
    "UA": "Ukrainian",
    "US": "American",
    "UZ": "Uzbek",
    "VE": "Venezuelan",
    "VN": "Vietnamese",
}

KIND_NOUNS = {
    "publisher": "the publisher's own reporting",
    "outlet": "an unrated outlet",
    "unnamed_outlet": "an unnamed outlet",
    "state_affiliated_outlet": "a state-affiliated outlet",
    "named_official": "a named official",
    "named_expert": "a named expert",
    "named_person": "a named person",
    "document": "a document",
    "anonymous_described": "a described anonymous source",
    "anonymous": "an anonymous source",
    "vague": "a vague attribution",
    "unresolved": "an unresolved reference",
}

PERSON_NOUNS = {
    "named_official": "an official",
    "named_expert": "an expert",
    "named_person": "a person",
}

BODY_NOUNS = {
    "named_official": "a public body",
    "named_expert": "an organisation",
    "named_person": "a group",
}


def _is_body(hop: Hop, name: str) -> bool:
    """A named organisation rather than a person: a rated record, an acronym ("UCI"), or a name
    with a word organisations are called by ("Halvorsen Energy", "the Nevada Democratic
    Party")."""
    if hop.outlet:
        return True
    words = [w for w in name.replace("’s", "").replace("'s", "").split()
             if w.lower() not in ("the", "a", "an")]
    return (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) or any(
        w.lower().strip(".,") in lx.ORG_WORDS or w.lower() in lx.MODIFIERS for w in words[1:])

AFFILIATION_WORDS = {
    "state_controlled": "state-controlled",
    "captured": "captured by the state",
    "state_funded": "state-funded",
    "independent_public": "independent public media",
}

_BROADCAST = re.compile(r"\b(tv|television|channel|broadcast\w*|radio)\b", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:there\s+(?:are|is|were|was)|some|many|several|unnamed|unidentified|a|an|the|this|"
    r"that|these|those)\s+)+",
    re.IGNORECASE,
)


def _f(x: float) -> str:
    return f"{x:.2f}"


def name_of(hop: Hop) -> str:
    if hop.outlet and hop.outlet.get("name"):
        return str(hop.outlet["name"])
    return hop.name or hop.source_text.strip() or hop.entity or "an unnamed source"


def _with_article(hop: Hop) -> str:
    """The outlet's name with 'the' when the text writes it so ('the New York Post')."""
    name = name_of(hop)
    written = hop.source_text.strip()
    if written.lower().startswith("the ") and not name.lower().startswith("the ") and (
            name.split(" ", 1)[0].lower() not in _FOREIGN_ARTICLES):
        return f"the {name}"  # but "the daily la Repubblica" is "La Repubblica", not "the La"
    return name


# Articles that open outlets' names in other languages ("La Repubblica", "Le Monde", "El País")
_FOREIGN_ARTICLES = frozenset({"la", "le", "les", "el", "il", "lo", "los", "las", "die", "der",
                               "das", "de", "het", "o", "a", "al"})


def _country(hop: Hop) -> str:
    return COUNTRY_ADJECTIVES.get((hop.country or "").upper(), "")


def _is_broadcaster(hop: Hop) -> bool:
    if hop.outlet and str(hop.outlet.get("kind", "")).lower() == "broadcaster":
        return True
    return any(_BROADCAST.search(t or "") for t in (hop.source_text, hop.entity, name_of(hop)))


def state_media_phrase(hop: Hop) -> str:
    """'Russian state TV (Channel One Russia)'; 'state media (X)' when the country is unknown."""
    medium = "state TV" if _is_broadcaster(hop) else "state media"
    country = _country(hop)
    base = f"{country} {medium}" if country else medium
    if hop.outlet and hop.outlet.get("name"):
        return f"{base} ({hop.outlet['name']})"
    return base


def _bare(text: str) -> str:
    return _LEADING.sub("", text.strip()).strip(" ,.;:")


_MARKED = re.compile(
    r"\b(familiar|anonymity|anonymously|authori[sz]ed|close to|knowledge of|briefed|"
    r"(?:give|provide|share) (?:his|her|their) (?:full )?name|not to be (?:named|identified))\b",
    re.IGNORECASE,
)
_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "some", "many", "both",
                     "multiple", "numerous", "various", "dozens", "other", "few"})


_PRONOUN = re.compile(r"^(?:he|she|it|they|them|him|her|his|its|their|who|whom|we|i|you|this|"
                      r"that|these|those)(?:[’'](?:s|re|ve|d|ll))?$", re.IGNORECASE)
# A word that only points at a party ("who", "which"): never a name of its own
_REFERENCE = re.compile(r"^(?:which|who|whom|that|he|she|it|they|one)$", re.IGNORECASE)
_POST = frozenset({"at", "of", "for", "from", "in", "with", "on", "close", "to", "near",
                   "based", "briefed", "interviewed", "involved",
                   # "officials aware of the matter", "people familiar with": the head before
                   "aware", "familiar", "knowledgeable", "privy", "responsible"})


def _post_modified(words: Sequence[str]) -> bool:
    """A head noun with a prepositional post-modifier, no determiner ("Researchers at X")."""
    return len(words) > 2 and words[0].lower() not in {"a", "an", "the"} and words[1] in _POST


def _known_word(word: str) -> bool:
    """The word, or the word without its plural "s", is one the extractor gives a meaning to
    (a common word, capitalised only where a sentence or a headline starts)."""
    low = word.lower()
    return low in lx.KNOWN_WORDS or low.rstrip("s") in lx.KNOWN_WORDS


def _lower_common(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    common = first.lower() in lx.POSSESSIVE_DETERMINERS or (
        first[1:] == first[1:].lower() and _known_word(first))
    return f"{first.lower()} {rest}".strip() if common else phrase


def _indefinite(phrase: str) -> str:
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


_UNNAMED_WORDS = re.compile(r"\b(?:unnamed|anonymous|unidentified)\b", re.IGNORECASE)
# Nouns of people that take no article ("staff said", "police said")
_MASS_PEOPLE = frozenset({"staff", "police", "personnel", "crew", "management", "security"})
_ONE_OF = re.compile(r"^(?:one\s+of\b|another$|the\s+other$|a\s+second$)", re.IGNORECASE)


# A venue written as where something was said, not who carried it: "at a news conference in
# Rosario", "in an interview with the local broadcaster", "on its website", "on social media"
_PREPOSITION_FIRST = re.compile(r"^(?:at|in|on|of|from|for|with|within|among)\b", re.I)
_OCCASION = re.compile(r"^(?:at|in|on|during|via|through|over)\s+(?=\S)", re.IGNORECASE)


def unnamed_phrase(hop: Hop) -> str:
    """'unnamed reports', 'a person familiar with the matter', 'two unnamed officials',
    'an unnamed South Korean newspaper': English for every shape of an unnamed source."""
    if hop.kind == "unnamed_outlet" and _OCCASION.match((hop.description or "").strip()):
        # the occasion itself names the venue: "a news conference in Rosario", "social media"
        return _OCCASION.sub("", (hop.description or "").strip()).strip(" ,.;:")
    written = _bare(hop.source_text or hop.entity)
    if _PRONOUN.match(written.split(" ", 1)[0]):
        # "they", "who", "he’s": the words are a reference; name what it refers to
        referent = hop.description or ""
        if not referent or _PRONOUN.match(referent.split(" ", 1)[0]):
            referent = (hop.entity or "").replace("-", " ")
        if not referent or _PRONOUN.match(referent.split(" ", 1)[0]):
            return "an unidentified source"
        written = referent
        hop = replace(hop, source_text=referent, description=referent)
    group = (hop.description or "").strip()
    if group and _ONE_OF.match(written) and group.lower() != written.lower() and (
            group.split(" ", 1)[0].lower() in _COUNTS or group.split(" ", 1)[0].isdigit()):
        # "One of the people", "Another" after "three people familiar with the matter": one
        # of that group, not the group
        first, _, rest = group.partition(" ")
        return f"one of {first.lower()} {rest}".strip()
    if hop.kind == "vague":
        if written and written.lower() in lx.HEARSAY_WORDS:
            # "is said to", "reportedly": no one at all is named
            # "said to be preparing to step down": the words that make it hearsay
            said = f"{written} to" if written.lower() == "said" else written
            return f"hearsay that names no one (“{said}”)"
        if written and len(written.split()) <= 2 and not _PREPOSITION_FIRST.match(written):
            # ("many in GOP" leaves "in GOP" bare: a vague attribution, quoted whole)
            first, _, rest = written.partition(" ")
            if first.lower() in {"the", "these", "those"} and rest:
                return f"unnamed {rest}"  # "they" after "the people": unnamed people
            first = first if first.isupper() and len(first) > 1 else first.lower()
            return f"unnamed {first} {rest}".strip()
        return f"a vague attribution (“{hop.source_text.strip()}”)"
    source = (hop.description or hop.source_text or "").strip()
    words = source.split()
    if words and (words[0].lower() in lx.POSSESSIVE_DETERMINERS or _post_modified(words)):
        # "its officers", "researchers at the Miami lab": the phrase says whose they are
        return _lower_common(source)
    if _MARKED.search(source):
        # "a person familiar with the matter" says what it is; "unnamed" would add nothing.
        words = source.split()
        if words and words[0].lower() in {"a", "an", "the", "one"} | _COUNTS:
            return " ".join([words[0].lower(), *words[1:]])
        return source
    described = _bare(hop.description or "") or written
    if _REFERENCE.match(described):
        return KIND_NOUNS.get(hop.kind, "a source")  # "One said ...": nobody described
    first_described, _, rest_described = described.partition(" ")
    if first_described.lower() == "one" and rest_described and not (
            rest_described.lower().startswith("of ")):
        described = rest_described  # "One woman who has lived near the square": a woman
    if hop.kind == "unnamed_outlet":
        country = _country(hop)
        if country and country.lower() not in described.lower():
            described = f"{country} {described or 'outlet'}"
    if not described:
        return KIND_NOUNS.get(hop.kind, "a source")
    first_word = source.split()[0].lower() if source.split() else ""
    words_of = described.split()
    cut = next((i for i, w in enumerate(words_of) if i and (w.lower() in _POST | {
        "who", "that", "and"} or (w.islower() and w.endswith("ing") and len(w) > 4
                                  and words_of[i - 1].lower() not in {"a", "an", "the"}))),
        len(words_of))  # ("residents and a local rights group": plural; "officials working
    # for the president": the head before the participle)
    head = words_of[cut - 1].lower()
    lead, _, after = described.partition(" ")
    if lead.lower() in {"another", "other"}:
        # "another unnamed GOP official", "Another person", "Another": the phrase already
        # counts the source; "unnamed" goes after its determiner, once
        if _UNNAMED_WORDS.search(after):
            return f"{lead.lower()} {after}"
        return f"{lead.lower()} unnamed {after or 'source'}"
    if first_word in _COUNTS:
        if lead.lower() == first_word:
            # "two officials at the federation": the count is said once ("Two": sources)
            described = after or "sources"
        return f"{first_word} unnamed {described}"
    if lead[:1].isupper() and lead.lower() in lx.PERSON_NOUNS | lx.DESCRIBED_ANONYMOUS_HEADS:
        # "Officials said" opening a sentence: a common noun, written lowercase in the middle
        described = described[:1].lower() + described[1:]
    if _UNNAMED_WORDS.search(described):
        # "one unnamed source", "an anonymous official": the phrase says it once
        plural = head.endswith("s") and not head.endswith("ss")
        return described if plural else _indefinite(described)
    if head.endswith("s") and not head.endswith("ss") and first_word not in {"a", "an"}:
        return f"unnamed {described}"
    if head in _MASS_PEOPLE:
        return f"unnamed {described}"  # "unnamed staff", not "an unnamed staff"
    return _indefinite(f"unnamed {described}")


def unresolved_phrase(hop: Hop) -> str:
    """'an unresolved reference (“they”)'; a cue with no speaker found has no words to quote."""
    written = (hop.source_text or "").strip()
    if not written or hop.span is None:  # a cue whose speaker was not found: no words
        return "a speaker the analysis could not identify"
    return f"an unresolved reference (“{written}”)"


def node_phrase(hop: Hop) -> str:
    """How a node is named in a sentence."""
    if hop.kind in ("anonymous", "anonymous_described", "vague", "unnamed_outlet"):
        return unnamed_phrase(hop)
    if hop.kind == "unresolved":
        return unresolved_phrase(hop)
    if hop.kind == "publisher":
        return "the publisher's own reporting"
    if hop.outlet or hop.kind in ("outlet", "state_affiliated_outlet"):
        return _with_article(hop)
    name = _mid_sentence(hop.name or hop.entity)
    if name.lower() in {"we", "i"}:
        return "the author"  # "we" with nobody it refers to: the writer's own voice
    common = _common_noun_phrase(name, hop)
    if common:
        # "minister", "study", "Florida insurer" as a headline writes them: a description
        # the reader needs an article for, and that already says what the source is
        return common
    if _REFERENCE.match(name) or _PRONOUN.match(name):
        # "which" after "a report in the Australian Financial Review", "who" after "Hacker"
        # in a headline: what it refers to, never the pointing word
        described = _bare(hop.description or "")
        if not described and hop.kind in PERSON_NOUNS and hop.entity and (
                not hop.entity.startswith("unresolved")) and hop.entity.count("-") == 1:
            # "his" resolved to the entity "donald-trump": its name, as a name is written
            described = hop.entity.replace("-", " ").title()
        described = described or (hop.entity or "").replace("-", " ")
        if not described or _REFERENCE.match(described) or _PRONOUN.match(described):
            return KIND_NOUNS.get(hop.kind, "a source")
        return f"the {described}" if described[:1].islower() else described
    noun = hop.description or (
        BODY_NOUNS.get(hop.kind, "") if _is_body(hop, name) else PERSON_NOUNS.get(hop.kind, ""))
    if noun and _bare(noun).lower() in name.lower():
        return name  # the name already says what the person is ("the head of MI6 Richard Moore")
    first, _, rest = name.partition(" ")
    if first == "the" and rest[:1].islower() and rest.split()[-1][:1].islower():
        return name  # "the authorities", "the regional governor": the words say what it is
    return f"{name} ({_bare(noun) if hop.description else noun})" if noun else name


def _common_noun_phrase(name: str, hop: Hop) -> str:
    """'the minister', 'the study', 'the Florida insurer' for a named or document source
    written without a determiner, as headlines write them ("minister says", "study finds",
    "Florida insurer seeks"), or ''. A name stays a name: only a phrase whose head (its last
    word) is a lowercase common word, or, in a headline, a single capitalised plural of one
    ("Mourners") or of a record ("Poll"), is one."""
    words = name.split()
    if not words or words[0].lower() in {"the", "a", "an"} or "(" in name or (
            _PRONOUN.match(words[0]) or _REFERENCE.match(words[0])
            or _PREPOSITION_FIRST.match(name)):
        return ""  # "in a stock exchange filing" is where, not who
    head = words[-1]
    in_headline = hop.span is not None and hop.span.field == "headline"
    if head.islower() and head.isalpha() and not any(
            w.endswith(("’s", "'s")) and w[:1].isupper() for w in words):
        return f"the {name}"
    if in_headline and len(words) == 1 and head[1:].islower() and head.isalpha() and ((
            head.endswith("s") and _known_word(head))
            or (hop.kind == "document" and head.lower() in lx.DOCUMENT_HEADS)):
        return f"the {head.lower()}"
    return ""


def _mid_sentence(name: str) -> str:
    """"The mayor" as written at a sentence start reads "the mayor" inside one; "The Hague"
    and "The Associated Press" keep their capital."""
    first, _, rest = name.partition(" ")
    if first in ("The", "A", "An") and (rest[:1].islower() or (
            rest.isupper() and " " not in rest)):  # "the mayor", "the UCI"
        return f"{first.lower()} {rest}"
    return name


# -- hop by hop ---------------------------------------------------------------------------------


def rating_words(h: ScoredHop) -> str:
    hop = h.hop
    if not h.rated:
        return (
            "not rated, so it is scored at the prior for "
            f"{KIND_NOUNS.get(h.kind_used, h.kind_used)}"
            f" ({_f(h.credibility)})"
        )
    assert hop.outlet is not None
    q = float(hop.outlet.get("reliability") or 0.0)
    words = f"rated {_f(q)}"
    provenance = hop.outlet.get("provenance")
    if isinstance(provenance, str) and provenance.strip():
        words += f" by {provenance.strip()}"
    affiliation = AFFILIATION_WORDS.get(str(hop.outlet.get("state_affiliation") or ""))
    if affiliation:
        words += f" ({affiliation})"
    return words + f", credibility {_f(h.credibility)}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _next_phrase(chain: Sequence[ScoredHop], after: ScoredHop) -> str:
    """The node a hop cites; a venue is named with the speaker who spoke on it."""
    position = chain.index(after)
    speaker = next((c for c in chain[position + 1 :] if c.counted), None)
    if after.hop.role == "venue" and speaker is not None:
        return f"{node_phrase(speaker.hop)} {venue_words(after)}"
    return node_phrase(after.hop)


def venue_words(venue: ScoredHop) -> str:
    """'on Russian state TV (Channel One Russia)', 'on CNN'; a written venue as the text puts
    it: 'in a statement', 'on X'."""
    if venue.state_affiliated:
        return f"on {state_media_phrase(venue.hop)}"
    if venue.hop.kind == "document":
        written = " ".join(venue.hop.source_text.split())
        return written if written.split(" ", 1)[0].lower() in _VENUE_PREPOSITIONS else (
            f"in {written}")
    named = node_phrase(venue.hop)
    first, _, rest = named.partition(" ")
    if first.lower() in _VENUE_PREPOSITIONS and rest:
        return named  # the venue's own words already say where ("on X", "in the Times")
    return f"on {named}"


_VENUE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through"})


def hop_why(h: ScoredHop, chain: Sequence[ScoredHop], params: ModelParams) -> str:
    """Why this hop has its p, in plain words with the arithmetic."""
    return _sentence(_hop_why(h, chain, params))


def _hop_why(h: ScoredHop, chain: Sequence[ScoredHop], params: ModelParams) -> str:
    hop = h.hop
    name = node_phrase(hop)
    rating = rating_words(h)
    if not h.counted:
        return (
            f"{name_of(hop)} publishes the article; {rating}. Shown for its credibility, "
            "not counted in the sourcing."
        )
    position = chain.index(h)
    after = next((c for c in chain[position + 1 :] if c.counted), None)
    if hop.role == "venue" and after is not None:
        if h.bounds_next:
            return (
                f"{name} is {state_media_phrase(hop).split(' (')[0]}, where "
                f"{node_phrase(after.hop)} spoke; {rating}. State media chose and aired the "
                f"speaker, so the speaker counts for no more than {_f(h.credibility)}; "
                "the venue adds no hop of its own (p = 1)."
            )
        return (
            f"{name} is where {node_phrase(after.hop)} spoke; {rating}. A venue that is not "
            "state-affiliated only hosts the speaker, so it leaves the score alone (p = 1)."
        )
    if hop.kind in ("anonymous", "anonymous_described", "vague"):
        level = "its credibility" if h.rated else "the prior for its kind"
        base = (
            f"“{hop.source_text.strip()}” is {KIND_NOUNS[hop.kind]} that no reader can check, "
            f"so it counts as a hop of its own at {level}"
        )
        return base + _cap_words(h)
    if after is None:
        return f"{name} is the origin of the claim; {rating}" + _cap_words(h)
    lead = f"{name} passes on what {_next_phrase(chain, after)} said; {rating}"
    if h.rho is not None:
        named = (
            "names"
            if after.hop.kind not in ("anonymous_described", "unnamed_outlet")
            else ("describes")
        )
        share = "half" if h.rho == 0.5 else f"{h.rho:g}"
        text = (
            f"{lead}. It {named} its source, so only {share} of its doubt counts (relay "
            f"leniency): p = 1 − {h.rho:g} × (1 − {_f(h.credibility)}) = "
            f"{_f(h.p_before_cap if h.p_before_cap is not None else h.p)}"
        )
        return text + ("." if h.capped_by is None else _cap_words(h))
    reason = {
        "state": "it is state-affiliated, so it gets no relay leniency",
        "unnamed": "it is unnamed itself, so it gets no relay leniency",
        "unnamed_next": "its own source is unnamed, so it gets no relay leniency",
    }.get(h.leniency_blocked or "", "no relay leniency")
    return f"{lead}; {reason}" + _cap_words(h)


def _cap_words(h: ScoredHop) -> str:
    """Closes a hop's sentence with its p, and the state venue's cap if one applied."""
    if h.capped_by is None or h.p_before_cap is None:
        return f"; p = {_f(h.p)}."
    venue = state_media_phrase(h.capped_by.hop)
    if h.p_before_cap <= h.p:
        return f"; p = {_f(h.p)} (speaking on {venue} does not lower it further)."
    return (
        f". It speaks on {venue}, so it is held to that venue's credibility: "
        f"p = min({_f(h.p_before_cap)}, {_f(h.capped_by.credibility)}) = {_f(h.p)}."
    )


# -- chains, claims, summary --------------------------------------------------------------------


def chain_phrase(chain: ScoredChain) -> str:
    """'Igor Korotchenko (an expert) speaking on Russian state TV (Channel One Russia), citing
    unnamed reports, as relayed by the New York Post'."""
    counted = [h for h in chain.hops if h.counted]
    if not counted:
        return "no identifiable source"
    if counted[-1].hop.kind == "publisher":
        return "the publisher's own reporting"
    origin = counted[-1]
    cited: ScoredHop | None = None
    anchor_at = len(counted) - 1
    if origin.hop.kind in ("anonymous", "anonymous_described", "vague") and len(counted) > 1:
        cited, anchor_at = origin, len(counted) - 2
    anchor = counted[anchor_at]
    before = counted[anchor_at - 1] if anchor_at > 0 else None
    venue = before if before is not None and before.hop.role == "venue" else None
    relays = counted[: anchor_at - (1 if venue else 0)]
    phrase = _who(anchor)
    if venue is not None:
        phrase += f" speaking {venue_words(venue)}"
    if cited is not None and unnamed_phrase(cited.hop) == _who(anchor):
        cited = None  # one party twice ("an unnamed candidate, citing an unnamed candidate")
    if cited is not None:
        if anchor.hop.role == "venue":
            phrase = _unnamed_at_venue(unnamed_phrase(cited.hop), anchor.hop, phrase)
        elif anchor.hop.kind in ("outlet", "unnamed_outlet", "state_affiliated_outlet"):
            phrase = f"{unnamed_phrase(cited.hop)} quoted by {phrase}"
        else:
            phrase += f", citing {unnamed_phrase(cited.hop)}"
    named = [_who(anchor)]
    # a party already named as the speaker or the venue is said once: "Ben Carson speaking on
    # CNN", not "..., as relayed by CNN" or "..., as relayed by Ben Carson (candidate)"
    already_named = {h.hop.entity for h in (anchor, venue) if h is not None and h.hop.entity}
    for r in reversed(relays):
        if r.hop.entity and r.hop.entity in already_named:
            continue
        if _who(r) not in named and not (
                venue is not None and r.hop.span is not None and venue.hop.span is not None
                and venue.hop.span.start <= r.hop.span.start < venue.hop.span.end):
            # a relay the venue already names ("a statement released by their lawyers") is
            # said once
            named.append(_who(r))
    if len(named) > 1:
        phrase += ", as relayed by " + _join(named[1:])
    return phrase


def _unnamed_at_venue(unnamed: str, venue: Hop, where: str) -> str:
    """'a person familiar with the plans quoted by Reuters' (an outlet told), 'unnamed guests
    aired on CNN' (a broadcast), 'unnamed parents on social media' (a platform or a place)."""
    if _PREPOSITION_FIRST.match(where) or _OCCASION.match(where):
        return f"{unnamed} {where}"  # "in a viral video", "on investor message boards"
    if venue.outlet or venue.kind in ("outlet", "state_affiliated_outlet"):
        verb = "aired on" if _is_broadcaster(venue) else "quoted by"
        # "..., who spoke on condition of anonymity because ..., quoted by Reuters"
        return f"{unnamed}, {verb} {where}" if "," in unnamed else f"{unnamed} {verb} {where}"
    return f"{unnamed} on {where}"


def _who(h: ScoredHop) -> str:
    return state_media_phrase(h.hop) if h.state_affiliated else node_phrase(h.hop)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def claim_name(claim: ScoredClaim) -> str:
    if claim.position == "headline":
        return "the headline claim"
    if claim.position == "lead":
        return "the lead claim"
    return f"the claim {quoted(excerpt(claim.text))}"


def excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_QUOTE_MARKS = "“”\"„«»‘’'"


def quoted(text: str) -> str:
    """The text in curly quotes, once: a claim that is itself a quotation keeps its own marks
    (“We take every report seriously,” not “"We take every report seriously,"”), and the
    comma a quotation ends with before its attribution goes."""
    inner = text.strip().strip(_QUOTE_MARKS).rstrip(",").strip()
    return f"“{inner}”"


def summary(article: ScoredArticle, params: ModelParams) -> str:
    """One sentence naming the weakest load-bearing link.

    The claim chosen is the one whose weakness costs the article most: the largest
    position weight × (1 − support); its best chain is spelled out hop by hop.
    """
    if not article.claims:
        return (
            "No statement in this article is attributed to a source, so its sourcing cannot "
            "be rated."
        )
    from .model import position_weight

    claim = max(
        article.claims,
        key=lambda c: (position_weight(c.position, params) * (1.0 - c.opinion.b), -c.start),
    )
    best = claim.best_chain
    name = claim_name(claim)
    name = name[0].upper() + name[1:]
    if best is None:
        return f"{name} has no source chain."
    if len(claim.groups) > 1:
        return (
            f"{name} is the weakest load-bearing claim: its strongest support is "
            f"{chain_phrase(best)}, with {len(claim.groups) - 1} other independent "
            f"source{'s' if len(claim.groups) > 2 else ''}."
        )
    return f"{name} rests on {chain_phrase(best)}."
