"""One declaration of pins (briefgen.pins) drives the writer, the author's locator syntax and the reader.

Every written form of every label in the table is parsed to its label, printed in briefgen's form, and that
printed form is read back by the reader's pattern to the same pin; a form added to the table is tested here
without a line of this file changing.
"""
import re

import pytest

from briefgen import pins
from briefgen.citations.syntax import parse_locator
from briefgen.document import Locator
from briefgen.importer.forms import PIN, _pin_label

# numbers each label takes, one and several (the words come from the table)
NUMBERS = {"page": ("12", "1272-73"), "section": ("2778(b)(1)", "2778, 2779"), "paragraph": ("147(g)(i)", "12-14"),
           "article": ("7(1)(k)", "6-7"), "part": ("2", "2-3"), "note": ("4", "4-5"), "other": ("I", "XIV")}
CASES = [(name, written, plural, n) for name, label in pins.LABELS.items() for written, plural in label.written
         for n in NUMBERS[name]]


def _spelled(written: str, plural: bool | None, several: bool) -> str:
    """A written label regex as a person writes it: ``[Aa]rts?\\.`` -> ``Art.`` or ``Arts.``."""
    word = re.sub(r"\(\?=[^)]*\)", "", written)                       # a lookahead: what must follow
    word = re.sub(r"\[(\w)\w\]", r"\1", word)                      # [Aa] -> A (the capital a person writes)
    word = re.sub(r"(\w)\?", (r"\1" if several and plural is None else ""), word)   # s? -> s for several
    word = re.sub(r"\(\?:(\w+)\|[^)]*\)", r"\1", word)             # (?:art|amend|pmbl) -> art
    return word.replace("\\", "")


@pytest.mark.parametrize("name,written,plural,number", CASES)
def test_every_written_form_is_read_parsed_printed_and_read_back(name, written, plural, number):
    several = number == NUMBERS[name][1]
    if plural is False and several and name != "page":
        number = NUMBERS[name][0]                                   # § names one section
    word = _spelled(written, plural, several)
    sep = "" if name == "note" else " "
    text = f"{word}{sep}{number}"
    assert re.fullmatch(PIN, text), f"the reader does not read {text!r}"
    if name == "other":
        return                                                      # printed as written; read back above
    loc = parse_locator(_pin_label(text))
    assert loc.label == name, text
    printed = loc.labelled()
    assert printed.startswith(pins.printed(name, loc.plural)), printed
    assert re.fullmatch(PIN, printed) and re.fullmatch(PIN, loc.at()), f"{printed!r} is not read back"
    assert parse_locator(_pin_label(loc.at())) == loc


def test_a_single_section_ends_before_a_register_volume():
    """``§ 1, 60 Fed. Reg.``: a list of sections takes ``§§`` (R3.3(b)), so ``, 60`` after ``§ 1`` is no section."""
    m = re.match(PIN, "§ 1, 60 Fed. Reg. 62,981")
    assert m and m.group(0) == "§ 1"
    assert re.match(PIN, "§§ 1, 60 Fed.").group(0) == "§§ 1, 60"


def test_a_page_after_a_word_may_be_in_roman_numerals_and_prints_as_a_page():
    assert re.fullmatch(PIN, "at xii") and not re.fullmatch(PIN, "at civil") and not re.fullmatch(PIN, "xii")
    assert parse_locator("xii") == Locator("page", "xii") and Locator("page", "xii").at() == "at xii"
    assert parse_locator("at iv-vi") == Locator("page", "iv-vi")


def test_sec_is_read_as_a_section_and_printed_in_t16_form():
    assert parse_locator("sec. 3").labelled() == "§ 3"
    assert parse_locator("Secs. 3-4").labelled() == "§§ 3-4"


def test_messages_name_every_label_of_the_table():
    from briefgen.authorities.rules import PIN_WORDS

    assert list(PIN_WORDS) == list(pins.LABELS)


def test_one_list_of_institutional_words_serves_the_formatter_and_the_reader():
    """A person whose name starts like an institution's word (Courtney, Banks, Unionville) is a person to both;
    an institution written with the U.N.'s abbreviations or British spelling is an institution to both."""
    from briefgen.authorities.parts import family_name, is_institution
    from briefgen.importer.forms import INSTITUTION

    for person, family in (("Courtney Smith", "Smith"), ("Russell Banks", "Banks"), ("Ann Unionville", "Unionville")):
        assert not is_institution(person) and family_name(person) == family
        assert not INSTITUTION.search(person)
    for body in ("U.N. Hum. Rts. Council", "U.N. Dev. Programme", "Small Arms Survey Centre", "Sec’y-Gen."):
        assert is_institution(body) and INSTITUTION.search(body), body
