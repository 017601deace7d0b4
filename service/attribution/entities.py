"""Entities: who each source phrase is, one table per article, and what kind of source it is.

Stage 3 of the attribution pipeline. The `Resolver` keeps the article's entities (people,
bodies, outlets, documents, unnamed and vague sources), fixes each one's kind once, and links
later references to them: surnames, titles, pronouns, and descriptions such as "the company",
"the senator", "the agency". A reference nobody precedes is `unresolved`, never anonymous.
Kinds follow rubrics/source-kinds.md. A reference looks back through an index of earlier
mentions by category, never through the text.

The resolver is built in four layers, one module each: `entity_table.py` (the table, the
look-back index and the kinds that need no reading), `outlet_refs.py` (phrases that name an
outlet or its reporting), `descriptions.py` (phrases with no name in them: "a person familiar
with the matter", "the company", a post-modified phrase, a name's spokesman or office holder)
and this module, which reads a phrase (`Resolver.resolve`: a name with its title, a body, a
pronoun) and decides its kind, handing a description to the layer below.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .descriptions import (
    ANONYMITY_MARKERS,
    BODY_OR_OUTLET_NOUNS,
    DEFINITE,
    NEWS_WORDS,
    UNCOUNTED_PEOPLE,
    UNIQUE_POSTS,
    DescriptionResolution,
    named_body_record,
    one_person,
)
from .entity_table import (
    HEADLINE_ROLE,
    NAMED_KINDS,
    UNRESOLVED,
    WORD_PATTERN,
    Entity,
    Mention,
    is_plural_head,
    modified_indefinite,
    possessor_of,
)
from .outlet_refs import OUTLET_KINDS
from .phrases import (
    DOCUMENT_PARTICIPLES,
    NAME_PARTICLES,
    Units,
    compound_modifier,
    document_phrase,
    is_name_token,
    is_role,
    nationality,
    says_state_media,
    slug,
)
from .text import Token, make_token, tokenize

"""Kind of a reference the article does not resolve ("they" with nobody before it)."""
_POSSESSIVE_PRONOUNS = {"his": "he", "their": "they", "its": "it"}
# a pronoun with a contracted auxiliary: "who’d", "she's", "they’ve", "he’ll"
_CONTRACTED = re.compile(r"^(?:he|she|they|it|who|we|i|you)['’](?:d|s|ve|ll|re|m)$")


# What makes "a third" a share of a population ("Fewer than a third said", "about a third")
_SHARE_BEFORE = re.compile(r"\b(?:than|about|nearly|almost|roughly|around|only|just|some|over|"
                           r"under|least|to|fully|approximately|barely)\s+$", re.I)
# "A second person", "another official": one more member of a kind of source already named
_NEXT_MEMBER = frozenset({("a", "second"), ("a", "third"), ("a", "fourth"), ("another", "such")})


_FEMALE = re.compile(r"\b(?:woman|spokeswoman|daughter|mother|wife|sister|girl|chairwoman|"
                     r"businesswoman|congresswoman|actress|grandmother|aunt|niece|nun)\b",
                     re.IGNORECASE)
_MALE = re.compile(r"\b(?:man|spokesman|son|father|husband|brother|boy|chairman|businessman|"
                   r"congressman|actor|grandfather|uncle|nephew|priest|monk)\b", re.IGNORECASE)


def _as_common(tok: Token) -> Token:
    """The token read as a common word ("Regulators" opening a sentence, "MPs")."""
    return make_token(tok.start, tok.end, tok.text.lower())


# Members of a chamber, written as a plural acronym
_MEMBERS_PLURAL = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "MPPs", "TDs", "MKs", "MHAs"})
# What the trade press calls itself before its name ("the trade newsletter MediaLedger", "the
# blog OreWire"): an outlet of its own then, where "his newsletter", "a blog post" with no name
# after them are the writer's own record.
_TRADE_PRESS_NOUNS = frozenset({"newsletter", "blog"})
# Nouns for a kind of outlet that open a sentence before the outlet's name
_OUTLET_KIND_WORDS = frozenset({"newspaper", "broadcaster", "daily", "magazine", "tabloid",
                                "weekly", "website", "paper", "broadsheet"})


def _gender_fits(pronoun: str, description: str) -> bool:
    """"He" is never "an ICE spokeswoman", "she" never "a spokesman"."""
    if pronoun.lower() in {"he", "him", "his", "himself"}:
        return _FEMALE.search(description) is None
    if pronoun.lower() in {"she", "her", "hers", "herself"}:
        return _MALE.search(description) is None
    return True


def _titled_name_end(tokens: list[Token]) -> int | None:
    """Where a titled name ends before what post-modifies it ("meteorologist Karen Holloway"
    of "meteorologist Karen Holloway of the weather service"): lowercase role words, then two
    or more name tokens, then "of", "at", "from" or "with"; None for any other phrase."""
    k = 0
    while k < len(tokens) and (tokens[k].text.islower() or k == 0) and (
            is_role(tokens[k]) or compound_modifier(tokens[k])):
        # role words, and what places them ("Sydney-based advocate Hanna Morcombe of ...")
        k += 1
    if k == 0 or not is_role(tokens[k - 1]):
        return None
    m = k
    while m < len(tokens) and is_name_token(tokens[m]):
        m += 1
    if m - k < 2 or m >= len(tokens) - 1 or tokens[m].lower not in {"of", "at", "from", "with"}:
        return None
    return m


# A headline's "source says", "official says": a person whose name the article withholds.
_HEADLINE_WITHHELD = lx.ANONYMOUS_HEADS | frozenset({
    "official", "aide", "insider", "person", "staffer", "adviser", "advisor", "diplomat",
    "spokesman", "spokeswoman", "spokesperson", "employee", "member", "figure", "individual",
    "witness", "operative"})


def _record_and_maker(tokens: list[Token]) -> int:
    """The number of tokens of the record a phrase opens with, when a contact clause after it
    names who made it ("A screening survey | the charity published on May 9", "registration
    figures | UNHCR published on Monday"); 0 otherwise."""
    for i in range(1, min(len(tokens) - 1, 6)):
        head = tokens[i - 1]
        if head.bare not in lx.DOCUMENT_HEADS or head.is_capitalised:
            continue
        if not all(t.lower in lx.DETERMINERS or t.text.islower() or t.text[:1].isdigit()
                   for t in tokens[:i]):
            return 0
        nxt = tokens[i]
        if not (nxt.lower in {"the", "its", "their"} or nxt.is_capitalised):
            continue
        if any(t.lower in DOCUMENT_PARTICIPLES for t in tokens[i + 1:i + 5]):
            return i
    return 0


# A named body's numbers, written after its name ("Office for National Statistics figures").
_BODY_NUMBERS = frozenset({"figures", "data", "estimates", "statistics", "numbers"})
# What an outlet named before it makes: "the Bloomberg report", "the Xinhua story".
_NAMED_WORK = frozenset({"report", "story", "article", "investigation", "dispatch"})
# The last word of a paper's name that is also a common noun ("the Southside Star", "The
# Valley News"), never a party's or a leader's ("The Wisconsin Republican", "the Opposition
# Leader")
_PAPER_WORDS = frozenset({"star", "post", "times", "sun", "globe", "news", "herald", "journal",
                          "mail", "mirror", "express", "record", "review", "observer",
                          "tribune", "gazette", "courier", "chronicle", "telegraph", "dispatch",
                          "bulletin", "examiner", "inquirer", "enquirer", "sentinel", "ledger",
                          "beacon", "monitor", "banner", "echo", "bee", "mercury", "press"})
# An appositive that says what a name is: a news outlet ("a local weekly", "a regional
# newspaper", "the country's largest daily"), with no preposition that would make its head a
# person of the outlet ("a reporter for the paper")
_OUTLET_APPOSITIVE = re.compile(
    r"(?:a|an|the)\s+(?:(?!(?:for|of|at|with|from|in|on|by)\b)[\w’'-]+\s+){0,3}"
    r"(?:weekly|daily|newspaper|paper|tabloid|broadsheet|broadcaster|magazine|news\s+website|"
    r"news\s+site|news\s+agency|news\s+portal|radio\s+station|television\s+station|"
    r"TV\s+station|television\s+channel|news\s+channel|publication)", re.IGNORECASE)
# A party's member is never a surname ("a California Democrat", "Senate Republicans").
_PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian",
                            "conservative", "liberal", "progressive", "socialist", "tory"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A named person's relatives and counsel: "his wife", "her lawyers", "his client" (the wire
# readers: named, as "Elliott's father" is)
_RELATIVES = frozenset({"wife", "husband", "widow", "widower", "father", "mother", "son",
                        "daughter", "brother", "sister", "family", "client", "lawyer",
                        "lawyers", "attorney", "attorneys", "partner", "spouse", "fiancée",
                        "fiance", "fiancé", "fiancee"})
# People of a body or a work that the body names: "its authors" (a study's), "its auditor"
_A_BODYS_OWN = frozenset({"authors", "author", "auditor", "auditors"})
# People who speak for someone when "for" names who ("a representative for the singer")
_AGENTS_FOR = frozenset({"representative", "rep", "publicist"})


def _speaks_for_a_body(text: str, tokens: list[Token]) -> bool:
    """A spokesperson the phrase ties to a body: a name or a noun before the head ("A
    Halvorsen spokesman", "a company spokeswoman"), an owner ("its spokeswoman", "the
    ministry's spokesman") or a body after it ("a spokeswoman for the hospital"); and a bare
    "a spokeswoman", who speaks for the body the story is about (the wire readers: named in
    all 55 such spans, dev and held out, the rubric's voice of an identified organisation,
    where issue 10 had listed her among the unnamed). Not one who withholds even that ("A
    Halvorsen spokesman, who did not give his name")."""
    low = [t.lower for t in tokens]
    head = next((i for i, w in enumerate(low) if w in _SPOKESPEOPLE), -1)
    if head < 0:
        # "A representative for the singer", "a publicist for Cole": who speaks for a person
        # or a firm, as a spokesperson does (the wire readers: named); "a representative
        # from Ohio" is a lawmaker, no one's voice
        head = next((i for i, w in enumerate(low[:-1]) if w in _AGENTS_FOR
                     and low[i + 1] == "for"), -1)
    if head < 0 or set(low) & ANONYMITY_MARKERS:
        return False
    after = text[tokens[-1].end:tokens[-1].end + 120]
    if re.match(r"\s*,?\s*who\b", after) and lx.WITHHELD_NAME.search(after.split(".")[0]):
        return False
    if head + 1 < len(low) and low[head + 1] in {"for", "of", "at"}:
        return True  # "a spokeswoman for the hospital"
    before = low[:head]
    if before in (["a"], ["an"], ["the"], ["another"]) and head == len(low) - 1 and (
            low[head] in _SPOKESPEOPLE):
        return True  # "A spokeswoman said", "the spokesman added"
    return bool(before) and (
        any(is_name_token(t) for t in tokens[1:head])  # "A Halvorsen spokesman"
        or before[-1] not in lx.DETERMINERS  # "a company spokeswoman"
        or before[0] in lx.POSSESSIVE_DETERMINERS  # "its spokeswoman"
        or before[-1].endswith(("'s", "’s")))  # "the ministry's spokesman"


# What a network's name says it carries, when "Network" ends an outlet's name.
_BROADCAST_WORDS = NEWS_WORDS | {"cable", "sports", "channel", "satellite", "public"}
# Words that end a head noun and open what modifies it, in a phrase that may hold names.
# The words that tie a document to its author, client or place ("an audit by", "a poll for",
# "a post on", "a letter from"): document_phrase decides whether they do here.
_DOCUMENT_LINKS = frozenset({"by", "on", "from", "for"})


# The endings of plural nouns for people that few surnames share ("shareholders", "regulators",
# "analysts", "migrants", "residents", "civilians", "employees", "relatives", "troops")
_COMMON_PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "ives", "ops")


class Resolver(DescriptionResolution):
    """Classifies source noun phrases and links references to earlier mentions (the table
    and the outlet phrases it builds on: `EntityTable`, `OutletResolution`)."""

    # -- classification --

    def resolve(self, text: str, tokens: list[Token], pos: int, *,
                description: str | None = None, antecedent: Mention | None = None,
                units: Units | None = None, first: int = 0, in_headline: bool = False,
                quoted: bool = False) -> Mention:
        """The mention made by `tokens` (a noun phrase of `text`) at article position `pos`.

        `description` is an appositive found next to the phrase; `antecedent` is what a
        relative pronoun ("who") refers to; `first` is the index in the caller's token list
        of tokens[0], used to look up `units`. A phrase inside a quotation (`quoted`) is the
        speaker's word, not whom a later "she" refers back to ("“I am the proud daughter of
        immigrants who taught me ...,” she said"; "“Taxpayers were told ...,” she said").
        """
        start, end = tokens[0].start, tokens[-1].end
        span_text = text[start:end]
        if in_headline and len(tokens) <= 4 and (
                is_role(tokens[-1]) or (len(tokens) == 1 and tokens[0].bare in lx.NATIONALITIES)
        ) and not tokens[-1].bare.endswith("s") and tokens[0].bare not in lx.DETERMINERS and (
                tokens[-1].bare not in _HEADLINE_WITHHELD) and (
                tokens[-1].bare not in UNCOUNTED_PEOPLE):
            # "Lawmaker says ...", "Cuban slams ...", "Former White House doctor: ...": a
            # headline's role without an article is one person the article identifies below
            # (a plural without an "-s", "staff say", "clergy warn", is a group)
            entity = self._entity(HEADLINE_ROLE + slug(tokens[0].text), kind="named_person",
                                  category="person", name=tokens[0].text)
            mention = Mention(0, 0, "", entity, "named_person")
        else:
            if not in_headline and len(tokens) == 1 and self._plural_opening(text, tokens[0]):
                # "Regulators said", "Shareholders said": a plural opening the sentence is
                # capitalised there, not a name (a surname is introduced whole before)
                tokens = [_as_common(tokens[0])]
            if tokens[-1].text in _MEMBERS_PLURAL:
                # "MPs said", "Many MPs": members of a chamber, a group like "lawmakers", not
                # an acronym's body
                tokens = [*tokens[:-1], _as_common(tokens[-1])]
            elif len(tokens) > 1 and tokens[0].is_capitalised and (
                    tokens[0].bare in _OUTLET_KIND_WORDS) and tokens[1].is_capitalised and not any(
                    t.bare in lx.ORG_WORDS for t in tokens[1:]):
                # "Newspaper La Nacion reported", "Newspaper Reforma said": the kind of
                # outlet, capitalised as the sentence opens, before its name (not "Newspaper
                # Association of America", a body)
                tokens = [_as_common(tokens[0]), *tokens[1:]]
            mention = self._classify(text, tokens, pos, description, antecedent, units, first)
            if mention.kind == "anonymous_described" and _speaks_for_a_body(text, tokens):
                # "A Halvorsen spokesman", "a spokeswoman for the hospital": the body's
                # voice on the record (the rubric's role one knowable person holds; the wire
                # readers: named, 166 to 7), for every later "the spokesman" and "he" too
                mention.entity.kind = mention.kind = "named_official"
                mention.entity.category = "person"
        mention.start, mention.end, mention.text = start, end, span_text
        self.note_acronym(mention)
        self._note_outlet_short_form(mention)
        if mention.country is None and mention.entity.country is None and (
            mention.kind in {"state_affiliated_outlet", "unnamed_outlet", "anonymous_described"}
        ):
            mention.country = self.context_country
        if not quoted:
            self.history.add(pos, mention.entity)
        return mention

    def _plural_opening(self, text: str, tok: Token) -> bool:
        """A capitalised word ending in "s" that opens its sentence, and is neither a surname
        the article has introduced nor a name the directory holds."""
        if not (tok.text[:1].isupper() and tok.text[1:].islower()
                and tok.bare.endswith(_COMMON_PLURAL_ENDINGS)) or tok.bare in lx.KNOWN_WORDS:
            return False  # "Collins", "Williams", "Daniels": as often a surname as not
        before = text[max(0, tok.start - 3):tok.start].rstrip(" “\"‘'(")
        if before and before[-1] not in ".!?\n":
            return False
        if possessor_of(tok.lower) in self.by_surname or tok.bare[:-1] in self.by_surname:
            return False
        return self.directory is None or not any(
            m.start == 0 for m in self.directory.find(tok.text))


    def _classify(self, text: str, tokens: list[Token], pos: int, description: str | None,
                  antecedent: Mention | None, units: Units | None, first: int) -> Mention:
        low = [t.bare for t in tokens]
        named_outlet = self._after_outlet_noun(text, tokens)
        if named_outlet is not None:
            return named_outlet
        if description and _OUTLET_APPOSITIVE.fullmatch(description) and all(
                t.is_capitalised or t.lower in {"the", "de", "da", "do", "del", "la", "le", "di"}
                for t in tokens) and not (self.directory is not None and self.directory.find(
                    text[tokens[0].start:tokens[-1].end])):
            # "The Jornal de Corval, a local weekly, reported": a paper by what the article says
            # it is, one the directory does not hold (unrated)
            return self._unrated_outlet(text[tokens[0].start:tokens[-1].end],
                                        text[tokens[0].start:tokens[-1].end])
        if len(tokens) == 1 and tokens[0].text in self.acronyms:
            # "TNA quoted ..." after "The Tavarian News Agency (TNA) said"
            defined = self.acronyms[tokens[0].text]
            return Mention(0, 0, "", defined.entity, defined.kind, None, defined.country,
                           defined.outlet)
        named = [t.text for t in (tokens[1:] if tokens[0].lower == "the" else tokens)]
        # "Joy Sports said" after "broadcaster Joy Sports"; "Valor said" after "newspaper
        # Valor Econômico"
        short = self.outlet_short_forms.get(" ".join(named)) if len(named) > 1 else (
            self.outlet_short_forms.get(possessor_of(tokens[0].text))
            if len(tokens) == 1 and tokens[0].is_capitalised else None)
        if short is not None:
            return Mention(0, 0, "", short.entity, short.kind, None, short.country,
                           short.outlet)
        if len(tokens) == 1 and tokens[0].lower in lx.PRONOUNS:
            return self._pronoun(tokens[0].lower, pos, antecedent)
        titled = _titled_name_end(tokens)
        if titled is not None:
            # "meteorologist Karen Holloway of the weather service's Indianapolis office": the
            # titled name is the person; what follows says where she works
            return self._classify(text, tokens[:titled], pos, description, antecedent, units,
                                  first)
        if len(tokens) == 1 and tokens[0].lower in _POSSESSIVE_PRONOUNS:
            # "their claims for adjudication": the possessor is the pronoun's referent
            return self._pronoun(_POSSESSIVE_PRONOUNS[tokens[0].lower], pos, antecedent)
        if len(tokens) == 1 and _CONTRACTED.match(tokens[0].lower):
            # "who’d previously endorsed", "she's said": the contraction is its pronoun
            word = tokens[0].lower.replace("’", "'").split("'", 1)[0]
            return self._pronoun(word, pos, antecedent)
        if named_body_record(tokens, _BODY_NUMBERS):
            # "Bank of Portugal estimates", "Kessler Institute figures": the body's numbers, a
            # record (the wire readers); a body the outlet table holds is resolved before this
            return self._document(slug(text[tokens[0].start:tokens[-1].end]),
                                  text[tokens[0].start:tokens[-1].end])
        if len(tokens) == 2 and tokens[1].bare in _NAMED_WORK and tokens[0].is_capitalised and (
                tokens[0].text.endswith(("'s", "’s"))):
            # "Bloomberg's report said": the outlet's own reporting, that outlet speaking, as
            # "the Bloomberg report" is
            author = self._outlet(text, tokens[:1], units, first)
            if author is not None and author.kind in OUTLET_KINDS:
                return Mention(0, 0, "", author.entity, author.kind,
                               text[tokens[0].start:tokens[-1].end], outlet=author.outlet)
        if len(tokens) > 2:
            published = self._outlet_work_in(text, tokens, units, first)
            if published is not None:
                return published
            if (low[0] == "the" or (low[0] in {"a", "an"} and tokens[-1].bare in {
                    "report", "story", "article"})) and tokens[-1].bare in _NAMED_WORK and all(
                    t.is_capitalised for t in tokens[1:-1]):
                # "The Xinhua report said", "the Bloomberg report", "the Bangkok Post
                # report", "a Reuters report": the outlet's own reporting, that outlet
                # speaking (the wire readers: 22 of 22 such sources); the directory's match
                # may hold the article ("the New York Post"). "a USA TODAY investigation
                # found" is as often the publisher's own work, and stays a record
                author = self._outlet(text, tokens[1:-1], units, first + 1) or (
                    self._outlet(text, tokens[:-1], units, first))
                if author is not None and author.kind in OUTLET_KINDS:
                    return Mention(0, 0, "", author.entity, author.kind,
                                   text[tokens[0].start:tokens[-1].end], outlet=author.outlet)
            made = _record_and_maker(tokens)
            if made:
                # "A screening survey the charity published on May 9", "registration figures
                # UNHCR published on Monday": the record, its maker in a contact clause
                desc_text = text[tokens[0].start:tokens[-1].end]
                return self._document(slug(" ".join(t.lower for t in tokens[:made])), desc_text)
        if len(tokens) > 2 and not _DOCUMENT_LINKS.isdisjoint(low) and (
                document_phrase(tokens)):
            # "A 2022 audit by the comptroller's office", "a poll released by the Post and
            # ABC News": a document, whoever wrote it
            reporting = self._outlet_reporting(text, tokens, units, first)
            if reporting is not None:
                return reporting
            desc_text = text[tokens[0].start:tokens[-1].end]
            return self._document(slug(" ".join(w for w in low if w not in lx.DETERMINERS)),
                                  desc_text)
        if len(tokens) == 1 and low[0] == "one" and (tokens[0].is_capitalised or description):
            # "Two teachers ..., who asked not to be named, said ... One said ...": one of
            # the group that withheld its names just before, as "One of them" is
            ref = self.history.last_matching(
                pos, lambda e: e.kind == "anonymous_described" and lx.WITHHELD_NAME.search(
                    e.description or "") is not None, tries=8)
            if ref is not None and not description:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
            if description:
                # "“...,” said one, a 41-year-old salesman from Osaka": one person the
                # appositive describes, unnamed
                entity = self._entity(f"one-{slug(description.lower())}",
                                      kind="anonymous_described", category="anon",
                                      name=description, description=description)
                return Mention(0, 0, "", entity, "anonymous_described", description)
        if len(tokens) == 3 and low[1] == "of" and low[0] in lx.QUANTITY_HEADS and (
                low[2] in {"them", "us"}):
            # "one of them": one of the group just named
            ref = self.history.last_plural(pos, tries=8)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
            # a group the analysis did not place ("Workers at the plant were angry. One of them
            # said"): still one unidentified person of it, as the wire readers read all 44
            # such sources (unnamed, not confidential), never a reference left unresolved
            desc_text = text[tokens[0].start:tokens[-1].end]
            entity = self._entity(f"{slug(desc_text.lower())}-{pos}", kind="anonymous_described",
                                  category="anon", name=desc_text, description=desc_text)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if len(tokens) >= 4 and low[1] == "of" and low[0] in lx.QUANTITY_HEADS and (
                low[2] in DEFINITE):
            # "one of the diplomats" after "two diplomats who spoke on condition of anonymity":
            # one of the same group, one origin
            member_of = low[-1]
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and e.plural and member_of in (
                    e.description or "").lower(), tries=24) or self.history.last_matching(
                # "Two Department of Homeland Security officials, who spoke on condition of
                # anonymity, said": a group read as a body's people, not flagged plural
                pos, lambda e: e.kind == "anonymous_described" and member_of.endswith("s")
                and member_of in WORD_PATTERN.findall((e.description or "").lower()),
                tries=24)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
        if len(tokens) == 3 and (low[0], low[1]) in _NEXT_MEMBER and (
                low[2] in lx.ANONYMOUS_HEADS or low[2] in lx.DESCRIBED_ANONYMOUS_HEADS):
            # "A second person said ..." after "a person familiar with the matter": one more
            # person of the same confidential kind, a source of its own
            member = low[2]
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and member in (e.description or "").lower(),
                tries=24)
            if ref is not None and ref.description:
                ref_words = ref.description.split()
                at = next((i for i, w in enumerate(ref_words) if w.lower().strip(",") == member),
                          -1)
                if at >= 0 and at + 1 < len(ref_words):
                    modifier = " ".join(ref_words[at + 1:])
                    desc_text = f"{text[tokens[0].start:tokens[-1].end]} {modifier}"
                    entity = self._entity(slug(desc_text) + f"-{pos}",
                                          kind="anonymous_described", category="anon",
                                          name=desc_text, description=desc_text)
                    return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if low in (["another"], ["the", "other"], ["a", "second"], ["a", "third"]) and not (
                _SHARE_BEFORE.search(text, max(0, tokens[0].start - 16), tokens[0].start)):
            # "Another said ..." after "One of the people": one more of the same unnamed group
            # ("Fewer than a third said": a share of those asked, not a third person)
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and e.plural, tries=24)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
        if len(tokens) == 1 and tokens[0].is_capitalised and not is_name_token(tokens[0]):
            known = self.by_surname.get(possessor_of(tokens[0].lower))
            if known is not None:  # "King said" after "Billie Jean King"
                return Mention(0, 0, "", known, known.kind)
            if _after_closing_quote(text, tokens[0].start) and tokens[0].bare not in (
                    lx.NATIONALITIES) and tokens[0].lower not in lx.DETERMINERS and not (
                    is_plural_head(tokens[0].bare)):  # '"...," Critics said' is not a surname
                # '"..." Young said': the speaker after a quotation is a surname, even one
                # that is also a word
                entity = self._person([tokens[0].text])
                return Mention(0, 0, "", entity, entity.kind)
        office = self._office_holder(text, tokens, low)
        if office is not None:
            return office
        if len(tokens) == 1 and tokens[0].is_capitalised:
            known = self.by_surname.get(possessor_of(tokens[0].lower))
            if known is not None and known.category == "person":
                # "Day said" after "Kristen Day, executive director of ...": her surname, not
                # the newspaper of that name
                return Mention(0, 0, "", known, known.kind)
        outlet_mention = self._outlet(text, tokens, units, first)
        if outlet_mention is not None:
            return outlet_mention
        modified = self._post_modified(text, tokens, low)
        if modified is not None:
            return modified
        owned = self._owned_by_name(text, tokens, low)
        if owned is not None:
            return owned
        relative = self._relative_of_a_name(text, tokens, low, pos)
        if relative is not None:
            return relative
        if len(tokens) in (2, 3) and low[0] in {"its", "their"} and (
                low[-1] in UNIQUE_POSTS or low[-1] in _A_BODYS_OWN) and (
                low[-1] not in _SPOKESPEOPLE):
            # "its director", "their chairman", "its chief executive": the one person holding
            # the body's post, named (the rubric's "a role held by one knowable person"); with
            # no body before it, still the one holder of a post
            desc_text = text[tokens[0].start:tokens[-1].end]
            post = " ".join(low[1:])
            body = self.history.last_before(pos, frozenset({"org", "outlet", "anon"}), tries=8)
            eid = f"{body.id}-{slug(post)}" if body is not None else slug(desc_text.lower())
            name = f"{body.name}'s {post}" if body is not None else desc_text
            entity = self._entity(eid, kind="named_official", category="person", name=name,
                                  description=desc_text)
            return Mention(0, 0, "", entity, "named_official", desc_text)
        # Title + surname: "Mr Korotchenko", "Sen. Cruz".
        if len(tokens) >= 2 and tokens[0].bare.rstrip(".") in lx.PERSON_TITLES:
            name_tokens = [t for t in tokens[1:] if is_name_token(t)]
            if name_tokens and description:
                return self._named(text, tokens, [], name_tokens, description)
            if name_tokens:
                entity = self._person([t.text for t in name_tokens])
                return Mention(0, 0, "", entity, entity.kind)
        if len(tokens) == 1 and tokens[0].is_capitalised and tokens[0].bare in lx.NATIONALITIES \
                and not tokens[0].bare.endswith("s"):
            # A bare singular demonym standing alone as a subject is a surname ("Cuban also
            # complained"): a people is plural ("Cubans") and one of them takes an article.
            entity = self._person([tokens[0].text])
            return Mention(0, 0, "", entity, entity.kind)
        # Names: capitalised run at the end of the phrase, after the last role word.
        run = len(tokens)
        org_tail = _org_tail(tokens)
        if org_tail < run:
            run = org_tail
        elif _common_word_surname(text, tokens):
            run -= 1  # "Tennis star Billie Jean King said": King is her surname
        if run == len(tokens) >= 2 and tokens[-1].is_capitalised and (
                tokens[-1].bare in lx.NATIONALITIES) and is_name_token(tokens[-2]):
            run -= 1  # a surname that is also a demonym: "Mark Cuban", "Tom English"
        elif run == len(tokens) >= 3 and tokens[-1].text.isdigit() and is_name_token(
                tokens[-2]) and is_name_token(tokens[-3]):
            run -= 1  # a number closing a name: "Ultras Hainaut 1998", "Rustavi 2"
        while run - 1 >= 0 and (is_name_token(tokens[run - 1]) or (
            tokens[run - 1].lower in {"and", "&", "-"} and run - 1 > 0
            and run < len(tokens)
        ) or (
            # "Corriere dello Sport", "La Gazzetta dello Sport", "Ursula von der Leyen": a
            # small word inside the name, between its capitalised words
            tokens[run - 1].lower in NAME_PARTICLES and run - 1 > 0 and run < len(tokens)
            and tokens[run].is_capitalised and (is_name_token(tokens[run - 2]) or (
                tokens[run - 2].lower in NAME_PARTICLES))
        )):
            run -= 1
        names = [t for t in tokens[run:] if t.is_word and t.lower not in {"and"}]
        # "MI6 Richard Moore", "FBI Director James Comey": the person is after the acronym.
        for cut in range(len(names) - 2, -1, -1):
            word = names[cut].text
            if len(names) - cut - 1 >= 1 and (
                any(c.isdigit() for c in word) or (word.isupper() and len(word) > 1)
            ) and not any(c.isdigit() or (c.isupper() and len(c) > 1) for c in
                          names[cut + 1].text[:1]) and names[-1].text[:1].isupper() and (
                not names[-1].text.isupper()
            ):
                run = run + cut + 1 - sum(
                    1 for t in tokens[run:run + cut + 1] if not t.is_word or t.lower == "and"
                )
                names = names[cut + 1:]
                break
        lead = tokens[:run]
        if names and any(t.lower in {"of", "for", "with", "at"} for t in names):
            names = []
        place = next((i for i, t in enumerate(tokens[:run]) if i > 0 and t.lower in {
            "near", "outside", "in", "from", "around", "on"} and tokens[i - 1].is_word
            and not is_name_token(tokens[i - 1]) and (tokens[i - 1].bare.endswith("s") or (
                # "A farmer near Ede": one person, placed (not the town)
                t.lower in {"near", "around", "outside"} and is_role(tokens[i - 1])) or (
                # "A Southeast Asian diplomat in Hanoi": one person, placed, whatever
                # capitalised words describe the role
                low[0] in {"a", "an", "one", "another"} and is_role(tokens[i - 1])))), None)
        if names and place is not None:
            names = []  # "Two farmers near the town of Salamanca": people, placed
        if names and modified_indefinite(tokens, run):
            names = []  # "Sources close to the Kremlin", "a diplomat based in Geneva"
        if names:
            return self._named(text, tokens, lead, names, description, org=org_tail < len(tokens))
        leading = next((i for i, t in enumerate(tokens) if not is_name_token(t)), len(tokens))
        if 2 <= leading < len(tokens) - 1 and low[leading] in {"of", "at", "from"} and (
                not any(t.bare in lx.ORG_WORDS for t in tokens[:leading])):
            # "Robert Antonacci of the New York delegation": the person, placed
            return self._named(text, tokens, [], tokens[:leading], description or text[
                tokens[leading + 1].start:tokens[-1].end])
        if len(tokens) >= 3 and low[0] == "the" and tokens[-1].is_capitalised and (
                low[-1] in _PAPER_WORDS) and all(
                is_name_token(t) for t in tokens[1:-1]):
            # "the Southside Star", "The Valley News": a masthead whose last word is also a
            # common noun (so no name token), after "the": a paper the directory does not hold
            return self._named(text, tokens, tokens[:1], tokens[1:], description)
        title = _capitalised_title(tokens)
        if title is not None:  # "Bank of America", "the Council on Foreign Relations"
            return self._named(text, tokens, tokens[:title], tokens[title:], description,
                               org=True)
        return self._described(text, tokens, low, pos)


    def _relative_of_a_name(self, text: str, tokens: list[Token], low: list[str],
                            pos: int) -> Mention | None:
        """"His wife", "her lawyers", "his client": the one relative or counsel of the named
        person the pronoun refers to, as knowable as "Aydin's wife" (named, the rubric's one
        knowable person). Whose relative an unnamed person's is ("a tenant ... his landlord")
        stays to the rules below, and nobody before the pronoun leaves it unresolved."""
        if len(tokens) != 2 or low[0] not in {"his", "her"} or low[1] not in _RELATIVES:
            return None
        word = "he" if low[0] == "his" else "she"
        owner = self.history.last_matching(
            pos, lambda e: not e.plural and (e.category == "person" or (
                e.category == "anon" and e.kind == "anonymous_described"
                and one_person(e.description or e.name or ""))) and _gender_fits(
                word, e.description or e.name or ""), tries=16)
        if owner is None or owner.kind not in NAMED_KINDS:
            return None
        desc_text = text[tokens[0].start:tokens[-1].end]
        entity = self._entity(f"{owner.id}-{slug(low[1])}", kind="named_person",
                              category="person", name=f"{owner.name}'s {low[1]}",
                              description=desc_text, plural=low[1].endswith("s"))
        return Mention(0, 0, "", entity, "named_person", desc_text)

    def _pronoun(self, word: str, pos: int, antecedent: Mention | None) -> Mention:
        role = lx.PRONOUNS[word]
        entity: Entity | None = None
        if role == "relative" and antecedent is not None and antecedent.entity.plural and (
                antecedent.entity.kind == "anonymous_described"
                and antecedent.entity.category == "org"):
            # "partisans and thinkers who consider ...", "ignorants who will believe ...": a
            # bare plural the clause defines is a class of people, vague, not unnamed people
            entity = self._entity("vague-" + antecedent.entity.id, kind="vague",
                                  category="vague", name=antecedent.entity.name, plural=True)
        elif role in {"relative", "plural"} and antecedent is not None:
            entity = antecedent.entity  # "who", and a "they" whose group the sentence named
        elif role == "person":
            # "he" is one person: not "The Vermont senators" just before it; and an unnamed
            # person just mentioned ("The daughter of one patient, who asked that her name not
            # be used, said ... she said") is that person
            entity = self.history.last_matching(
                pos, lambda e: not e.plural and (e.category == "person" or (
                    e.category == "anon" and e.kind == "anonymous_described"
                    and one_person(e.description or e.name or "")
                    and _gender_fits(word, e.description or e.name or ""))),
                tries=16)
        elif role == "plural":
            entity = self.history.last_before(
                pos, frozenset({"outlet", "org", "anon", "vague", "document", "person"})
            )
            if entity is not None and entity.category == "person":
                entity = self.history.last_before(
                    pos, frozenset({"outlet", "org", "anon", "vague"})
                ) or entity
        elif role == "thing":
            entity = self.history.last_before(pos, frozenset({"outlet", "org", "document"}))
            if entity is None:
                # "Kestrel first disclosed the incident on May 14, when it said ...": a name of
                # one word the story never gave a first name to is a body the "it" can mean
                entity = self.history.last_matching(
                    pos, lambda e: e.category == "person" and e.kind == "named_person"
                    and len((e.name or "").split()) == 1 and not e.plural, tries=4)
        if entity is None:
            # Nobody earlier fits: the reader cannot tell who it is either. That is an
            # unresolved reference, never an anonymous source (rubrics/source-kinds.md).
            kind = "named_person" if role == "first" else UNRESOLVED
            # not "person": an unresolved "it" must never become the antecedent of a later "he"
            category = "first" if role == "first" else "unresolved"
            entity = self._entity(f"unresolved-{word}", kind=kind, category=category,
                                  name=word)
        return Mention(0, 0, "", entity, entity.kind)


    def _named(self, text: str, tokens: list[Token], lead: list[Token], names: list[Token],
               description: str | None, *, org: bool = False) -> Mention:
        name = text[names[0].start:names[-1].end]
        country_code = lx.COUNTRY_NAMES.get(" ".join(t.bare for t in names))
        if country_code is not None:
            entity = self._entity(slug(name), kind="named_official", category="org", name=name,
                                  country=country_code or None)
            return Mention(0, 0, "", entity, "named_official")
        lead_low = {t.bare for t in lead}
        desc_low = set(description.lower().replace(",", " ").split()) if description else set()
        roles = lead_low | desc_low
        described = _appositive_head(description)
        described_outlet = _outlet_by_appositive(described, desc_low)
        if (not described_outlet and (described in lx.DOCUMENT_HEADS or (
                described in _RECORD_WORDS))) or (
                len(names) > 1 and names[-1].bare in _RECORD_NAME_ENDS):
            # "The U.S. Drought Monitor, a weekly map produced by ...": what the appositive
            # calls it, a document
            entity = self._entity(slug(name), kind="document", category="document", name=name,
                                  description=description)
            return Mention(0, 0, "", entity, "document", description)
        is_org = org or any(t.bare in lx.ORG_WORDS for t in names) or (
            bool(lead) and lead[-1].bare in lx.ORG_NOUNS  # "disaster agency Senapred"
        ) or (
            bool(lead) and lead[-1].lower == "the" and len(lead) == 1
        ) or (len(names) == 1 and names[0].text.isupper() and len(names[0].text) > 1)
        country = nationality(lead) if lead else None
        if description and country is None:
            country = nationality(tokenize(description))
        lead_text = text[lead[0].start:lead[-1].end] if lead else ""
        if lead_text.lower() in {"the", "a", "an"}:
            lead_text = ""
        desc = description or lead_text or None
        last = names[-1].bare
        # "the Evening Ledger", "Britain's Evening Ledger": a definite article or a country's
        # possessive before the name
        country_owned = [t for t in [*lead, *names[:1]] if t.lower.endswith(("'s", "’s")) and (
            possessor_of(t.lower) in lx.COUNTRY_NAMES)]
        definite = "the" in lead_low or bool(country_owned)
        mastheads = lx.MASTHEAD_WORDS_AFTER_THE if definite else lx.MASTHEAD_WORDS
        title = names[1:] if country_owned and names[0] is country_owned[-1] else names
        if len(title) > 1 and title[0].bare in _FOREIGN_ARTICLES:
            title = title[1:]  # "La Gazzetta dello Sport", "Il Giornale": the masthead after
        # "the Alpine Glacier Observatory Network", "The Tax Justice Network": a body's
        # network; "Fox News Network", "Salem Radio Network" say what they broadcast
        bodys_network = last == "network" and not any(
            t.bare in _BROADCAST_WORDS for t in names[:-1])
        masthead = ((last in mastheads or last.rsplit("-", 1)[-1] in mastheads)
                    and not bodys_network) or (
            # "Diario Marcador", "Folha da Manha", "Corriere della Sera"
            bool(title) and title[0].bare in lx.MASTHEAD_LEADS) or (
            # "The Tavarian News Agency", "Irish Press Service": a news agency by its name
            len(names) >= 2 and last in {"agency", "service"} and names[-2].bare in {
                "news", "press", "telegraph", "information"})
        # a descriptor is written in lower case ("business daily Børsen"); a capitalised
        # "Press" is part of a name ("The Baltic Press Freedom Centre")
        outlet_nouns = {t.bare for t in lead if t.text[:1].islower()} & (
            lx.OUTLET_NOUNS | _TRADE_PRESS_NOUNS)
        if outlet_nouns and outlet_nouns <= BODY_OR_OUTLET_NOUNS and not (lead_low & NEWS_WORDS):
            outlet_nouns = set()  # "Chile's national disaster agency Senapred": a body
        if outlet_nouns and lead[-1].bare in lx.OFFICIAL_ROLES and (
                lead[-1].bare not in lx.OUTLET_NOUNS):
            outlet_nouns = set()  # "White House press secretary Josh Earnest": an office
        # "Daily Ledger": the capitalised word read as a descriptor opens the masthead
        lead_masthead = bool(lead) and lead[-1].is_capitalised and (
            lead[-1].bare in lx.MASTHEAD_LEADS)
        # "The Examiner", "the Tribune": a masthead word alone after "the" (not "the Times",
        # "the Post", which the directory reads or leaves ambiguous); "Local station
        # WNHX-TV": a call sign with its band (not "WHO" or "KFC")
        lone_masthead = lead_low == {"the"} and len(names) == 1 and (
            last in lx.MASTHEAD_WORDS)
        call_sign = any(lx.CALL_SIGN.match(t.text) and "-" in t.text for t in names)
        if outlet_nouns or lead_masthead or described_outlet or lone_masthead or call_sign or (
                masthead and len(names) >= 2 and not any(
                    t.bare in lx.GOVERNMENT_ORG_WORDS for t in names)):
            # "Danish business daily Børsen", "Spanish sports daily Marca": a news outlet the
            # directory does not hold, an unrated outlet of its own; "the state news agency
            # KarsPress" is state media by its own description
            kind = "state_affiliated_outlet" if lead and says_state_media(lead) else "outlet"
            entity = self._entity(slug(name), kind=kind, category="outlet", name=name,
                                  description=desc, country=country)
            return Mention(0, 0, "", entity, kind, desc, country)
        if is_org:
            gov = any(t.bare in lx.GOVERNMENT_ORG_WORDS for t in names) or (
                names[-1].bare in lx.GOVERNMENT_HEADS
            ) or bool(lead and lead[-1].bare in lx.GOVERNMENT_HEADS)
            kind = "named_official" if gov else "named_expert"
            entity = self._entity(slug(name), kind=kind, category="org", name=name,
                                  description=desc, country=country)
            return Mention(0, 0, "", entity, entity.kind, desc, country)
        entity = self._person([t.text for t in names])
        expert_roles = roles & (lx.EXPERT_ROLES - {"political", "military", "defence",
                                                    "defense", "security", "intelligence"})
        if expert_roles:
            entity.kind = "named_expert"
        elif roles & lx.OFFICIAL_ROLES:
            entity.kind = "named_official"
        if desc and not entity.description:
            entity.description = desc
        if country and not entity.country:
            entity.country = country
        return Mention(0, 0, "", entity, entity.kind, desc, country)


def _after_closing_quote(text: str, start: int) -> bool:
    """Does a closing quotation ('...," ' or '..." ') stand right before `start`?"""
    before = text[max(0, start - 4):start].rstrip()
    return before.endswith(("\"", "”", "''", "’")) and (
        len(before) >= 2 and before[-2] in ",?!—-")  # '." Public colleges' starts anew


def _common_word_surname(text: str, tokens: list[Token]) -> bool:
    """Is the phrase's last word a surname that is also a common word ("Billie Jean King",
    "Howard Dean")? It is capitalised after a first name, and running text goes on in lower
    case or with punctuation (a title-case headline's "Clinton Aide Says" proves nothing)."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1], tokens[-2]
    if last.is_capitalised and not is_name_token(last) and len(tokens) == 2 and (
            before.lower in lx.PERSON_TITLES or before.lower + "." in lx.PERSON_TITLES):
        return True  # "Mr. Singer", "Dr. Young": a title only a person's name follows
    if not last.is_capitalised or is_name_token(last) or not is_name_token(before) or (
            tokens[0].lower in lx.DETERMINERS  # "the Wisconsin Republican": a description
            or is_plural_head(last.bare) or last.bare in _PARTY_MEMBERS
            or last.bare in lx.NATIONALITIES or last.bare in lx.DETERMINERS
            or last.bare in lx.ORG_WORDS or last.bare in lx.GOVERNMENT_HEADS
            or before.text.endswith(("'s", "’s"))):
        return False
    after = text[last.end:last.end + 2].lstrip()
    return not after or not after[0].isupper()


# Records an appositive may call a named thing, beyond the document heads: "a weekly map".
_RECORD_WORDS = frozenset({"map", "maps", "database", "tracker", "dashboard", "registry",
                           "yearbook", "almanac", "encyclopedia", "archive", "newsletter"})


def _appositive_head(description: str | None) -> str:
    """The head noun an appositive opens with ("a weekly map produced by X" -> "map")."""
    words = (description or "").lower().replace(",", " ").split()
    if len(words) < 2 or words[0] not in {"a", "an", "the"}:
        return ""
    head = ""
    for word in words[1:5]:
        if word in _APPOSITIVE_STOPS or (
                # "a Telegram channel run by exiles", but "a privately owned newspaper"
                word in _POSTNOMINAL_MODIFIERS and head and not head.endswith("ly")):
            break
        head = word
    return head


# Articles that open a foreign masthead ("La Gazzetta dello Sport", "Il Giornale", "O Globo")
_FOREIGN_ARTICLES = frozenset({"la", "il", "lo", "le", "el", "les", "los", "las", "o", "os",
                               "der", "die", "das", "het", "de"})


# Words that follow the head they describe, participles most of them ("a channel run by
# exiles", "a site based in Riga", "a blog close to the ministry")
_POSTNOMINAL_MODIFIERS = lx.DESCRIBING_PARTICIPLES | frozenset({
    "linked", "followed", "launched", "created", "started", "close", "critical"})


# What an appositive calls a news outlet ("Baza, a Telegram channel with a large following",
# "The Issyk-Kul Herald, a regional news site", "Rybar, a Russian military blog"); a channel, a
# site or a portal only with a word of news or a platform beside it ("a heritage site" is none)
_OUTLET_APPOSITIVES = frozenset({"newspaper", "daily", "broadcaster", "tabloid", "magazine",
                                 "weekly", "blog", "outlet"})
_OUTLET_IF_NEWS = frozenset({"channel", "site", "website", "portal"})
_NEWS_QUALIFIERS = frozenset({"news", "telegram", "youtube", "media", "online",
                              # "Kontur, a channel that often publishes material ..."
                              "publishes", "published", "publishing", "reports", "reporting"})


def _outlet_by_appositive(head: str, words: set[str]) -> bool:
    """Does the appositive (its head `head`, its words `words`) call the name a news outlet?"""
    return head in _OUTLET_APPOSITIVES or (head in _OUTLET_IF_NEWS and bool(
        words & _NEWS_QUALIFIERS))


_APPOSITIVE_STOPS = frozenset({"of", "by", "from", "produced", "published", "that", "which",
                               "who", "for", "in", "on", "at", "with"})


# The last word of a record's own name: "the Harbourline Container Index", "the agency's Labour
# Force Survey" (the wire readers: documents)
_RECORD_NAME_ENDS = frozenset({"index", "survey", "census", "barometer"})


def _org_tail(tokens: list[Token]) -> int:
    """Start of the capitalised generic words that end an organisation's name after a name
    word ("Halvorsen Energy", "Brightwater Health Systems"); len(tokens) when there are none."""
    tail = len(tokens)
    while tail - 1 > 0 and len(tokens) - tail < 3:
        tok = tokens[tail - 1]
        if not (tok.is_word and tok.text[:1].isupper() and not is_name_token(tok)):
            break
        bare = tok.bare
        if bare in lx.PERSON_TITLES or bare in lx.NATIONALITIES or (bare not in lx.ORG_WORDS and (
            bare in lx.OFFICIAL_ROLES or bare in lx.EXPERT_ROLES or bare in lx.PERSON_NOUNS
        )):
            break
        tail -= 1
    if tail < len(tokens) and is_name_token(tokens[tail - 1]):
        return tail
    return len(tokens)


def _capitalised_title(tokens: list[Token]) -> int | None:
    """Index where a title-cased name with inner small words starts ("Bank of America",
    "the Council on Foreign Relations"), or None."""
    first = 1 if tokens and tokens[0].lower in {"the", "a", "an"} else 0
    body = tokens[first:]
    if len(body) < 3 or not body[0].text[:1].isupper() or not body[-1].text[:1].isupper():
        return None
    if body[0].bare in lx.PERSON_NOUNS or body[0].bare in lx.DESCRIBED_ANONYMOUS_HEADS or (
            body[0].bare in lx.VAGUE_HEADS):
        return None  # "Residents in Kharkiv": people, at the start of a sentence
    names = 0
    for tok in body:
        if tok.lower in {"of", "for", "on", "and", "the", "&", "-", "in"}:
            continue
        if not (tok.is_word and tok.text[:1].isupper()):
            return None
        if tok.bare in lx.PERSON_TITLES:
            return None
        names += is_name_token(tok) or tok.bare in lx.ORG_WORDS
    return first if names else None


