"""Which cue matches report no claim of a source, so that none becomes a claim or a flag.

A cue word is not yet an attribution. "Becker declined to comment", "did not respond to requests
for comment", "could not be reached", "was asked about the memo", "is expected to vote", "could be
announced next month", "No injuries were reported", "Economists were divided on the impact":
each has the shape of one, and none says what a source claims. This stage runs on the
attributions the cue scan made and marks those as no claim, so that no chain is built on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .text import WIRE_NOTE, paragraphs

if TYPE_CHECKING:
    from .extract import Attribution

# "declined to comment", "refused to say how much", "would not elaborate"
_REFUSAL_CUES = frozenset({"declined", "declines", "decline", "declining", "refused",
                           "refuses", "refuse", "refusing"})
# "declined to comment on the timing": the refusal before a phrasal cue ("comment on")
_REFUSAL_BEFORE = re.compile(r"\b(?:declin|refus)\w*\s+(?:\w+ly\s+)?to\s+$", re.I)
_REFUSED = re.compile(
    r"^(?:to\s+)?(?:comment|discuss|elaborate|say|answer|respond|confirm|provide|specify|"
    r"identify|name|disclose|detail|give|release|speculate|reveal|estimate|predict|forecast|"
    r"quantify|guess|put|share|offer|describe|explain)\b", re.I)
# "declined repeated requests for an interview", "refused an invitation to testify": a
# request turned down, an act and no claim
_REFUSED_REQUEST = re.compile(
    r"^(?:(?:an?|the|our|his|her|its|their|repeated|several|multiple|numerous|further|all|"
    r"two|three|written|interview|formal)\s+){0,3}(?:requests?|invitations?|offers?|"
    r"interviews?)\b", re.I)
# "did not respond to requests for comment", "did not immediately return a call"
_NO_RESPONSE_CUES = re.compile(r"^(?:respond|responded|respond to|reply|replied|return|"
                               r"returned|comment|commented|answer|answered)\b", re.I)
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\bno)\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+\s+)?$", re.I)
# "Neither company would comment", "None of the officials would say"
_NOBODY_BEFORE = re.compile(r"\b(?:neither|none|nobody|no\s+one)\b"
                            # not across a clause of its own ("None ... were hurt and the
                            # airline said")
                            r"(?:(?!\b(?:and|but)\b)[^.;:!?,]){0,50}$|"
                            r"\bno\s+(?:[\w-]+\s+){1,3}(?:has|have|had|would|will|could|did)\s+"
                            r"(?:yet\s+|publicly\s+|independently\s+)?$", re.I)
# "Gulf donors pledged $410 million", "pledged 2 billion euros": money given, an act, not a
# promise of anything said ("pledged to ...", "pledged 40 new hospitals" stay claims)
# What is done by declaring it: an emergency, an alert, a holiday, victory, independence
_DECLARED_ACT = re.compile(
    r"^(?:victory|defeat|war|bankruptcy|independence|martial law|(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:emergency|alert|holiday|disaster|ceasefire|truce|curfew|"
    r"moratorium|dividend|quarantine|lockdown|shutdown|state of \w+|day of mourning)"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:dividend|payout))\b", re.IGNORECASE)
_MONEY_PLEDGED = re.compile(
    r"^(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+|a\s+further\s+|"
    r"an\s+additional\s+|another\s+)?(?:(?:us|a|c|nz|hk)?\$|€|£|¥|₹|rs\.?\s?)\s?\d|"
    r"^(?:about\s+|nearly\s+|more\s+than\s+|some\s+|another\s+)?\d[\d.,]*\s*"
    r"(?:million|billion|trillion|bn|crore|lakh)?\s*(?:dollars|euros|pounds|yuan|yen|"
    r"rupees|francs|riyals|dirhams)\b|^(?:millions|billions)\b", re.I)
# "Prosecutors charged Dalton with wire fraud": whom, then with what
_CHARGED_WITH = re.compile(r"^(?:[\w’'.-]+\s+){0,5}with\b|"
                           # "charged 11 people, among them two customs brokers, with running"
                           r"^[^.;:]{0,160}?,\s+with\s+(?:\w+ing|murder|fraud|theft|assault|"
                           r"manslaughter|corruption|bribery|conspiracy|possession)\b")
# "charged thousands of customers improper overdraft fees", "charges 4% interest": billing
_BILLED = re.compile(r"(?:\bfees?|\binterest|\brents?|\bprices?|\bpremiums?|\btariffs?|"
                     r"\bfares?|\btolls?|\bpercent|\bper cent|%|\$\d|€\d|£\d)\b", re.I)
# "The company is set to announce results on Thursday": an event to come
_SET_TO_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:set|scheduled|due|"
                            r"slated|poised)\s+to\s+$", re.I)
# "Neither the White House nor the Pentagon responded to requests for comment"
_NEITHER_NOR = re.compile(r"\bneither\b[^.;:!?]*\bnor\b[^.;:!?]*$", re.I)
# "neither admitted nor denied the findings", "neither confirmed nor denied the report"
_NEITHER_ADMITTED = re.compile(r"\bneither\s+(?:admit|confirm|accept)\w*\s+nor\s+"
                               r"(?:den(?:y|ied|ies|ying)|reject\w*)\b", re.I)
# "IRNA did not name the ship or say which flag it flew": the negation spans the "or"
_NEGATED_OR = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+\w+(?:\s+[\w'’-]+){0,6}\s+or\s+$",
                         re.I)
# "Shares in Cerrado, which listed on the Sao Paulo exchange", "since the company listed in
# 2015": a company listing its shares, not a list of anything said
_LISTED_SHARES = re.compile(r"\s+(?:on\b|at\b|in\s+(?:\d{4}|[A-Z])|its\s+shares|publicly|"
                            r"shares)")
# "did not say whether", "would not say how many"
# What an inquiry looks into: "focusing on whether", "examining how", "questioned whether"
_INQUIRY = re.compile(r"^(?:whether|if)\s", re.I)
_INQUIRY_BASES = frozenset({"focus", "focus on", "focusing", "focusing on", "examine",
                            "investigate", "probe", "review", "study", "consider", "weigh",
                            "assess", "check", "explore", "look", "look into", "analyse",
                            "analyze", "determine", "establish"})
# What a question asks: "asked about the release of his tax returns", "asking whether the
# deadline would hold": the question put, no answer and no claim
_QUESTION_CONTENT = re.compile(r"^(?:about|whether|if|when|how|why|what|where|who|which)\b",
                               re.I)
_SAY_CUES = frozenset({"say", "said", "says", "saying", "confirm", "confirmed", "disclose",
                       "disclosed", "specify", "specified", "reveal", "revealed", "elaborate",
                       # "The government has not explained the slowdown"
                       "explain", "explained", "detail", "detailed", "outline", "outlined",
                       # "he had not been told of any delay": nobody told him anything
                       "told", "informed", "notified",
                       # "He did not refer to the Aurora Grace": nothing said of it
                       "refer", "referred", "refers"})
# "He would not describe the evidence": negated, a refusal; otherwise what is described is
# the claim ("described it as a disaster"), so these are no say-cues for a pronoun object
_DESCRIBE_CUES = frozenset({"describe", "described", "describes"})
# "said it does not comment on individual companies", "said she would not discuss the case",
# 'said the office "does not comment on speculation"',
# "said it did not disclose details of donations": what is said is a refusal, no claim
_NO_COMMENT_CONTENT = re.compile(
    r"^(?:(?:at\s+the\s+time|then|previously|earlier|in\s+a\s+statement)\s+)?(?:that\s+)?"
    r"(?:it|he|she|they|we|the\s+[\w-]+(?:\s+[\w-]+){0,5})\s+[\x22\u201c]?(?:(?:does|do|did|"
    r"would|will|could|can)(?:\s+not|n[’']t)\s+(?:\w+ly\s+)?(?:comment|discuss|speculate|"
    r"elaborate|disclose|confirm\s+or\s+deny)\b|"
    # "said it could neither confirm nor deny the existence of an investigation"
    r"(?:does|do|did|would|will|could|can)\s+neither\s+confirm\s+nor\s+deny\b|"
    r"(?:had|has|have)\s+[\x22\u201c]?no\s+(?:\w+\s+)?(?:comment\b|(?:information|"
    # "had no information" as the whole answer, not "had no information suggesting a link"
    r"details)[\x22\u201d]?\s*(?:$|[.,;]|(?:at\s+this\s+time|to\s+share|for\s+now|before)\b))|"
    r"(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:discuss|comment|speak|talk)\b|"
    # "said it would make no further comment while the investigation continued"
    r"(?:would|will)\s+(?:make|have)\s+no\s+(?:further\s+)?comment\b|"
    # "his office said he was not available for interview this week"
    r"(?:was|were|is|are|would\s+be)\s+(?:not\s+|un)available\s+(?:for|to)\s+(?:an?\s+)?"
    r"(?:interviews?|comment|speak|talk|discuss)\b|"
    # "said she could not confirm that report", "said he did not know": no answer given
    r"(?:could|can|would)(?:\s+not|n[’']t)\s+confirm\s+(?:that|the|this|it|any|those|these)\b"
    r"(?:\s+(?:report|reports|figure|figures|account|claim|claims))?\s*[.,;]?$|"
    r"(?:did|does|do)(?:\s+not|n[’']t)\s+know\s*[.,;]?$|"
    # "said she could not confirm the number of cases", "said he was unable to confirm the
    # size of the planned investment": a detail left unconfirmed, no answer given
    r"(?:(?:could|can|would)(?:\s+not|n[’']t)|(?:was|were|is|are)\s+unable\s+to)\s+confirm"
    r"\s+(?:the|its|their|his|her|any)\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*(?:$|[.,;]|and\b)|"
    # "said he had nothing to add to the statement", 'said she was "not in a position to
    # share details"', "said she would pass along a message": no answer given
    r"(?:had|has|have)\s+nothing\s+(?:more\s+|further\s+)?to\s+(?:add|say)(?:\s+(?:to|beyond)"
    r"\s+(?:the|its|his|her|their|an?)\s+(?:\w+\s+)?(?:statement|remarks|comments))?"
    r"(?:\s+(?:at\s+this\s+time|for\s+now))?\s*[.,;]?$|"
    r"(?:was|were|is|are)\s+[\x22\u201c]?not\s+in\s+a\s+position\s+to\s+(?:share|comment|"
    r"discuss|give|provide|say|disclose|confirm)\b|"
    r"would\s+pass\s+(?:along|on)\s+(?:a|the|your|our)\s+(?:message|request|questions?)"
    r"\s*[.,;]?$)"
    # "said no one was available to comment", "said no senior official was available"
    r"|^(?:that\s+)?(?:no\s+one|nobody|no\s+(?:[\w-]+\s+){0,2}(?:officials?|spokes\w+|"
    r"representatives?|executives?|managers?))\s+(?:was|is|were|would\s+be)\s+available"
    r"(?:\s+(?:to|for)\s+(?:comment|speak|talk|discuss)\b|\s*[.,;]?$)", re.I)
_AND_THAT = re.compile(r"\band\s+that\s", re.I)
# "has been ruled by Maray since 2004" (governed), "ships calling at Hamburg" (visiting): the
# cue verb in another sense
_OTHER_SENSE = (({"ruled"}, ("by ",)), ({"call", "calls", "called", "calling"}, ("at ",)),
                # "A person who answered the phone at its office said": picked up, no answer
                ({"answered", "answers", "answer", "answering"},
                 ("the phone", "the door", "the call", "a call", "calls")),
                # "Fireflies have been declining in parts of North America": falling
                ({"declining", "declined", "declines", "decline"},
                 ("in ", "by ", "from ", "for ", "sharply", "steadily", "slightly")),
                # "She was charged with fraud": an indictment, an event
                ({"charged", "charges", "charging"}, ("with ",)),
                # "about 200 residents lined up to ask state officials": a queue, no backing
                ({"lined", "lining", "line"}, ("to ", "outside ", "for ", "at ", "in front ",
                                               "along ")),
                # "Demsky has ruled the landlocked country since 2009": governed
                ({"ruled", "rules", "rule", "ruling"},
                 ("the country", "the landlocked", "the nation", "the island", "the kingdom",
                  "the state ", "the region", "the republic", "the province", "the city",
                  "over ", "for ")),
                # "the plant had leaked for years", "oil leaking into the river": a spill
                ({"leaked", "leaking", "leaks", "leak"},
                 ("for ", "into ", "from ", "onto ", "out", "oil", "water", "gas", "fuel",
                  "chemicals", "sewage", "radiation")),
                # "The governor declared a state of emergency": an act of office, no claim
                ({"declared", "declares", "declare", "declaring"},
                 ("a state of emergency", "a state of disaster", "a state of calamity",
                  "an emergency", "a national emergency", "a public health emergency",
                  "a disaster", "a local disaster", "martial law", "a curfew", "bankruptcy",
                  "a day of mourning", "days of mourning", "a holiday", "a ceasefire",
                  "three days of", "two days of", "seven days of", "a national day of",
                  "an amber", "a red alert", "an alert")),
                # "Depositors have protested in front of the bank's head office every week":
                # a protest held somewhere, an event (what they protest against is a claim)
                ({"protested", "protests", "protest", "protesting"},
                 ("in front of ", "outside ", "at the ", "near the ", "in the streets",
                  "on the streets", "every ", "daily", "for days", "for weeks")),
                # "Vaughn will be sworn in on Jan. 2": an oath of office taken, an event
                ({"sworn", "swore", "swear", "swears", "swearing"}, ("in ", "in.", "in,")),
                # "no such notice appeared in the department's online docket": a record
                # published (or not), nobody's word
                ({"appeared", "appears", "appear"}, ("in the ", "on the ")),
                # "He appeared briefly before Geelong Magistrates' Court": a defendant in court
                ({"appeared", "appears", "appear", "appearing"},
                 ("before ", "briefly", "in court", "in federal court", "in a court",
                  "in the court", "by video", "via video")),
                # "Pruitt conceded shortly before midnight", "conceded defeat": the loser's act
                ({"conceded", "concedes", "concede", "conceding"},
                 ("shortly", "before ", "after ", "on ", "late ", "early ", "defeat",
                  "the race", "the election", "the contest", "the seat", "the title")),
                # "clients had been quoted annual premiums above A$30,000": a price offered
                # (not "quoted rates of infection", "quoted $2 billion as the cost")
                ({"quoted", "quotes", "quote", "quoting"},
                 ("annual premiums ", "premiums ", "a premium ", "a price of ", "a fare of ")),
                # "Insurers write new flood policies", "writes home and auto insurance": cover
                # sold, nothing written down (not "wrote cover stories claiming ...")
                ({"write", "writes", "wrote", "writing", "written"},
                 ("new flood policies", "policies ", "new policies", "insurance ",
                  "home and auto insurance", "new business ", "mortgages ",
                  # "the largest companies writing homeowners policies along the coast"
                  "homeowners polic", "homeowner polic", "homeowners insurance",
                  "homeowners cover", "home insurance", "coverage",
                  "auto insurance", "crop insurance", "reinsurance")))
# A superlative then "has (ever) seen": "the most expensive contest the district has seen", "the
# worst flood the city has ever seen" (a listed superlative: "contest", "protest", "forest" end
# on -est too)
_SUPERLATIVE_SEEN = re.compile(
    r"\b(?:the|its|their|his|her|our|this|[\w-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:most|least|best|"
    r"worst|biggest|largest|greatest|highest|lowest|deadliest|costliest|busiest|heaviest|"
    r"hottest|coldest|wettest|driest|strongest|longest|fastest|toughest|hardest|bloodiest|"
    r"fiercest|severest|oldest|smallest|closest|steepest|sharpest|deepest|widest|richest|"
    r"poorest|warmest)\b[^.,;:]{0,80}?\b(?:has|have|had)\s+(?:ever\s+|yet\s+|so\s+far\s+)?$",
    re.I)
# A request, a permit or a right of entry, denied: "denied the request", "denied bail to the
# three men" (not "denied a request had been made", "denied bailout talks")
_REQUEST_DENIED = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its)\s+)?(?:requests?|applications?|appeals?|motions?|bail|"
    r"petitions?|permission|permits?|entry|visas?|licen[cs]es?)\b(?![-\w])"
    r"(?!\s+(?:was|were|had|has|is|are|would|could|will|to\s+be)\b)", re.I)
# What a threat someone makes opens on: an infinitive, a clause, a quotation, or a sanction,
# with up to two words before it ("dire consequences", "25% tariffs") or after its object and
# "with" ("threatened the company with a strike"; not "threatening farmland with ruin")
_SANCTIONS = (r"(?:legal|action|sanctions?|retaliation|reprisals?|strikes?|industrial|court|"
              r"lawsuits?|suits?|boycotts?|resignation|walkouts?|protests?|tariffs?|penalties|"
              r"fines?|closure|force|military|war|violence|arrests?|prosecution|consequences|"
              r"measures|countermeasures|expulsion)\b")
_THREAT_MADE = re.compile(
    r"^(?:to\b|that\s|[\"“‘']|(?:[\w'’-]+\s+){1,4}with\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w%$.,-]+\s+){0,2}" + _SANCTIONS + r"|(?:(?:a|an|the)\s+)?(?:[\w%$.,-]+\s+){0,2}"
    + _SANCTIONS + ")", re.I)
# The reason given for a refusal, right after it
_REASON_CUES = frozenset({"citing", "saying"})
_AFTER_REFUSAL = re.compile(r"\b(?:declin|refus)\w*\s+to\s+(?:comment|discuss|give|provide|"
                            r"say|elaborate|answer|release|disclose|name|identify|confirm)"
                            r"[^.;:\x22\u201c\u201d]{0,50},\s*$", re.I)
# "claiming credit for progress", "claimed the credit": taking credit, not stating a fact
_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})
_CREDIT = re.compile(r"^(?:the\s+|some\s+|full\s+|sole\s+)?credit\b", re.I)
# "put it on the table", "put it back": a thing placed (while "put it bluntly:" and "As one aide
# put it, ..." say something)
_PLACED = re.compile(r"^(?:on|onto|in|into|to|at|under|back|aside|away|off|up|down|through|out|"
                     r"forward|together|over|behind|before|in\s+place|there|here|right)\b", re.I)
# "drew criticism from", "has faced sharp condemnation from": a reaction as an event
_DREW_REACTION = re.compile(r"\b(?:drew|draws|drawn|drawing|draw|received|receives|faced|"
                            r"faces|attracted|attracts|sparked|prompted|won|earned|got)\s+"
                            r"(?:\w+\s+){0,2}$", re.I)
_REACTION_NOUNS = ("criticism", "condemnation", "praise", "backlash", "rebuke", "scorn",
                   "fire", "opposition", "protest", "objections", "complaints")
# "The union has called a rally for Tuesday": an event organised, no claim
_CALLED_EVENT = re.compile(r"^(?:a|an|the|another|fresh|new|snap)\s+(?:\w+\s+)?(?:rally|rallies|"
                           r"strike|strikes|walkout|meeting|vote|election|referendum|protest|"
                           r"protests|halt|truce|ceasefire|recess|hearing|session|summit|"
                           r"demonstrations?|march|marches|boycott|blockades?|vigil|sit-in|"
                           r"days? of (?:action|protest|mourning))\b", re.I)
# "could not verify", "was unable to confirm": a check that failed states nothing
_VERIFY_CUES = frozenset({"verify", "verified", "confirm", "corroborate", "corroborated",
                          "authenticate", "authenticated", "determine", "determined",
                          "establish", "established", "ascertain", "ascertained"})
# Speech verbs whose "when" clause is what was said ("said when the plant would reopen")
_SPEECH_BASES = frozenset({"say", "tell", "ask", "add", "announce", "explain", "write",
                           "disclose", "indicate", "signal", "reveal", "specify", "confirm"})
# "No group has claimed responsibility", "Nobody has said who fired first": nobody's claim
_NOBODY = re.compile(r"^(?:no|nobody|no-one|no one)\b", re.IGNORECASE)
# Decisions reported as acts: "ordered the schools to close", "voted to approve"
_DECISION_CUES = frozenset({"ordered", "orders", "order", "ordering", "decided", "decides",
                            "decide", "voted", "votes", "vote"})
# An order is an act whatever follows: "the government ordered a nationwide slowdown"
_ORDER_CUES = frozenset({"ordered", "orders", "order", "ordering"})
# What an announcement names when it is a thing done, not a statement
_ANNOUNCED_THING = re.compile(r"^(?:the|a|an|its|their|his|her|plans?|tens|hundreds|thousands|"
                              r"new|further|more|\d)", re.I)
# A finite verb after the first words: the content is a clause ("a deal would close")
_CLAUSE_IN = re.compile(r"\b(?:is|are|was|were|will|would|could|can|may|might|has|have|had|"
                        r"should|must)\b", re.I)
# Votes and stances whose object is a thing, not a statement
_STANCE_ON_A_THING = frozenset({"voted", "votes", "vote", "voting", "opposed", "opposes",
                                # "Other Republicans quickly rallied behind the claim"
                                "rallied", "rallies", "rally", "rallying",
                                "oppose", "opposing"})
_THING_ONLY = re.compile(r"^(?:(?:for|against)\s+)?(?:the|a|an|this|that|his|her|its|their|"
                         r"any|such)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+[.,;]?$", re.I)
# Commitments and advocacy: "has pledged to raise defence spending", "vowed to appeal",
# "have lobbied for new export capacity": what someone means to do or wants, no claim
_INTENT_BASES = frozenset({"pledge", "vow", "promise", "agree", "threaten", "plan"})
_INTENT_CONTENT = re.compile(r"^(?:in\s+principle\s+|(?:tentatively|provisionally|informally|"
                             r"formally|unanimously|publicly|again)\s+|on\s+(?:Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?to\s", re.I)
_ADVOCACY_CUES = frozenset({"lobbied", "lobbies", "lobby", "lobbying", "lobbied for",
                            "lobby for", "lobbies for", "lobbying for", "campaigned for",
                            "campaigns for", "campaigning for", "encouraged", "encourages",
                            "encourage", "encouraging",
                            # "He pushed for a vote", "have pressed for relief"
                            "pushed for", "push for", "pushes for", "pushing for",
                            "pressed for", "press for", "presses for", "pressing for"})
# Pressing for something: "pressed for relief", "pushed for a vote"
_PRESSING = frozenset({"press", "push"})
# "employers ... must notify the minister": a rule, what someone has to do, no claim
_OBLIGATION_BEFORE = re.compile(r"\b(?:must|shall|(?:has|have|had)\s+to|(?:is|are|was|were)\s+"
                                r"(?:required|obliged|obligated)\s+to)\s+(?:\w+ly\s+)?$", re.I)
# "has ruled the former Soviet republic ... since 2009": governed, for a time
_RULED_FOR = re.compile(r"\bsince\s+\d{4}\b|\bfor\s+(?:\d+|\w+)\s+(?:years|decades)\b", re.I)
# "referred questions to the Pentagon", "referred inquiries to the ministry"
_REFERRED_QUESTIONS = re.compile(r"^(?:all\s+|further\s+|other\s+)?(?:questions|queries|"
                                 r"inquiries|enquiries|requests|calls)\b", re.I)
# "reports full-year results", "reported a quarterly loss", "reports earnings on Thursday"
_RESULTS = re.compile(r"^(?!that\b)(?:its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:results|"
                      r"earnings|profits?|loss(?:es)?|sales|revenues?)\b", re.I)
_REFERRED_ONWARD = re.compile(r"^(?:[\w.'’-]+\s+){1,3}to\s", re.I)
# "disclosed a 4% stake", "disclosed a holding of 5.1%"
_STAKE = re.compile(r"^(?:a|an|its|their)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?"
                    r"(?:stake|holding|shareholding|position)\b", re.I)
# "It usually confirms the crew's identities the day before": what someone does as a rule
_HABIT_BEFORE = re.compile(r"\b(?:usually|typically|normally|routinely|traditionally|"
                           r"customarily|generally|regularly|frequently|periodically)\s+$", re.I)
# "10-year notes fell 11 basis points": bonds, a market moving
_MARKET_MOVES = re.compile(r"^(?:fell|rose|climbed|dropped|slid|jumped|gained|lost|eased|"
                           r"edged|traded|were|are|yielded)\b", re.I)
# "no lawyer for him has been publicly identified": a sourceless perfect passive says what has
# not (or has) been done, no one's claim
_PERFECT_PASSIVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?$", re.I)
_DECISION_CONTENT = re.compile(r"^(?:to\b|(?:[\w'’.,-]+\s+){1,8}to\s+\w)", re.I)
# Requests and appeals: what someone asks others to do ("urged both sides to resume talks",
# "called on the government to open the border", "prosecutors sought eight years")
_SEEK_CUES = frozenset({"sought", "seek", "seeks", "seeking"})
_REQUEST_CUES = _SEEK_CUES | frozenset({"urged", "urge", "urges", "urging", "called", "calls",
                                        "call", "calling", "appealed", "appeals", "implored",
                                        "pressed", "pressing",
                                        # "asked state regulators to let it run the plant",
                                        # "wants Uzbekistan to pay": a request, a wish
                                        "asked", "asks", "ask", "asking", "wants", "want",
                                        "wanted", "wanting", "pushed", "pushes", "push",
                                        "pushing"})
# A refusal the reason ("citing privacy rules") is given for
_REFUSED_CLAUSE = re.compile(r"\b(?:declin|refus)\w*\s+to\b|\b(?:would|could|did)\s+not\s+"
                             r"(?:say|comment|discuss|give|provide|release|disclose)\b", re.I)
# "pleaded guilty in March to wire fraud": a plea in court, an event
_PLEA_CONTENT = re.compile(r"^(?:not\s+)?guilty\b|^no\s+contest\b", re.I)
_SEEN_CUES = frozenset({"seen", "see", "saw", "found", "find", "heard", "hear",
                        # "The footage did not show the moment of touchdown", "Iran does not
                        # recognise dual nationality": nothing shown, a policy, no claim
                        "show", "shows", "showed", "shown", "recognise", "recognize",
                        "recognises", "recognizes"})
# "Soybean futures rose 1.4%, with traders citing the Argentine downgrade": a market's reason
_WITH_CITING = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}[\w-]+s\s+$", re.I)
# "Others applauded.", "Some in the hall booed": a reaction, no claim
_REACTIONS = frozenset({"applaud", "cheer", "boo", "clap", "jeer", "heckle"})
# What is welcomed when nothing is said of it: "the figures", "the result", "the news"
_WELCOMED_THING = re.compile(r"^(?:the|this|that)\s+(?:\w+\s+)?(?:figures|result|results|"
                             r"news|move|decision|ruling|announcement|verdict|deal|plan)\W*$",
                             re.I)
# "Not everyone expects that approach to work", "Not all analysts agree": nobody in particular
_NOT_ALL = re.compile(r"^not\s+(?:everyone|everybody|all|every)\b", re.I)  # source, "not" kept
# "resigned in August, citing health reasons": a reason given, nobody cited
_REASONS = re.compile(r"^(?:\w+\s+){0,3}?(?:reasons?|grounds|concerns?|commitments)\b", re.I)
# "Corwell showed no visible reaction as the verdict was read": a face, not a record shown
_NO_REACTION = re.compile(r"^no\s+(?:visible\s+|outward\s+|obvious\s+|sign\s+of\s+|)"
                          r"(?:reaction|emotion|remorse|expression)\b", re.I)
# What a body turns down by a vote or a decision, not a statement it denies: "rejected the
# deal", "rejected a 3.5% pay offer", "rejected the appeal" (while "rejected the claim" and
# "rejected the accusation" answer something said)
# Whose side a witness took, or where: "testified in support of the bill", "testified against
# it", "testified before the committee" (what was testified is "testified that ...")
_TESTIFIED_SIDE = re.compile(r"^(?:in\s+support\s+of|against|in\s+favou?r\s+of|in\s+opposition\s+"
                             r"to|on\s+behalf\s+of|before|for)\b", re.I)
# The reason given for withholding a name, from its "because" to the end of the aside
_WITHHELD_REASON = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified)|(?:condition\s+of|requested|granted)\s+"
    r"anonymity|declined\s+to\s+be\s+(?:named|identified))\s+(because\b(?:(?!\s(?:said|says|"
    r"told|tells|added|wrote)\b)[^,.;:\n])*)", re.I)
# A check the reporter could not make ("has not been able to independently confirm", "was
# unable to verify")
_NOT_ABLE_BEFORE = re.compile(r"\b(?:not|never)\s+(?:been\s+)?able\s+to\s+(?:\w+ly\s+)?$|"
                              r"\bunable\s+to\s+(?:\w+ly\s+)?$", re.I)
# Where someone appeared in person ("appeared in Lismore Local Court", "appeared at Tameside
# Magistrates' Court", "appeared before the tribunal")
_IN_COURT = re.compile(r"^(?:in|at|before)\s+(?:[\w'’.-]+\s+){0,4}?(?:court|courts|tribunal|"
                       r"magistrates|magistrates'|hearing|inquest|judge|committee)\b", re.I)
# A state after a copula ("remains open", "would be open to public comment")
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|remain|remains|remained|stay|stays|"
                            r"stayed)\s+$", re.I)
# Whom a questioner pressed and on what ("pressed the minister on why ...")
_PRESSED_ON = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:on|about|over)\s", re.I)
_PROPOSAL_REJECTED = re.compile(
    r"^(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w%$.,-]+\s+){0,3}?(?:deal|offer|bid|"
    r"proposal|plan|motion|appeal|request|bill|amendment|settlement|application|takeover|"
    r"merger|contract|budget|nomination|candidacy|resolution)s?\b", re.I)
# Verbs of a view: negated, still the source's view ("does not expect rates to fall")
_VIEW_BASES = frozenset({"think", "believe", "expect", "agree", "feel", "consider", "want",
                         "see", "rule out", "accept", "like", "fear", "doubt", "anticipate",
                         "know", "understand", "share", "support", "oppose"})
# "did not", "has not", "hadn't yet": an act not done (not "would not", "could not": a refusal
# or an inability, which the refusal rules read)
_DID_NOT_BEFORE = re.compile(r"\b(?:did|does|do|has|have|had)(?:\s+not|n[’']t)\s+"
                             r"(?:\w+ly\s+)?(?:yet\s+)?$", re.I)
# "has not publicly named the crew", "has not announced a date": an act not yet done
_NOT_DONE_CUES = frozenset({"deny", "denied", "denies", "dispute", "disputed", "disputes",
                            "named", "name", "identified",
                            "identify", "announced", "announce",
                            "released", "release", "published", "publish", "mention",
                            "mentioned", "mentions", "declare", "declared", "concede",
                            "conceded",
                            # "KBC had not reported on the talks by Thursday evening"
                            "reported", "report"})
_NOT_DONE_BASES = frozenset({"announce", "confirm", "release", "publish", "disclose", "name",
                             "identify"})
# "offered no evidence", "gave no details": nothing put forward, no claim
_OFFERED_NOTHING = frozenset({"offer", "give", "provide", "present", "cite"})
# What "offered" puts forward when it is speech: "offered a more cautious reading", "offered
# few details", "offered his condolences"; anything else offered is a thing ("incentives", "a
# pay rise", "refunds"): of 420 "offer" forms in the wire dev articles the readers attribute 4
_OFFERED_WORDS = frozenset({
    "explanation", "explanations", "account", "accounts", "reading", "assessment", "view",
    "views", "details", "detail", "evidence", "assurance", "assurances", "apology", "apologies",
    "condolences", "comment", "comments", "response", "reason", "reasons", "theory", "defence",
    "defense", "opinion", "analysis", "estimate", "estimates", "prediction", "thoughts",
    "insight", "version", "interpretation", "figure", "figures", "guidance", "forecast",
    "outlook", "advice", "criticism", "praise", "warning", "rebuttal", "answer", "answers",
    "picture", "description", "words", "justification", "rationale", "timeline", "timetable",
    "proof", "argument", "arguments", "hope", "reassurance", "tribute", "tributes", "review",
    "reviews", "thanks", "verdict", "judgment", "judgement", "take", "critique",
    "congratulations", "endorsement", "testimony", "statement", "remarks",
    # what a record or study offers ("the analysis offers tantalizing clues about")
    "clue", "clues", "hint", "hints", "glimpse", "insights", "indication", "indications",
    "signal", "signals", "lesson", "lessons", "snapshot", "portrait",
    # a proposal put into words ("offered a plan to cut costs by a tenth")
    "plan", "plans", "proposal", "proposals", "suggestion", "suggestions", "solution",
    "compromise", "idea", "ideas", "alternative"})
_OPENS_SPEECH = ("that", "“", '"', ":")
# An amount added ("added 4,200 seats", "adds roughly $110,000 to the cost"): of 52 such forms
# in the wire dev articles the readers attribute none
_ADDED_AMOUNT = re.compile(r"(?:(?:about|some|nearly|almost|more\s+than|roughly|around|"
                           r"another|an\s+extra|a\s+further|up\s+to)\s+)?[\d$€£¥]")


def _offers_words(content: str) -> bool:
    """The object of "offer" is something said (see `_OFFERED_WORDS`), a clause or a quote."""
    words = content.lower().split()
    return content.lstrip().startswith(_OPENS_SPEECH) or any(
        w.strip(",.;:") in _OFFERED_WORDS for w in words[:5])


# "will discuss the situation at an extraordinary meeting on Thursday", "is due to debate the
# bill": a meeting to come
_SCHEDULED_BASES = frozenset({"discuss", "debate", "consider", "review"})
_DISCUSSED_CLAUSE = ("that", "whether", "how", "what", "why", "when", "who", "where", "“", '"',
                     ":")
_SCHEDULED_BEFORE = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled)\s+to)"
                               r"\s+(?:\w+ly\s+)?$", re.I)
# "Prosecutors had asked for eight years": a request, no claim
_ASK_FOR = frozenset({"asked for", "ask for", "asks for", "asking for"})
# what follows a sourceless passive cue that is a circumstance, not a claim's content
_CIRCUMSTANCE = re.compile(r"^(?:when|after|as|in|at|on|during|since|until|while|but|by|"
                           r"from|near|before|within)\b", re.I)
# "If the finding is confirmed, Villaro could face a ban": a condition, no claim
_CONDITION_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:if|unless|once)\b[^,.;]*\b(?:is|are|was|"
                               r"were|be|been)\s+(?:\w+ly\s+)?$", re.I)
# "recalled 40,000 vehicles", "recalled about 1.2 million cars": goods counted, not memory
_COUNTED_GOODS = re.compile(r"^(?:about|around|nearly|almost|more\s+than|some|roughly|over)?\s*"
                            r"[\d,.]+(?:\s+(?:million|billion|thousand))?\s+[a-z]", re.I)
# "wrote himself more than 400 checks", "wrote 12 novels": things written, no claim
_WRITTEN_THINGS = re.compile(r"^(?:himself|herself|themselves|itself|[\d,]+\s|(?:more|fewer)\s+"
                             r"than\s+[\d,]+|(?:a|the)\s+(?:check|cheque|book|novel|song|"
                             r"program|code|letter\s+of\s+recommendation)s?\b)", re.I)
# "Fans posted messages of support online", "has posted nothing since Sunday", "posted radar
# images an hour later": something put online, with nothing said of it ("posted a video
# showing ...", "posted a message saying ..." say something, and stay claims)
_POSTED_THINGS = re.compile(r"^(?:nothing\b|(?:(?:a|an|the|its|his|her|their|several|two|three|"
                            r"more|some)\s+)?(?:[\w-]+\s+){0,2}(?:messages?|images?|photos?|"
                            r"photographs?|pictures?|videos?|clips?|footage|tributes?|links?|"
                            r"selfies?)\b)", re.I)
_SAYS_SOMETHING = re.compile(r"\b(?:saying|that|showing|claiming|accusing|calling|urging|"
                             r"announcing|alleging|which\s+(?:said|showed|claimed))\b|[“\"‘:]",
                             re.I)
# "Regulators questioned Tibbs for nearly two hours", "Police questioned two men": someone
# put to questions, not a doubt voiced ("questioned whether", "questioned Smith's account")
_QUESTIONED_PERSON = re.compile(r"^(?:(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w-]*\b(?![’'])|him\b|her\b|"
                                r"them\b|(?:\d+|two|three|four|five|six|several|dozens\s+of)"
                                r"\s+(?:\w+\s+)?(?:men|women|people|suspects|witnesses|"
                                r"officers|employees|executives|residents|staff)\b)")
# "four memos Yost wrote between February 2020 and March 2021": the object is the noun before
# the relative clause, and what follows the verb is only when
_WHEN_ONLY = re.compile(r"^(?:between|during|in|on|since|from|before|after)\s+[^.;:“\"]{0,50}$",
                        re.I)
_STRETCHES = frozenset({"week", "weeks", "month", "months", "year", "years"})
# What a declaration makes so by being declared: a state of emergency, a disaster, a day of
# mourning, a protected area ("declared the drought a national disaster")
_DECLARED_STATUS = re.compile(r"\b(?:emergency|emergencies|disaster|mourning|holiday|curfew|"
                              r"martial\s+law|protected|heritage|no-fly|pandemic|epidemic|"
                              r"famine|bankrupt(?:cy)?|insolvent|closed\s+zone|exclusion\s+zone)\b",
                              re.I)
# "accounted for about 28% of sales", "roughly a third of output": a share of something
_SHARE_OF = re.compile(r"^(?:(?:about|roughly|nearly|almost|around|some|more\s+than|less\s+than|"
                       r"over|under|just|only)\s+)*(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
                       r"(?:a|one|two)\s+(?:third|quarter|fifth|tenth)|half|most|much|the\s+bulk)(?!\w)",
                       re.I)
# Things that display a state of affairs, read by whoever looks ("departure boards showed")
_DISPLAYS = frozenset({"board", "boards", "screen", "screens", "display", "displays",
                       "scoreboard", "scoreboards", "monitor", "monitors", "gauge", "gauges",
                       "thermometer", "thermometers", "meter", "meters", "clock", "clocks"})
_BY_VOTES = re.compile(r"\bby\s+(?:\d+|[a-z]+)\s+votes?\s+to\s+(?:\d+|[a-z]+)\b", re.I)
# "yields dipped 2 basis points to 2.08%": a unit of measure, no cue
_MEASURE_BEFORE = re.compile(r"(?:\bbasis|\bpercentage|\d)\s*$", re.I)
_UNABLE_BEFORE = re.compile(r"\b(?:unable|failed|impossible|not\s+possible|no\s+way)\s+to\s+"
                           r"(?:\w+ly\s+)?$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?”\"]\s+|\n\s*)$")
# What follows a sourceless "expected" of a schedule: an infinitive or a time ("to start in
# the autumn", "until next year", "before the end of the month", "within weeks")
_WHEN_EXPECTED = ("to ", "until ", "till ", "before ", "by ", "after ", "within ", "in ", "on ",
                  "at ", "next ", "this ", "later", "soon", "early ", "late ", "sometime ")
# "is expected to", "are scheduled to", "plans to": a prediction of an event, no one's claim
_EVENT_CUE = re.compile(r"^(?:is|are|was|were|be|been)\s+(?:expected|scheduled|due|set|slated|"
                        r"poised|likely)\s+to$", re.I)
_EVENT_WORDS = frozenset({"expected", "scheduled", "due", "set", "slated", "poised", "likely"})
_BE_ADVERB_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+\w+ly\s+$", re.I)
# "could be announced", "will be unveiled": an event to come, no source
_MODAL_PASSIVE_BEFORE = re.compile(r"\b(?:could|would|will|may|might|should|must|can|to)\s+"
                                   r"(?:\w+ly\s+)?(?:soon\s+)?be\s+$", re.I)
# "divided on", "split over": a group's disagreement with no content of its own
_DIVIDED = re.compile(r"^(?:divided|split)\b", re.I)
# "was asked about", "when asked": the question, not an answer
_ASKED = re.compile(r"^asked\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|when|if|after)\s+"
                             r"(?:(?:first|also|later|\w+ly)\s+)?$", re.I)
# "... until someone tells me otherwise": inside a speaker's quoted words, an indefinite
# "someone" is part of what the speaker said, no source the article cites
_INDEFINITE = frozenset({"someone", "somebody", "anyone", "anybody", "nobody", "no one",
                         "everyone", "everybody", "no-one"})


# A content that is only a pronoun object ("announces it for them", "confirmed this"): the
# verb acts on something already said, and states nothing itself
_PRONOUN_OBJECT = re.compile(r"^(?:it|this|them|these|those)(?:\s+(?:for|to|with|on|again|"
                             r"too)(?:\s+\w+)?)?[\s,.;:!?\"”’']*$", re.I)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _source_head(attribution: Attribution) -> str:
    """The last word of the attribution's source phrase, lowercase ("" with no source)."""
    if attribution.source is None:
        return ""
    words = attribution.source.text.lower().split()
    return words[-1] if words else ""


def _dated(content: str) -> bool:
    """The words name a time: a year, a month or a weekday by name, a stretch of weeks."""
    return any((w.isdigit() and len(w) == 4) or w in _STRETCHES or (
        w[:1].isupper() and w.lower() in lx.MONTH_NAMES | lx.WEEKDAYS)
        for w in re.findall(r"\w+", content))


def _and_then_says(content: str) -> bool:
    """The content goes on with a second verb of saying ("posted photographs of the puppets
    and called on the city to step in"): what follows is a claim of the same source."""
    return any(rest.split(" ", 1)[0].lower() in lx.CUE_VERB_FORMS
               for rest in content.split(" and ")[1:])


def is_non_claim(text: str, attribution: Attribution) -> bool:
    """True when the attribution's cue, read with its neighbours, states no claim of a source."""
    cue = attribution.cue.text.strip()
    low = cue.lower()
    first = low.split(" ", 1)[0]
    content = attribution.content.text.strip() if attribution.content is not None else ""
    before = text[max(0, attribution.cue.start - 40):attribution.cue.start]
    base = lx.CUE_VERB_FORMS.get(first)  # "recalled" -> "recall"
    if first in _REFUSAL_CUES and (not content or _REFUSED.match(content) or (
            content.lower().startswith("to ")) or _REFUSED_REQUEST.match(content)):
        return True  # ... and "refused to dismiss a lawsuit": an act refused, no claim
    if _REFUSAL_BEFORE.search(before) and _REFUSED.match(low):
        return True  # "declined to comment on the timing of any meeting"
    withheld = lx.WITHHELD_NAME.search(f"{low} {content}")
    if withheld is not None and withheld.start() <= len(low) + 1:
        return True  # "who asked not to be named because ...": why a source is unnamed
    if any(m.end() == attribution.cue.end for m in lx.WITHHELD_NAME.finditer(
            text, max(0, attribution.cue.start - 40), attribution.cue.end)):
        return True  # "a former engineer, who was not named,": the name withheld, no claim
    if _PRONOUN_OBJECT.match(content) and first not in _SAY_CUES:
        return True  # "when Tehran announces it for them": an act on a thing, no content
    if first in _SAY_CUES and _NO_COMMENT_CONTENT.match(content) and not (
            _AND_THAT.search(content)):
        # "said it does not comment on individual companies" (but '... "does not comment on
        # customers" and that demand remained "intact"' reports a second clause)
        return True
    if base == "ask" and _QUESTION_CONTENT.match(content):
        return True  # "a reporter who has been asking about the tax returns": a question
    if _INQUIRY.match(content) and (base in _INQUIRY_BASES or first in _INQUIRY_BASES):
        # "Inspectors are focusing on whether the checks were done": an inquiry (while
        # "Some Democrats questioned whether he could hold the seat" voices a doubt)
        return True
    if first in _REASON_CUES and _AFTER_REFUSAL.search(
            text, max(0, attribution.cue.start - 90), attribution.cue.start) and not (
            # "declined to comment, saying only that the inquiry was continuing": a statement
            first == "saying" and content.lower().startswith(("only", "that"))):
        # "declined to comment further, citing its policy on ongoing matters", "declined to
        # comment, saying it was a private matter": why nothing was said (the wire readers
        # list such sentences as non-claims)
        return True
    if first in _CLAIM_FORMS and _CREDIT.match(content):
        return True  # "press releases claiming credit for progress": a boast, no claim
    if low == "put it" and _PLACED.match(content):
        return True  # "He put it on the table": a thing placed, nothing said
    if any(first in forms and content.lower().startswith(particles)
           for forms, particles in _OTHER_SENSE):
        return True  # "ruled by Maray since 2004", "regularly calling at Hamburg"
    if any(m.start() <= attribution.cue.start and attribution.cue.end <= m.end()
           for m in _NEITHER_ADMITTED.finditer(text, max(0, attribution.cue.start - 40),
                                               min(len(text), attribution.cue.end + 40))):
        return True  # "Meridian neither admitted nor denied the findings": a settlement's form
    negated = _NEGATION_BEFORE.search(before) is not None or _NEITHER_NOR.search(
        text[max(0, attribution.cue.start - 120):attribution.cue.start]) is not None or (
        _NOBODY_BEFORE.search(text, max(0, attribution.cue.start - 70),
                              attribution.cue.start) is not None) or (
        _NEGATED_OR.search(text, max(0, attribution.cue.start - 80), attribution.cue.start)
        is not None)
    if first == "expected" and attribution.source is None and content.lower().startswith(
            _WHEN_EXPECTED):
        # "is expected on Thursday to discuss a bill", "Work had been expected to start in the
        # autumn", "The board's final report is not expected until next year": a schedule or
        # a forecast nobody voices, as "is expected to" is
        return True
    if base == "see" and _SUPERLATIVE_SEEN.search(
            text, max(0, attribution.cue.start - 120), attribution.cue.start):
        # "one of the most expensive contests the district has seen", "the worst flood the
        # city has ever seen": a measure of the event, nobody's account of it
        return True
    if base == "pledge" and _MONEY_PLEDGED.match(content):
        return True  # "Gulf donors pledged $410 million": money given
    if base == "declare" and _DECLARED_ACT.match(content):
        # "The governor declared a state of emergency", "The crew declared an emergency",
        # "The campaign declared victory": an act done by declaring it, no statement of fact
        # (the wire readers list such sentences as non-claims)
        return True
    if base == "deny" and _REQUEST_DENIED.match(content):
        # "Okafor denied the request", "the board denied bail": a decision on a request, no
        # denial of a claim ("denied the claim that ...", "denied a request had been made"
        # stay claims)
        return True
    if base == "threaten" and not _THREAT_MADE.match(content):
        # "oil ... killing thousands of fish and threatening protected wetlands": a danger
        # to something, nobody's threat (a threat made is "threatened to resign", "threatened
        # legal action", "threatened that ...")
        return True
    if first == "lists" and (attribution.source is None or attribution.source.kind != "document"):
        return True  # "the party lists its priorities": a record lists; anyone else acts
    if base == "list" and low == first and _LISTED_SHARES.match(text, attribution.cue.end):
        return True  # "which listed on the Sao Paulo stock exchange in 2021"
    if negated and _NO_RESPONSE_CUES.match(low):
        return True
    if negated and (first in _SAY_CUES or first in _DESCRIBE_CUES):
        return True  # "did not say whether", "The statement did not disclose the fee"
    if first in ("show", "shows", "showed", "shown") and _NO_REACTION.match(content):
        return True  # "showed no visible reaction": a face the reporter saw, no claim
    if negated and first in _SEEN_CUES:
        return True  # "Wire has not seen any documents supporting them"
    if negated and first in _NOT_DONE_CUES and attribution.source is not None:
        return True  # "The agency has not publicly named the crew", "It did not deny that"
    if negated and base is not None and base not in _VIEW_BASES and (
            _DID_NOT_BEFORE.search(before) is not None):
        # "did not testify", "The report did not assign blame", "It has not ruled on any of
        # them": an act not done says nothing (a view held or not, "did not think", "does
        # not expect", is still the source's view); the wire readers list such sentences
        # among the non-claims
        return True
    if content.lower().startswith("no ") and base in _NOT_DONE_BASES:
        return True  # "though the diocese has announced no such plan"
    if base == "reject" and _PROPOSAL_REJECTED.match(content):
        return True  # "the board rejected the deal", "Members rejected a 3.5% pay offer": a vote
    if content.lower().startswith("no ") and base in _OFFERED_NOTHING:
        return True  # "She offered no evidence of tampering": nothing was put forward
    if base == "add" and _ADDED_AMOUNT.match(content):
        return True  # "The renovation added 4,200 seats", "would add about $38 a year": a sum
    if base == "offer" and not _offers_words(content):
        return True  # "Iceland has offered incentives for electric cars": a thing offered
    if base == "discuss" and not content.lower().startswith(_DISCUSSED_CLAUSE):
        # "Kestrel's board discussed the matter at a meeting last week", "Directors discussed
        # a possible sale in May": a meeting held, what was said in it not told (of 218
        # "discuss" forms before an object in the wire dev articles the readers attribute none
        # by the verb)
        return True
    if base in _SCHEDULED_BASES and _SCHEDULED_BEFORE.search(before):
        # "The parish council will discuss the building at its next meeting": a meeting to
        # come, nobody's claim yet
        return True
    if low in _ASK_FOR and not content.lower().startswith(("that", "“", '"')):
        return True  # "Prosecutors had asked for eight years"
    if base == "recall" and _COUNTED_GOODS.match(content):
        return True  # "The company has recalled 40,000 vehicles": a product recall
    if base == "write" and _WRITTEN_THINGS.match(content):
        return True  # "Linwood wrote himself more than 400 checks": writing, not saying
    if base == "post" and low == first and _POSTED_THINGS.match(content) and not (
            _SAYS_SOMETHING.search(content)) and not _and_then_says(content):
        return True  # "Breck posted a short message on Instagram an hour after the draw"
    if first.endswith("ing") and _source_head(attribution) in {"petition", "petitions"}:
        return True  # "A petition opposing the merger has gathered 1,400 signatures": a count
    if base == "question" and low == first and _QUESTIONED_PERSON.match(content):
        return True  # "Regulators questioned Tibbs for nearly two hours"
    if base in {"write", "post", "publish", "send"} and _WHEN_ONLY.match(content) and (
            _dated(content)) and not _SAYS_SOMETHING.search(content):
        return True  # "four memos Yost wrote between February 2020 and March 2021"
    if first in {"point", "points"} and _MEASURE_BEFORE.search(before):
        return True  # "dipped 2 basis points to 2.08%"
    if first == "citing" and _REFUSED_CLAUSE.search(content):
        return True  # "declined to give further details, citing privacy rules": a reason
    if first == "citing" and attribution.source is not None and (
            _REASONS.match(attribution.source.text) or (
                attribution.direction == "forward" and _REASONS.match(content))):
        # "Voss resigned in August, citing health reasons" (read as her own reason, or as
        # if the reasons were cited)
        return True
    if first == "citing" and _WITH_CITING.search(before):
        return True  # "rose 1.4% by midday, with traders citing the Argentine downgrade"
    if base in _REACTIONS and low == first and not content:
        return True  # "Others applauded." ("Critics applauded the plan" is a stance)
    if base == "welcome" and low == first and _WELCOMED_THING.match(content):
        return True  # "Hotel owners welcomed the figures": a reaction, nothing said
    if attribution.source is not None and _NOT_ALL.match(
            text[max(0, attribution.source.start - 4):attribution.source.end].strip()):
        return True  # "Not everyone expects that approach to work."
    if base == "call" and low == first and _CALLED_EVENT.match(content):
        return True  # "The union has called a rally in the main square for Tuesday"
    source = attribution.source
    if source is not None and " " not in source.text.strip() and source.text.islower() and (
            source.text.endswith("ed")):
        return True  # "Durban has suffered repeated bouts": an adjective read as a cue
    if base == "plead" and low == first and _PLEA_CONTENT.match(content):
        return True  # "Pruett pleaded guilty in March to wire fraud"
    if base in {"apologize", "apologise"} and not content.startswith(("“", '"')):
        # "apologized to the county's residents", "apologised for the delay": an act
        return True  # "apologized to the county's residents in a short statement"
    if (first == "plan" or base in {"plan", "intend"}) and not content.lower().startswith(
            ("that", "“", '"')):
        # "The ministry plans to open two clinics", "employers planning collective
        # redundancies": an intention, no claim
        return True
    if first in _REQUEST_CUES and (_DECISION_CONTENT.match(content) or (
            first in _SEEK_CUES and not content.lower().startswith(("that", "“", '"')))):
        return True  # "urged both sides to resume talks", "sought a sentence of eight years"
    if base == "demand" and content and not content.lower().startswith(
            ("that", "“", '"', "to know")):
        # "The unions are demanding 250,000 naira": a claim on something, a request
        # ("demanding that the government ..." keeps its reading: what it holds may be a
        # claim of its own)
        return True
    if low in {"voted against", "voted for", "votes against", "votes for", "voted"} and (
            not content or content.lower().rstrip(".") in {"no", "yes"}
            or content.lower().startswith((
                "against", "for", "in favo", "with ", "no ", "no,", "yes ", "yes,",
                "unanimously", "overwhelmingly", "narrowly"))):
        # "The largest opposition group voted against", "Trustees Angela Fortier and Dwayne
        # Sims voted no": a vote, an event
        return True
    if low in {"accounted for", "accounts for", "account for"} and _SHARE_OF.match(content):
        return True  # "The frozen unit accounted for about 28% of sales": a share, no claim
    if base == "show" and _source_head(attribution) in _DISPLAYS and not (
            attribution.source is not None and attribution.source.kind.startswith("named")):
        return True  # "departure boards showed four flights cancelled": what the reporter saw
    if base == "back" and _BY_VOTES.search(content):
        return True  # "Councillors backed the deal by 27 votes to 9": a vote
    if base == "declare" and _DECLARED_STATUS.search(content) and not content.lower().startswith(
            ("that", "“", '"', "‘", "'", "to ", "it ")):
        # "The government declared the drought a national disaster", "declared a day of
        # national mourning": a declaration that does what it says, an act, no claim
        return True
    if first in _DECISION_CUES and _DECISION_CONTENT.match(content):
        return True  # "officials ordered students to stay home": an act, no claim
    if base == "announce" and first != "announcing" and _ANNOUNCED_THING.match(content) and (
            not _CLAUSE_IN.search(content)) and not _inside_quote(text, attribution.cue.start):
        # "first announced the automation plan in October", "have announced tens of
        # thousands of job cuts": an act announced, an event (the readers of the wire set
        # never list such a phrase as a claim; "announced that ..." stays one)
        return True
    if _DREW_REACTION.search(before) and low.startswith(_REACTION_NOUNS) and not (
            _CLAUSE_IN.search(content)):
        # "The program drew criticism from Republicans": a reaction reported as an event,
        # its words (if any) come after (the wire readers list the sentence as no claim)
        return True
    if first in _STANCE_ON_A_THING and _THING_ONLY.match(content):
        # "Two councillors voted against the transfer", "Parents ... mostly opposed the
        # closures": a vote or a stance on a thing, no statement of fact (the cue stays for
        # the stance, as PolNeAR labels it)
        return True
    if _EVENT_CUE.match(low):
        # "The commission is expected to rule by summer": whoever expects it is not the
        # subject, who is expected to act; no one's claim
        return True
    if _SET_TO_BEFORE.search(before) and not content.lower().startswith(("that", "“", '"')):
        return True  # "The company is set to announce results on Thursday"
    if base == "charge" and _CHARGED_WITH.match(content):
        return True  # "Prosecutors charged Dalton with wire fraud": an indictment, an event
    if base == "charge" and _BILLED.search(content[:90]) and not content.lower().startswith(
            ("that", "“", '"')):
        return True  # "whether the bank charged customers improper fees": a price billed
    if first in {"confirm", "verify"} and _NOT_ABLE_BEFORE.search(before):
        # "The paper has not been able to independently confirm the details": a check that
        # failed, the reporter's, no claim
        return True
    if first in {"appeared", "appears", "appear"} and _IN_COURT.match(content):
        return True  # "Pryde, 41, appeared in Lismore Local Court on Tuesday": an event
    if first == "open" and _COPULA_BEFORE.search(before):
        return True  # "The river remains open to fishing": a state, no one's words
    if base == "press" and _PRESSED_ON.match(content):
        return True  # "Opposition legislators pressed the ministry on the pace of ...": a question
    if base == "chant" and not content.lower().startswith(("that", "“", '"', "'")):
        return True  # "about 200 protesters chanted and held signs": a protest, no words given
    if base == "testify" and _TESTIFIED_SIDE.match(content):
        return True  # "Three mayors testified in support of the bill": which side, no claim
    words = content.lower().split()
    if len(words) == 2 and words[0] in {"a", "an"} and words[1] in lx.DISPUTED_CLAIM_NOUNS:
        # "..., a charge Tehran has repeatedly denied": the party's answer to what someone
        # else said (its source all the same), no claim to score; the claim is the other's
        return True
    if _HABIT_BEFORE.search(before) and not content.lower().startswith(("that", "“", '"')):
        return True  # "It usually confirms the astronauts' identities": a practice
    if first in {"reported", "published", "obtained", "posted", "broadcast"} and (
            content.lower().startswith("by ")):
        return True  # "the email, which was first reported by The Associated Press": who
        # first had it, said as a relay of the venue, no claim of its own
    if first == "known" and not content.lower().startswith(("that", "“", '"')):
        # "one of the most contagious diseases known and can cause ...": an adjective
        return True
    if _OBLIGATION_BEFORE.search(before):
        return True  # "employers planning redundancies must notify the minister"
    if base == "rule" and first != "ruling" and _RULED_FOR.search(content) and not (
            content.lower().startswith(("that", "on ", "in favo", "against"))):
        return True  # "has ruled the former Soviet republic ... since 2009"
    if first == "notes" and _MARKET_MOVES.match(content):
        return True  # "benchmark 10-year notes fell 11 basis points"
    if first in _ORDER_CUES:
        return True  # "days after the government ordered a nationwide slowdown"
    if base == "refer" and (_REFERRED_QUESTIONS.match(content) or _REFERRED_ONWARD.match(
            content)):
        # "The embassy referred questions to the Pentagon", "A spokeswoman referred Reuters to
        # remarks by the chief executive": passed on, no answer
        return True
    if base == "disclose" and _STAKE.match(content):
        return True  # "an activist fund disclosed a 4% stake": a filing, an event
    if first in {"report", "reports"} and _RESULTS.match(content):
        # "before the company reports full-year results on March 26": an event to come (a
        # past "reported a quarterly loss" is the company's account of its books, a claim)
        return True
    if first == "listed" and content.lower().startswith("as "):
        return True  # "Buildings listed as historic monuments cannot be sold": a register
    if content.lower().startswith("when ") and base not in _SPEECH_BASES and (
            first not in _SAY_CUES) and attribution.content is not None and (
            attribution.content.start >= attribution.cue.end):
        return True  # "Delegates stood and applauded when the result was read out": an act
    if attribution.source is None and first == "added" and _PASSIVE_BEFORE.search(before):
        return True  # "puppetry was added to UNESCO's list": a thing added, nobody speaking
    if attribution.source is None and _PASSIVE_BEFORE.search(before) and content and not (
            content.lower().startswith(("that", "to ", "“", '"', "‘", "'"))) and (
            content.split(" ", 1)[0].lower() not in lx.CUE_VERB_FORMS):
        # "Measles was declared eliminated in 2000": an event, nobody's claim (not "...
        # had not been announced, said Marquez had offered ...": the next clause's verb)
        return True
    if base in _INTENT_BASES and _INTENT_CONTENT.match(content):
        # "The government has pledged to raise defence spending", "The union has agreed in
        # principle to a 9% pay rise"
        return True
    if low in _ADVOCACY_CUES and not content.lower().startswith(("that", "“", '"')):
        return True  # "Producers have lobbied for new export capacity for years"
    if base in _PRESSING and content.lower().startswith("for "):
        # "Farm groups have pressed the government for months for broader tax relief",
        # "Lawmakers have pressed for relief": what they want, as "lobbied for"
        return True
    if first in _VERIFY_CUES and (negated or _UNABLE_BEFORE.search(before)):
        return True  # "could not independently verify the claim": no claim of its own
    if attribution.source is not None and _NOBODY.match(attribution.source.text):
        return True  # "No group has publicly claimed responsibility for the attack"
    if attribution.source is not None and attribution.source.text.strip().lower() in (
            _INDEFINITE) and _inside_quote(text, attribution.cue.start):
        return True
    if attribution.source is None:
        if low in _EVENT_WORDS and _BE_ADVERB_BEFORE.search(before) and (
                content.lower().startswith("to ")):
            return True  # "is widely expected to raise rates" ("is expected to": above)
        if _MODAL_PASSIVE_BEFORE.search(before):
            return True
        if attribution.direction == "backward" and _PERFECT_PASSIVE_BEFORE.search(before):
            return True  # "..., and no lawyer for him has been publicly identified"
        if not content:  # "No injuries were reported."
            return True
        if _PASSIVE_BEFORE.search(before) and _CIRCUMSTANCE.match(content):
            return True  # "No injuries were reported when the tank ruptured"
        if _CONDITION_BEFORE.search(text[max(0, attribution.cue.start - 120):
                                         attribution.cue.start]):
            return True  # "If the finding is confirmed, ..."
        if _ASKED.match(low) and (_PASSIVE_BEFORE.search(before) or _SENTENCE_START.search(
                before)):
            return True  # "when asked about", and a fronted "Asked about the memo, ..."
    return bool(_DIVIDED.match(low)) and not content.lower().startswith(("whether", "that"))


def _holds(parent: Attribution, child: Attribution) -> bool:
    """Whether the parent's (final) content holds the child's cue."""
    content = parent.content
    return content is not None and content.start <= child.cue.start < content.end


def mark_non_claims(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Set `claim` False on the attributions that state no claim, and on those nested in one
    ("declined to say how much it cost"). They stay attributions (a cue, a source: PolNeAR
    labels them so), but no chain, score or flag is made of them."""
    notes = [(a, b) for a, b in paragraphs(text) if WIRE_NOTE.fullmatch(text, a, b)]
    # why a source's name is withheld ("who asked not to be named because his firm advises
    # companies in the sector"): the reason is the reporter's, no claim of anyone's
    reasons = [(m.start(1), m.end()) for m in _WITHHELD_REASON.finditer(text)]
    for attribution in attributions:
        if is_non_claim(text, attribution) or any(
                a <= attribution.cue.start < b for a, b in notes) or any(
                a <= attribution.cue.start < b for a, b in reasons):
            # ("(Adds Lithuanian foreign minister in paragraph 3)": a wire note, no claim)
            attribution.claim = False
        elif attribution.source is None and attribution.parent is not None and (
                attribution.parent.source is not None):
            # "An officer said the group was also suspected of a robbery": a passive inside
            # what a source says is that source's claim, not a second, sourceless one
            attribution.claim = False
    for attribution in attributions:
        # "Kerry said that many would be accepted": a sourceless cue that states no claim
        # holds nobody's words before it, so what its content seemed to hold is its parent's
        # (a forward one, "is expected to question", keeps its nested cue as no claim)
        parent = attribution.parent
        depth = 0
        while parent is not None and not parent.claim and (
                (parent.source is None and parent.direction == "backward")
                or not _holds(parent, attribution)) and depth < 16:
            # ... and "A firefighter who declined to be named said ...": a refusal whose
            # content was cut back to "to be named" no longer holds the cue after it
            parent, depth = parent.parent, depth + 1
        attribution.parent = parent
    for attribution in attributions:
        parent = attribution.parent
        depth = 0
        while parent is not None and depth < 16:
            if not parent.claim:
                attribution.claim = False
                break
            parent, depth = parent.parent, depth + 1
    return attributions
