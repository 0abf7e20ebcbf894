"""verify on the footnotes of reports and articles in other styles (CRS house style, OSCOLA, law professors'
endnotes): what is wrong in every style is found at its note, what is the style's own is not.

Each note is quoted verbatim from its source (tests/corpus/SOURCES.yaml), or is that note with one error
planted, as tests/corpus/*/planted.yaml plants it; the body text is placeholder text.
"""
from test_reading import _text_memo, run


def _by_note(tmp_path, monkeypatch, notes) -> dict[int, set]:
    """{note: {codes}} of the warnings verify gives on a plain-text memo of ``notes`` (numbered from 1)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.txt").write_text(_text_memo(notes), encoding="utf-8")
    out = run("verify", "memo.txt").output
    import re

    found: dict[int, set] = {}
    for m in re.finditer(r"^memo\.txt:(\d+):\d+: warning\[([\w-]+)\]", out, re.M):
        found.setdefault(int(m.group(1)) - 6, set()).add(m.group(2))
    return found, out


# crs-r48469 (CRS R48469), notes 8-9, with note 9 planted as "Id.": note 8 cites two works by hereinafter.
R48469_8 = ('Jack Cheney, "What Is the Seafood Import Monitoring Program (SIMP)?," University of Washington, April 12, '
            '2022, https://sustainablefisheries-uw.org/simp-seafood-import-monitoring-program/ (hereinafter Cheney, '
            '"What Is the Seafood Import Monitoring Program?," 2022); and National Fisheries Institute, "The Modern-Day '
            'Lawn Dart: NOAA\'s Seafood Import Monitoring Program," https://aboutseafood.com/the-modern-day-lawn-dart-'
            'noaas-seafood-import-monitoring-program/ (hereinafter National Fisheries Institute, "Modern-Day Lawn Dart").')
# crs-r46435 (CRS R46435), note 21: a Congressional Record, a sentence of history, a hearing.
R46435_21 = ('Sen. James Fulbright, "Amendment of Foreign Agents Registration Act of 1938," *Congressional Record*, '
             'vol. 109, part 12 (September 10, 1963), p. 16598. Sen. Fulbright, along with Sen. Bourke Hickenlooper, '
             'introduced S. 2136 (88th Congress). It passed the Senate in July 1963, but was not considered by the '
             'House. U.S. Congress, Senate Committee on Foreign Relations, *Foreign Agents Registration Act*, hearing '
             'on S. 693, 89th Cong., 1st sess., February 16, 1965, p. 5.')


def test_an_id_after_a_note_with_two_sources_not_read_is_a_finding(tmp_path, monkeypatch):
    """R4.1: Id. follows a note that cites one source; a note of two citations (by ';' or in two sentences) is
    two, whether or not verify could read them."""
    found, out = _by_note(tmp_path, monkeypatch, [R48469_8, "Id.", R46435_21, "Id., p. 6984."])
    assert "id-reference" in found.get(2, set()), out
    assert "id-reference" in found.get(4, set()), out


def test_an_id_after_one_source_not_read_is_not_a_finding(tmp_path, monkeypatch):
    """An Id. after a note that gives one source verify cannot read points at that source (crs-r48469, notes 31-32
    shape: one citation and a sentence of prose)."""
    one = ('Official Statements of the U.S. Government are available at https://www.state.gov/official-statements. '
           'The Department publishes them weekly.')
    found, out = _by_note(tmp_path, monkeypatch, [one, "Id."])
    assert "id-reference" not in found.get(2, set()), out
