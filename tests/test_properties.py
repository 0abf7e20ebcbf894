"""Property tests: random input raises only briefgen's own errors; text survives every writer."""
import re
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.citations.syntax import parse_cluster, parse_locator
from briefgen.document import Document, Emph, Note, Para, Str
from briefgen.errors import BriefgenError
from briefgen.readers.markdown import parse

TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
MARKUPISH = st.text(alphabet=string.printable + "§¶—–“”’é@[];,()*_#$<>", max_size=80)


@settings(max_examples=300, deadline=None)
@given(MARKUPISH)
def test_cluster_parser_raises_only_briefgen_errors(text):
    try:
        parse_cluster(text)
    except BriefgenError:
        pass


@settings(max_examples=300, deadline=None)
@given(MARKUPISH)
def test_locator_parser_raises_only_briefgen_errors(text):
    try:
        loc = parse_locator(text)
    except BriefgenError:
        return
    assert loc.text.strip() == loc.text and loc.text


@settings(max_examples=200, deadline=None)
@given(MARKUPISH)
def test_markdown_reader_raises_only_briefgen_errors(text):
    try:
        parse(text, "module.md")
    except BriefgenError:
        pass


# Words of printable text with the characters that mean something to Markdown, Typst or XML.
WORDS = st.lists(st.text(alphabet=string.ascii_letters + string.digits + "#$@<>*_[]`/\\&;:'\"§¶—–“”’éñü()", min_size=1,
                         max_size=12), min_size=1, max_size=8).map(" ".join)


def _doc(text: str, note: str) -> Document:
    return Document((Para((Str(text), Note((Emph((Str(note),)),), 1))),), {"title": "t", "author": "a"})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDS, WORDS)
def test_text_round_trips_through_docx(text, note):
    import io
    import zipfile
    from xml.etree import ElementTree as ET

    from briefgen.writers.docx import render_docx

    data, warnings = render_docx(_doc(text, note))
    assert not warnings
    z = zipfile.ZipFile(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = "".join(t.text or "" for t in ET.fromstring(z.read("word/document.xml")).iter(f"{w}t"))
    notes = "".join(t.text or "" for t in ET.fromstring(z.read("word/footnotes.xml")).iter(f"{w}t"))
    assert text in body
    assert note in notes


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDS)
def test_text_round_trips_through_pdf(text):
    import io

    from pypdf import PdfReader

    from briefgen.writers.pdf import render_pdf

    pdf = render_pdf(_doc(text, "n"))
    got = "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())  # line breaks fall anywhere
    assert "".join(text.split()) in got.replace("\u00ad", "")


@settings(max_examples=100, deadline=None)
@given(WORDS)
def test_text_round_trips_through_markdown(text):
    from briefgen.readers.markdown import parse
    from briefgen.writers.markdown import render_markdown

    md = render_markdown(Document((Para((Str(text),)),), {}))
    blocks = parse(md.replace("[^", "[\\^"), "x.md")
    from briefgen.document import plain_text

    def straight(t):  # the reader sets straight quotes curly, on purpose
        return " ".join(re.sub("[‘’]", "'", re.sub("[“”]", '"', t)).split())

    assert straight(plain_text(blocks[0].children)) == straight(text)


PIECES = st.sampled_from([
    "word", " ", "\n\n", "## H\n\n", "[see @roe, 12]", "[@att, art. 7(1)]", "^[note [@gao2009, 5] x]", "*it*", "**b**",
    ".", ",", "[@roe]", "[but see @vclt, art. 18; see also @afsc2016]", "- item\n", "> quote\n\n", "[-@roe, 3]",
    "^[plain]", "\"q\"", "'", "[@roe, 1 (holding *x*)]", "`code`", "[link](http://x)", "[@nope, 3]", "[see @roe, ]",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n", "{{ vars.client }}", "{{ nope }}", "[@roe, 4 (quoting @att, 270)]"])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(PIECES, max_size=30), st.booleans())
def test_whole_pipeline_on_random_modules_raises_only_briefgen_errors(tmp_path_factory, parts, inline):
    """Random module text through render, parse, resolve and every writer but the PDF's compile."""
    import shutil
    from pathlib import Path

    from briefgen.pipeline import prepare
    from briefgen.errors import Report
    from briefgen.writers.docx import render_docx
    from briefgen.writers.markdown import render_markdown
    from briefgen.writers.typst import render_typst

    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", root, dirs_exist_ok=True)
    (root / "briefs" / "modules" / "two.md").write_text("".join(parts))
    if inline:
        spec = root / "briefs" / "mini.yaml"
        spec.write_text(spec.read_text() + "citations: inline\n")
    report = Report()
    try:
        built = prepare(root / "briefs" / "mini.yaml", report)
    except BriefgenError:
        return
    render_markdown(built.document)
    render_typst(built.document)
    render_docx(built.document)


@given(st.text())
def test_a_manifest_cell_is_never_a_formula_and_holds_no_control_character(text):
    import re

    from briefgen.batch.manifest import safe_cell

    cell = safe_cell(text)
    assert not re.search("[\x00-\x1f\x7f-\x9f]", cell)
    assert cell[:1] not in ("=", "+", "-", "@")
    cleaned = re.sub("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", "", text)
    assert cell in (cleaned, "'" + cleaned)   # nothing else is lost


@given(st.text())
def test_a_diagnostic_prints_no_control_character(text):
    import re

    from briefgen.errors import Diagnostic, Location

    shown = Diagnostic("error", "x", text, Location(text, 1, 1), hint=text).format()
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
