"""Each document kind as one declaration: the spec keys it takes (and must have), the parts printed
before and after the body, whether its paragraphs are numbered, and its page furniture. A new kind is a
new entry here; the spec loader, the schema and ``kinds.arrange`` all read this table."""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.document import PageFurniture

COMMON_KEYS = ("notes", "appendix", "headings", "legend", "stale_after")  # every kind takes these
FILING_KEYS = ("document", "docket", "signature", "toc", "toa", "numbered")  # every filing takes these
IACHR_RULES = "Rules of Procedure of the Inter-American Commission on Human Rights"


@dataclass(frozen=True)
class Kind:
    """``Kind('memo', 'a legal memorandum', keys=(…), front=('memo-head',))``: parts are named, and
    ``kinds.PARTS`` maps each name to the function that prints it."""

    name: str
    doc: str
    keys: tuple = ()                 # kind-specific spec keys it takes, besides COMMON_KEYS
    required: tuple = ()             # of those, the ones a spec must give: ((key, why), …)
    front: tuple = ()                # parts before the body, in order
    back: tuple = ()                 # parts after it
    numbered: bool = False           # paragraphs of the body numbered 1., 2. … unless ``numbered: false``
    furniture: PageFurniture = PageFurniture()

    @property
    def all_keys(self) -> tuple:
        return self.keys + COMMON_KEYS


# a filing with a cover and tables numbers the cover (unprinted) and tables in roman, the body in arabic
FILING_PAGES = PageFurniture(numbering="roman", number_first_page=False)

DECLARED = (
    Kind("memo", "a legal memorandum: TO / FROM / DATE / RE, then the body",
         keys=(), front=("memo-head",)),
    Kind("petition", "a court filing: adversarial caption (Petitioner v. Respondent), prayer for relief",
         keys=("forum", "petitioners", "respondent", "prayer", "certificate", "served") + FILING_KEYS,
         front=("court-caption", "tables"), back=("prayer", "signature", "certificate"),
         numbered=True, furniture=FILING_PAGES),
    Kind("agency-petition", "a petition to an agency (rulemaking under 5 U.S.C. § 553(e)): "
         "\"Before the\" caption, no adverse party, a requested action",
         keys=("agency", "petitioners", "request", "certificate", "served") + FILING_KEYS,
         required=(("agency", "the agency petitioned is the caption's \"Before the …\""),
                   ("petitioners", "a petition names its petitioner")),
         front=("agency-caption", "tables"), back=("request", "signature", "certificate"),
         numbered=True, furniture=FILING_PAGES),
    Kind("iachr-petition", "a petition to the Inter-American Commission on Human Rights, with the "
         f"information Article 28 of the {IACHR_RULES} requires",
         keys=("forum", "petitioners", "representatives", "contact", "victims", "state", "state_authorities",
               "rights", "exhaustion", "timeliness", "duplication", "request") + FILING_KEYS,
         required=(("petitioners", "Art. 28(1): who makes the denunciation"),
                   ("victims", "Art. 28(5): the alleged victims"),
                   ("state", "Art. 28(6): the State considered responsible"),
                   ("rights", "Art. 28(6): the rights violated"),
                   ("exhaustion", "Art. 28(8): domestic remedies exhausted, or the Art. 31(2) exception invoked"),
                   ("timeliness", "Art. 28(7): filed within the period of Art. 32 (six months)"),
                   ("duplication", "Art. 28(9): whether submitted to another international proceeding (Art. 33)")),
         front=("commission-caption", "tables", "particulars"), back=("admissibility", "request", "signature"),
         numbered=True, furniture=FILING_PAGES),
    Kind("letter", "a letter: letterhead, date, inside address, salutation; closing and signature",
         keys=("letterhead", "recipient", "salutation", "closing", "cc", "recipients", "addressing",
               "signatories", "constituents", "signature"),
         front=("letter-head",), back=("letter-close",), furniture=PageFurniture(number_first_page=False)),
)
KINDS = {k.name: k for k in DECLARED}


def kinds_taking(key: str) -> list[str]:
    """The kinds whose specs take ``key`` (for the error that names them)."""
    return [k.name for k in DECLARED if key in k.all_keys]
