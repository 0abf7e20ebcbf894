"""Citation cluster and locator syntax (Pandoc-compatible)."""
import pytest

from briefgen.citations.syntax import parse_cluster, parse_locator
from briefgen.document import Locator
from briefgen.errors import BriefgenError


@pytest.mark.parametrize("text, label, value, plural", [
    ("19", "page", "19", False),
    ("19-22", "page", "19-22", False),
    ("1272-73", "page", "1272-73", False),
    ("1026, 1028", "page", "1026, 1028", False),
    ("*7", "page", "*7", False),
    ("19 & n.4", "page", "19 & n.4", False),
    ("1239 n.270", "page", "1239 n.270", False),
    ("at 19", "page", "19", False),
    ("art. 7(1)(b)(ii)", "article", "7(1)(b)(ii)", False),
    ("arts. 6-7", "article", "6-7", True),
    ("§ 2778(b)", "section", "2778(b)", False),
    ("§§ 301-399i", "section", "301-399i", True),
    ("¶ 12", "paragraph", "12", False),
    ("¶¶ 12-14", "paragraph", "12-14", True),
    ("pt. 133", "part", "133", False),
    ("n.4", "note", "4", False),
    ("amend. V", "other", "amend. V", False),
    ("19--22", "page", "19–22", False),
    ("nn.4-5", "note", "4-5", True),
    ("art. 7(1)-(4)", "article", "7(1)-(4)", False),
])
def test_locators(text, label, value, plural):
    assert parse_locator(text) == Locator(label, value, plural)


@pytest.mark.parametrize("bad", ["art.", "§", "19-", "¶"])
def test_malformed_locators_are_errors(bad):
    with pytest.raises(BriefgenError) as exc:
        parse_locator(bad)
    assert exc.value.diagnostics[0].code == "locator"


def test_cluster_with_signals_pins_and_parentheticals():
    items = parse_cluster("see @gao2009, 19 (noting that 87% came from the U.S.; most by straw purchase); "
                          "see also @afsc2016, 11")
    assert [(c.key, c.signal, c.locator.text, c.parentheticals) for c in items] == [
        ("gao2009", "See", "19", ("noting that 87% came from the U.S.; most by straw purchase",)),
        ("afsc2016", "See also", "11", ())]


def test_locator_with_commas_and_several_parentheticals():
    (c,) = parse_cluster("@beam, 349 (7–2 decision) (Black, J., dissenting) (disagreeing (mostly))")
    assert c.locator == Locator("page", "349")
    assert c.parentheticals == ("7–2 decision", "Black, J., dissenting", "disagreeing (mostly)")
    (c,) = parse_cluster("@const, art. I, § 8, cl. 8")
    assert c.locator == Locator("article", "I, § 8, cl. 8")


def test_subdivision_parentheses_stay_in_the_locator():
    (c,) = parse_cluster("@att, art. 7(1)(b) (requiring an assessment)")
    assert c.locator.text == "7(1)(b)"
    assert c.parentheticals == ("requiring an assessment",)


def test_brackets_inside_a_quotation_parenthetical():
    (c,) = parse_cluster("@ty, 520 (“[T]he shortage …”)")
    assert c.parentheticals == ("“[T]he shortage …”",)


def test_suppress_author_and_prefix_text():
    (c,) = parse_cluster("-@roe, 120")
    assert c.suppress_author and c.key == "roe"
    (c,) = parse_cluster("as discussed in @roe")
    assert c.prefix == "as discussed in" and c.signal == ""


@pytest.mark.parametrize("bad, code", [
    ("see", "cite-syntax"),
    ("@a; ", "cite-syntax"),
    ("sea also @a", "signal"),
    ("@a 19", "cite-syntax"),
    ("compare @a, 12, with @b, 34", "locator"),
])
def test_bad_clusters(bad, code):
    with pytest.raises(BriefgenError) as exc:
        parse_cluster(bad)
    assert exc.value.diagnostics[0].code == code


def test_plural_note_locator_prints_nn():
    assert parse_locator("nn.4-5").labelled() == "nn.4-5"
