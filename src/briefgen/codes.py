"""Every diagnostic code briefgen reports, in one table: its severity, what it means in a line, and
the section of docs/errors.md that explains it (with what to do).

A new code is one line here and one row in docs/errors.md, under the section its anchor names;
``tests/test_codes.py`` fails, saying what to add, on a code the source uses that is missing from
either, and on a documented code that nothing reports.

>>> CODES["spec-key"]
Code(severity='error', anchor='specs-and-projects', meaning='an unknown key in a brief spec')
>>> CODES["spec-key"].url
'docs/errors.md#specs-and-projects'
"""
from __future__ import annotations

from typing import Literal, NamedTuple

CodeSeverity = Literal["error", "warning", "error or warning"]


class Code(NamedTuple):
    """One code: ``Code("error", SPECS, "an unknown key in a brief spec")``."""

    severity: CodeSeverity
    anchor: str
    meaning: str

    @property
    def url(self) -> str:
        return f"docs/errors.md#{self.anchor}"


# The sections of docs/errors.md's list of codes (their anchors).

SPECS = "specs-and-projects"
MODULES = "modules-and-templates"
CITATIONS = "citations"
AUTHORITIES = "authorities"
FACTS = "facts-and-frameworks"
YAML = "yaml-files"
LETTERS = "letters"
COMMANDS = "commands-and-outputs"
CITECHECKER = "the-citecheckers-rules"
IMPORTED = "imported-memos"
ONLINE = "cases-online"
SIGNING = "before-signing"

E: CodeSeverity = "error"
W: CodeSeverity = "warning"
EW: CodeSeverity = "error or warning"

CODES: dict[str, Code] = {
    # Specs and projects
    "spec": Code(E, SPECS, "the spec is not a mapping of keys"),
    "spec-key": Code(E, SPECS, "an unknown key in a brief spec"),
    "spec-kind": Code(E, SPECS, "a `kind` that is not one of the declared document kinds"),
    "spec-required": Code(E, SPECS, "a key the spec's kind requires is missing"),
    "spec-title": Code(E, SPECS, "the spec has no title"),
    "spec-modules": Code(E, SPECS, "no modules, or a list of modules of the wrong shape"),
    "spec-date": Code(E, SPECS, "a date that is not `YYYY-MM-DD` or does not exist"),
    "spec-citations": Code(E, SPECS, "a citation mode other than footnotes or inline"),
    "spec-vars": Code(E, SPECS, "`vars` is not a mapping of names to values"),
    "spec-value": Code(E, SPECS, "a value of the wrong shape: a list or mapping where text belongs"),
    "spec-missing": Code(E, SPECS, "the named spec does not exist"),
    "no-briefs": Code(E, SPECS, "no spec was named and `briefs/` holds none"),
    "project": Code(E, SPECS, "no folder from the brief upward holds `briefs/` and `authorities/`"),
    "outside-project": Code(E, SPECS, "a file of the project (a spec, module, authority, the congress data …) is a link "
                                      "to a file outside it, which briefgen does not read; or a file briefgen would "
                                      "write (an import, a new brief) lies through a link out of the project"),
    "style": Code(E, SPECS, "an unknown citation style, or a CSL file that cannot be read"),
    "reference-docx": Code(E, SPECS, "the spec's `reference` DOCX is missing or not a Word file"),
    "too-large": Code(E, SPECS, "a module, or the brief its modules render, is larger than briefgen accepts"),
    # Modules and templates
    "unknown-module": Code(E, MODULES, "the spec names a module that does not exist"),
    "module-path": Code(E, MODULES, "a module name that leads outside `briefs/modules`"),
    "module-front": Code(E, MODULES, "a module's front matter is not a mapping, or a key of it has the wrong type"),
    "jinja-syntax": Code(E, MODULES, "a template syntax error in a module"),
    "jinja-undefined": Code(E, MODULES, "a module uses a variable that is not defined (never printed as blank)"),
    "jinja-sandbox": Code(E, MODULES, "a template tried an operation the sandbox refuses"),
    "jinja-include": Code(E, MODULES, "a module includes a template that does not exist"),
    "jinja-limit": Code(E, MODULES, "a template ran past its time or output limit"),
    "jinja-recursion": Code(E, MODULES, "a macro or include calls itself without end"),
    "jinja": Code(E, MODULES, "any other template failure"),
    "too-deep": Code(E, MODULES, "lists, quotations or footnotes nested deeper than a brief can print"),
    "control-character": Code(W, MODULES, "a control character in a module or in the data a brief prints, which no format can print"),
    # Citations
    "cite-brackets": Code(E, CITATIONS, "an unbalanced `[` or `]` around a citation cluster"),
    "cite-syntax": Code(E, CITATIONS, "a malformed citation cluster"),
    "signal": Code(E, CITATIONS, "an unknown introductory signal"),
    "locator": Code(E, CITATIONS, "a pin briefgen cannot read"),
    "locator-kind": Code(E, CITATIONS, "a pin the cited kind cannot take (a paragraph of a statute)"),
    "unknown-authority": Code(E, CITATIONS, "a citation or fact names an authority id that no record has"),
    "unchecked-citations": Code(W, CITATIONS, "citations that could not be checked because the file holding their authorities did not load"),
    "handwritten-cite": Code(W, CITATIONS, "*Id.* or *supra* written by hand, where briefgen chooses the form itself"),
    # Authorities
    "authority-file": Code(E, AUTHORITIES, "an authorities file is not a list of records"),
    "authority-field": Code(E, AUTHORITIES, "an unknown field, or a required field missing, in an authority record"),
    "authority-type": Code(E, AUTHORITIES, "a field of an authority record holds a value of the wrong type"),
    "authority-kind": Code(E, AUTHORITIES, "an unknown authority kind"),
    "authority-date": Code(E, AUTHORITIES, "a date that does not exist, or a source dated after the brief"),
    "authority-duplicate": Code(E, AUTHORITIES, "two records with one id"),
    "authority-update": Code(E, AUTHORITIES, "`authorities import --update` could not change the records in place (their "
                                             "comments kept) without changing something else, or the file is not a "
                                             "list of records"),
    "unused-authority": Code(W, AUTHORITIES, "no checked brief cites the authority (`check` only)"),
    "unused-hereinafter": Code(W, AUTHORITIES, "a record's `hereinafter` that no later citation of any checked brief "
                                               "prints (R4.2(b); `check` only)"),
    "authority-history": Code(E, AUTHORITIES, "a `history` entry with an unknown relation, or naming no record"),
    "csl": Code(E, AUTHORITIES, "a CSL-JSON file that cannot be read"),
    "csl-item": Code(EW, AUTHORITIES, "a CSL item that cannot be made a record (a warning when loaded; an error where a brief cites it)"),
    "csl-court": Code(W, AUTHORITIES, "a CSL item's court that briefgen cannot abbreviate as T7 does"),
    "csl-unused": Code(W, AUTHORITIES, "CSL fields a record of that kind does not print"),
    "bibtex": Code(E, AUTHORITIES, "a BibTeX file that cannot be read"),
    # Facts and frameworks
    "fact-file": Code(E, FACTS, "a facts file is not a list of facts"),
    "fact-field": Code(E, FACTS, "a fact without an id or statement, or a field of the wrong type"),
    "fact-key": Code(E, FACTS, "an unknown key in a fact"),
    "fact-support": Code(E, FACTS, "a fact's `support` is not a list of citations"),
    "fact-duplicate": Code(E, FACTS, "two facts with one id"),
    "support-key": Code(E, FACTS, "an unknown key in a fact's support"),
    "support-field": Code(E, FACTS, "a support's field of the wrong type"),
    "unknown-fact": Code(E, FACTS, "a module or spec names a fact id that no facts file has"),
    "framework-file": Code(E, FACTS, "a framework file is not a mapping of id, title, source and elements"),
    "framework-field": Code(E, FACTS, "a framework's field missing or of the wrong type"),
    "framework-key": Code(E, FACTS, "an unknown key in a framework"),
    "framework-duplicate": Code(E, FACTS, "two frameworks with one id"),
    "element-key": Code(E, FACTS, "an unknown key in a framework's element"),
    "element-field": Code(E, FACTS, "an element's field of the wrong type"),
    "unknown-element": Code(E, FACTS, "a module or fact names an element no framework has"),
    "element-unsupported": Code(E, FACTS, "a module argues an element that no fact supports"),
    # YAML files
    "yaml": Code(E, YAML, "a YAML syntax error"),
    "yaml-duplicate-key": Code(E, YAML, "one key given twice in a mapping"),
    "yaml-aliases": Code(E, YAML, "aliases (`*name`) that expand to more values than briefgen reads, or an alias inside the value it names"),
    "encoding": Code(E, YAML, "a file that is not UTF-8"),
    "unreadable": Code(E, YAML, "a file briefgen may not read (its permissions, a folder in its place)"),
    "number": Code(E, YAML, "NaN or Infinity in JSON, or an integer of more than 1,000 digits in JSON or YAML"),
    # Letters
    "recipients": Code(E, LETTERS, "bad recipient filters, or a recipient list that cannot be read"),
    "congress-data": Code(EW, LETTERS, "missing or malformed congress data (a warning for one bad record, which gets no letter)"),
    "signatories": Code(E, LETTERS, "a bad signatory list, sort or columns"),
    "constituents": Code(EW, LETTERS, "a constituent row with a missing field, an unknown state, a district the state does not have, or a bad ZIP (warnings: rows without a district, constituents no filter selects)"),
    "empty-field": Code(W, LETTERS, "a module prints a recipient field some recipients lack"),
    "shard": Code(E, LETTERS, "a bad `--shard`"),
    "fetch": Code(E, LETTERS, "a failed or refused download of congress data"),
    "worker": Code(E, LETTERS, "a letter worker process died"),
    "manifest": Code(E, LETTERS, "`letters manifest` was given a folder that holds no finished batch, shares that do not fit together, or a record briefgen did not write"),
    "duplicate": Code(EW, LETTERS, "a constituent or signatory row that repeats an earlier one (an error with `build --strict`)"),
    "not-a-batch": Code(E, LETTERS, "the batch's folder `OUT/<brief>/` (or a hidden `.partial`, `.previous`, `.old` one) "
                                    "is not a batch of this brief that briefgen wrote: a link, a file, a folder of "
                                    "yours, a batch of another brief; it is left as it is"),
    "batch-formats": Code(E, LETTERS, "the batch there holds formats (`docx`, `pdf` …) the new build would not write; it "
                                      "is left as it is"),
    # Commands and outputs
    "usage": Code(E, COMMANDS, "a wrong command line: a missing argument or a bad option, a `--name` or `--into` that is "
                               "not a plain name, a `letters manifest --out` that is not a `.csv` outside the sources"),
    "format": Code(E, COMMANDS, "an unknown output format"),
    "exists": Code(E, COMMANDS, "the file to be written exists"),
    "out-folder": Code(E, COMMANDS, "`--out` (or `build/`) is a folder of the project's sources or inside one, holds the "
                                    "project or a source folder (`--out .`), or is a link out of the project (a cloned "
                                    "`build -> ..`)"),
    "same-output": Code(E, COMMANDS, "two briefs of one build would write the same files"),
    "output-link": Code(E, COMMANDS, "an output (or a batch's lock file) is a symbolic link, which briefgen does not "
                                     "write through"),
    "output-readonly": Code(E, COMMANDS, "an output, or a letter of the batch being replaced, is read-only; it is left as "
                                         "it is"),
    "serve": Code(E, COMMANDS, "`briefgen serve` cannot start: a server already runs here, the socket cannot be made, or "
                               "`.briefgen/` (its lock, its socket) is a link or not what the server makes"),
    "output": Code(EW, COMMANDS, "something the DOCX or the text could not hold as given (a control character, an over-long property); an error when an output cannot be written"),
    "missing-glyph": Code(W, COMMANDS, "no installed font has a character the PDF prints; the PDF shows an empty box"),
    "pdf": Code(E, COMMANDS, "the PDF could not be typeset"),
    "unrenderable": Code(E, COMMANDS, "a writer was given a node it has no rule for"),
    "unresolved-cite": Code(E, COMMANDS, "a writer was given a citation the citations pass did not resolve"),
    # The citechecker's rules
    "signal-order": Code(W, CITECHECKER, "signals out of R1.3 order in one cluster"),
    "parenthetical": Code(W, CITECHECKER, "an explanatory parenthetical not in R1.5 form"),
    "empty-parenthetical": Code(W, CITECHECKER, "an empty parenthetical: `()`"),
    "missing-pin": Code(W, CITECHECKER, "a quotation or a specific figure cited without a pin (R3.2(a))"),
    "missing-url": Code(W, CITECHECKER, "a web page, or an online story without a print page, that has no `url` (R18.2)"),
    "cfr-year": Code(W, CITECHECKER, "a C.F.R. citation without the year of the edition cited (R14.2(a))"),
    "treaty-date-phrase": Code(W, CITECHECKER, "a multilateral treaty's date with no phrase saying what happened on "
                                               "it (R21.4.2)"),
    "ellipsis": Code(W, CITECHECKER, "`...` or `…` inside a quotation (R5.3)"),
    "typography": Code(W, CITECHECKER, "a straight apostrophe or quotation mark in a printed field of an authority"),
    "merge-sections": Code(W, CITECHECKER, "consecutive citations to sections of one code in one cluster (R3.3)"),
    "abbreviation": Code(W, CITECHECKER, "a word T6 or T13 abbreviates, written out or abbreviated otherwise"),
    "court": Code(W, CITECHECKER, "a court not written as T7 and T10 abbreviate it (`10th Circ.`, `3rd Cir.`)"),
    "unknown-reporter": Code(W, CITECHECKER, "a reporter reporters-db does not know"),
    "reporter-years": Code(W, CITECHECKER, "a date outside the years the reporter covers"),
    "volume-year": Code(W, CITECHECKER, "a U.S. Reports volume that does not match the year of decision"),
    "unts-volume": Code(W, CITECHECKER, "a U.N.T.S. volume beyond those published (the treaty's registration number)"),
    "gao-number": Code(W, CITECHECKER, "a GAO report number whose fiscal-year prefix disagrees with the report's date"),
    "pin-range": Code(W, CITECHECKER, "a pin before the source's first page"),
    # Imported memos
    "import-file": Code(E, IMPORTED, "a file `briefgen import` or `verify` cannot read as its suffix says"),
    "import-unparsed": Code(W, IMPORTED, "a citation the importer does not recognise, kept as text"),
    "import-note": Code(W, IMPORTED, "a note call with no note, or a note never called"),
    "import-limit": Code(W, IMPORTED, "a note too long, or reached too late, to be read for citations: kept as written"),
    "import-pin": Code(W, IMPORTED, "a pin the importer cannot read, or one the record's kind does not take"),
    "signal-form": Code(W, IMPORTED, "a signal without its commas (`See e.g.`)"),
    "signal-case": Code(W, IMPORTED, "a signal or *Id.* with the wrong capital for its place"),
    "signal-italics": Code(W, IMPORTED, "a signal not in italics"),
    "article-abbreviation": Code(W, IMPORTED, "`Art.` in a citation, where R3.3 and T16 write `art.`"),
    "month": Code(W, IMPORTED, "a month written out where T12 abbreviates it"),
    "comma-parenthetical": Code(W, IMPORTED, "a comma before a parenthetical: `(2005), (holding …)`"),
    "spacing": Code(W, IMPORTED, "no space after `§`"),
    "pin-form": Code(W, IMPORTED, "a page pin written `p. 101` after *Id.* or *supra* in a memo that follows the "
                                  "Bluebook; `et. seq.` after a section"),
    "bluebook-form": Code(W, IMPORTED, "a form house styles use but the Bluebook does not (`42 U.S.C. 1983`, `Pub. L. "
                                       "117-328`, `UN Doc`, `para 410`, `ICTY`), in a memo that follows the Bluebook"),
    "date-form": Code(W, IMPORTED, "a date without the comma before its year (`Dec. 17 1996`), or run into its court "
                                   "(`2d Cir.2010`)"),
    "supra-italics": Code(W, IMPORTED, "*supra* not in italics"),
    "reporter-form": Code(W, IMPORTED, "a reporter or code written otherwise than T1 abbreviates it (`USC`, `CFR`)"),
    "parenthesis": Code(W, IMPORTED, "a parenthetical the source never closes"),
    "id-reference": Code(W, IMPORTED, "an *Id.* after a note that cites no authority or more than one (R4.1)"),
    "supra-antecedent": Code(W, IMPORTED, "a *supra* with no earlier full citation, or one that fits several (R4.2)"),
    "short-antecedent": Code(W, IMPORTED, "a short form with no earlier full citation, or one that fits several (R10.9)"),
    "supra-kind": Code(W, IMPORTED, "*supra* for a case, statute or regulation (R4.2(a))"),
    "supra-note": Code(W, IMPORTED, "*supra* note N where the full citation is in another note"),
    "supra-name": Code(W, IMPORTED, "*supra* by a short name the first citation never announced (R4.2(b))"),
    "inconsistent-citation": Code(W, IMPORTED, "one source cited with different volumes or pages"),
    # Cases online (verify --online, check --online)
    "case-not-found": Code(E, ONLINE, "no decision is reported at the citation: the likely invention"),
    "case-mismatch": Code(E, ONLINE, "the citation belongs to a case of another name, court or year"),
    "case-ambiguous": Code(W, ONLINE, "several decisions share the citation and the case name picks none"),
    "case-year": Code(W, ONLINE, "the year is one off the register's date of decision"),
    "pin-beyond-case": Code(W, ONLINE, "a pin past the case's last page"),
    "case-unchecked": Code(W, ONLINE, "a case citation not looked up (unknown reporter, orphan short form, not cached)"),
    "lookup-auth": Code(E, ONLINE, "the register refused the token"),
    "lookup-rate-limit": Code(E, ONLINE, "the register's rate limit was reached"),
    "lookup-unreachable": Code(E, ONLINE, "the register could not be reached (network, timeout)"),
    "lookup-http": Code(E, ONLINE, "the register answered with another HTTP error"),
    "lookup-response": Code(E, ONLINE, "an answer that is not the citation-lookup API's"),
    "lookup-config": Code(E, ONLINE, "a bad COURTLISTENER_API or COURTLISTENER_TIMEOUT"),
    "lookup-cache": Code(E, ONLINE, "the citation cache folder is not the user's own"),
    "lookup-fix": Code(W, ONLINE, "check --online --fix cannot add a url line to this record"),
    "statute-not-found": Code(E, ONLINE, "the current U.S. Code has no such section"),
    "statute-status": Code(W, ONLINE, "the current U.S. Code marks the section repealed, transferred or omitted"),
    "statute-unchecked": Code(W, ONLINE, "a cited title of the U.S. Code is not in the --uscode folder"),
    # Before signing (check and build)
    "unconsulted-source": Code(W, SIGNING, "a source its record says was never read, cited as though read"),
    "revoked-authority": Code(W, SIGNING, "a revoked, superseded or reversed authority cited as if in force"),
    "stale-fact": Code(W, SIGNING, "a fact dated longer before the brief than the spec's stale_after"),
    "stale-module": Code(W, SIGNING, "a module last brought up to date longer before the brief than stale_after"),
    "stale-record": Code(W, SIGNING, "a cited record last verified longer before the brief than stale_after"),
    "undated": Code(W, SIGNING, "facts or modules with no as_of date, so their currency cannot be judged"),
    "placeholder": Code(W, SIGNING, "text waiting to be written ([name], TBD, TODO, to be confirmed) in a module or spec"),
}
