"""Notes of a CRS report outside the corpus (Cong. Rsch. Serv., R48883, An Overview of Decentralized Finance
(DeFi) (2026), notes as the report prints them), each beside a variant from other published text."""
from test_import_reading import _imported, _keys
from test_reading_sources import _by_note

# R48883 note 25 (a bill's section spaced, as the Senate prints it) and note 101 (the CRS's own §1960)
SPACED = "H.R. 3633, 119th Cong. § 302(b) (amendment in the nature of a substitute intended to be offered by Sen. Tim Scott)."


def test_a_section_sign_without_its_space_names_r6_2_c_and_the_corrected_citation(tmp_path, monkeypatch):
    """R48883 note 101 (``18 U.S.C. §1960.``) in a memo that spaces § elsewhere (note 25); the variant is CRS R46991
    note 83 (``42 U.S.C. §3144.``)."""
    found, out = _by_note(tmp_path, monkeypatch, [SPACED, "18 U.S.C. §1960.", "42 U.S.C. §3144."])
    assert found.get(2) == {"spacing"} and found.get(3) == {"spacing"}, out
    assert "R6.2(c): a space after the section sign: write 18 U.S.C. § 1960" in out, out
    assert "R6.2(c): a space after the section sign: write 42 U.S.C. § 3144" in out, out


def test_a_page_visited_or_updated_on_a_date_is_read(tmp_path, monkeypatch):
    """R48883 notes 44, 51 and 46 (``last accessed on``, ``last accessed``, ``last updated on``); the variants are
    CRS reports' ``accessed December 1, 2025`` (a CoinGecko page) and ``accessed January 2026`` (Treasury's page).
    The day a page was visited is its ``accessed`` date, never the date it was published."""
    notes = ['DeFiLlama, "DEXs Volume," last accessed on March 10, 2026, https://defillama.com/dexs.',
             'DeFiLlama, "Lending TVL Rankings," last accessed March 10, 2026, https://defillama.com/protocols/lending.',
             'For an explanation, see Faisal Khan, "Formulas for Automated Market Makers (AMMs)," The Money Wiki, last '
             'updated on January 30, 2026, https://faisalkhan.com/knowledge-center/payments-wiki/f/formulas-for-'
             'automated-market-makers-amms/.',
             'CoinGecko, "Cryptocurrency Prices by Market Cap," accessed December 1, 2025, https://www.coingecko.com/.',
             'Department of the Treasury, "Trump Accounts," accessed January 2026, https://www.trumpaccounts.gov/.']
    calls, records, out = _imported(tmp_path, monkeypatch, notes)
    assert all(len(_keys(c)) == 1 for c in calls), (calls, out)
    dex, lending, amm, gecko, treasury = (records[_keys(c)[0]] for c in calls)
    assert (dex["title"], dex["url"], dex["accessed"]) == ("DEXs Volume", "https://defillama.com/dexs", "2026-03-10")
    assert "date" not in dex and lending["accessed"] == "2026-03-10", (dex, lending)
    assert (amm["title"], amm["date"]) == ("Formulas for Automated Market Makers (AMMs)", "2026-01-30"), amm
    assert gecko["accessed"] == "2025-12-01" and "date" not in gecko, gecko
    assert treasury["accessed"] == "2026-01" and treasury["url"] == "https://www.trumpaccounts.gov/", treasury
