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


# R48883 notes 34, 84 and 105: an earlier work of FinCEN's, then a rule cited in full by its quoted title inside a
# long note, then the rule's short form by FinCEN and its title
R48883_34 = ("The BSA was established before the advent of cryptocurrencies. FinCEN, a bureau within the Department of "
             "the Treasury primarily charged with administering the BSA, has enforcement authority to bring administrative "
             "actions for failure to meet BSA requirements (see 31 U.S.C. §310 and 31 C.F.R. §1010.810(a)). FinCEN, "
             "\"Application of FinCEN's Regulations to Certain Business Models Involving Convertible Virtual Currencies,\" "
             "May 9, 2019, https://www.fincen.gov/sites/default/files/2019-05/FinCEN%20Guidance%20CVC%20FINAL%20508.pdf.")
R48883_84 = ("The use of blockchains in facilitating illicit activity has been ardently debated for some time. An acad"
             "emic paper from 2022 suggested that less than 3% of Bitcoin-related activity may be illicit in nature. B"
             "lockchain analytics firms estimate on-chain illicit activity as low as 0.15% or a figure that is likely "
             "to surpass $51 billion. See Igor Makarov and Antoinette Schoar, Blockchain Analysis of Bitcoin Market, N"
             "ational Bureau of Economic Research, October 2021, https://www.nber.org/papers/w29396. (It is not clear "
             "whether use for fraud is standardized across blockchains or whether these finding may also be similar ac"
             'ross blockchains.) See also Chainalysis, "2025 Crypto Crime Trends: Illicit Volumes Portend Record Year '
             'as On-Chain Crime Becomes Increasingly Diverse and Professionalized," January 15, 2025, https://www.chai'
             'nalysis.com/blog/2025-crypto-crime-report-introduction/; FinCEN, "Requirements for Certain Transactions '
             'Involving Convertible Virtual Currency or Digital Assets," 85 Federal Register 83840, December 23, 2020,'
             " p. 83841, https://www.federalregister.gov/documents/2020/12/23/2020-28437/requirements-for-certain-tran"
             "sactions-involving-convertible-virtual-currency-or-digital-assets.")
R48883_105 = "FinCEN, \"Requirements for Certain Transactions Involving Convertible Virtual Currency or Digital Assets,\" p. 83841."


def test_a_rules_short_form_by_its_agency_and_title_finds_the_rule_cited_by_its_title(tmp_path, monkeypatch):
    """The rule's record keeps its name, not the agency before it, so the short form once fit no record and, FinCEN
    having another work, drew short-antecedent."""
    calls, records, out = _imported(tmp_path, monkeypatch, [R48883_34, R48883_84, R48883_105])
    assert "short-antecedent" not in out, out
    rule = [k for k in _keys(calls[1]) if records[k].get("code") == "Fed. Reg."]
    assert rule and _keys(calls[2]) == rule and "83841" in calls[2], (calls, out)


def test_a_rules_short_form_by_its_hereinafter_name_still_reads(tmp_path, monkeypatch):
    """The variant, CRS R48179 notes 40-41: FTC's rule by its title in the Federal Register, then its short form."""
    ftc = ('FTC, "Trade Regulation Rule on Unfair or Deceptive Fees," 90 Federal Register 2066, January 10, 2025, '
           'https://www.federalregister.gov/documents/2025/01/10/2024-30293/trade-regulation-rule-on-unfair-or-deceptive-'
           'fees (hereinafter FTC, "Trade Regulation Rule on Unfair or Deceptive Fees").')
    calls, records, out = _imported(tmp_path, monkeypatch, [ftc, 'FTC, "Trade Regulation Rule on Unfair or Deceptive Fees."'])
    assert _keys(calls[1]) == _keys(calls[0]) and len(_keys(calls[0])) == 1, (calls, out)
