"""Citation cluster and locator syntax (Pandoc-compatible)."""
import pytest

from briefgen.citations.syntax import INNER_CITE, KEY_RE, check_cluster, parse_cluster, parse_locator
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
    assert [d.code for d in check_cluster(bad)][:1] == [code]


def test_a_bad_item_keeps_its_key_and_the_others_their_pins():
    """One mistake must not hide what the cluster cites (issue 15 item 2): the keys survive."""
    items = parse_cluster("see @gao2009, 15.; sea also @afsc2016, 11; @att, art. 7")
    assert [(c.key, c.locator) for c in items] == [("gao2009", None), ("afsc2016", None),
                                                    ("att", Locator("article", "7"))]
    assert [d.code for d in check_cluster("see @gao2009, 15.; @att")] == ["locator"]


def test_period_inside_the_brackets_is_an_error():
    """docs/citations.md: `[@sosa, 732.]` is an error; the sentence's period goes outside."""
    with pytest.raises(BriefgenError) as exc:
        parse_locator("732.")
    assert exc.value.diagnostics[0].code == "locator" and "after the closing bracket" in exc.value.diagnostics[0].hint
    assert parse_locator("pmbl.") == Locator("other", "pmbl.")


@pytest.mark.parametrize("text, labelled", [
    ("art. 6-7", "arts. 6-7"),                       # issue 12: a span is plural
    ("art. 8(1), 11(1)", "arts. 8(1), 11(1)"),       # a list of articles
    ("art. 7(1)(a), (k)", "art. 7(1)(a), (k)"),      # subdivisions of one article stay singular
    ("art. 7(1)-(4)", "art. 7(1)-(4)"),
    ("pt. 120-130", "pts. 120-130"),
    ("¶ 76-77", "¶¶ 76-77"),
    ("¶ 8.7", "¶ 8.7"),
    ("§ 2304(a)(2), 2778(a)(2)", "§§ 2304(a)(2), 2778(a)(2)"),
    ("§ 2378d(a)-(b)", "§ 2378d(a)-(b)"),
    ("§ 39-13-101", "§ 39-13-101"),                  # a hyphenated section number is one section
    ("§ 1.451-1(a)", "§ 1.451-1(a)"),                # a C.F.R. section 1.451-1 (part 1, section 451-1), not a span
    ("§ 1.6045-1(a)(25)(i)", "§ 1.6045-1(a)(25)(i)"),
    ("§ 19.2-209", "§ 19.2-209"),                    # Va. Code Ann. title 19.2, section 209
    ("§ 120.1-120.5", "§§ 120.1-120.5"),             # a span of decimal sections is still a span
    ("art. I, § 8, cl. 8", "art. I, § 8, cl. 8"),
    ("art. 2, ¶ 4", "art. 2, ¶ 4"),
    ("art. II-III", "arts. II-III"),
])
def test_plural_labels_follow_the_pin(text, labelled):
    assert parse_locator(text).labelled() == labelled


def test_list_pin_is_not_taken_for_a_parenthetical():
    """issue 15: `art. 7(1)(a), (k)` drew a false parenthetical warning."""
    (c,) = parse_cluster("@rome, art. 7(1)(a), (k)")
    assert c.locator == Locator("article", "7(1)(a), (k)") and c.parentheticals == ()
    (c,) = parse_cluster("@rome, art. 7(1)(a), (k) (listing murder)")
    assert c.locator.text == "7(1)(a), (k)" and c.parentheticals == ("listing murder",)


@pytest.mark.parametrize("text", ["[id. at 733]", "[Id.]", "[see id. at 5]", "[Vats, *supra* note 4, at 12]"])
def test_hand_written_id_and_supra_become_a_keyless_item(text):
    (c,) = parse_cluster(text[1:-1])
    assert c.key == "" and c.prefix == text[1:-1]


@pytest.mark.parametrize("text, key", [
    ("@gao2009.", "gao2009"), ("@gao2009, 15", "gao2009"), ("@a:b/c-d", "a:b/c-d"), ("@un-doc.", "un-doc"),
    ("(quoting @banks, 253)", "banks"), ("@x_1;", "x_1")])
def test_one_pattern_for_keys(text, key):
    """syntax.KEY_RE and the parenthetical pattern read the same key (issue 14 item 6)."""
    assert KEY_RE.search(text).group("key") == key
    assert INNER_CITE.search(text).group("key") == key


def test_plural_note_locator_prints_nn():
    assert parse_locator("nn.4-5").labelled() == "nn.4-5"
