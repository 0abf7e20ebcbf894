"""Table-driven Bluebook forms: every kind, signal and short form, each against the rule it follows.

Each case is a sequence of footnotes (one cluster each) and the text each must produce,
with italics as *…* and small caps as [..]{.smallcaps}.
"""
import pytest

from helpers import sequence

R = {
    # cases (R10)
    "roe": dict(kind="case", name="Roe v. Wade", volume=410, reporter="U.S.", page=113, court="U.S.", year=1973),
    "roe2": dict(kind="case", name="Roe v. Wade", volume=410, reporter="U.S.", page=113, court="U.S.", year=1973,
                 parallel=["93 S. Ct. 705"]),
    "seltzer": dict(kind="case", name="Seltzer v. Green Day", volume=725, reporter="F.3d", page=1170,
                    court="9th Cir.", year=2013),
    "selmon": dict(kind="case", name="Selmon v. Hasbro Bradley, Inc.", volume=669, reporter="F. Supp.", page=1267,
                   court="S.D.N.Y.", year=1987),
    "mercer": dict(kind="case", name="Mercer Univ. v. Stofer", volume=841, reporter="S.E.2d", page=224,
                   court="Ga. Ct. App.", year=2020),
    "stroud": dict(kind="case", name="State v. Stroud", volume=30, reporter="Wash. App.", page=392,
                   court="Wash. Ct. App.", year=1981),
    "stambovsky": dict(kind="case", name="Stambovsky v. Ackley", volume=572, reporter="N.Y.S.2d", page=672,
                       court="N.Y. App. Div.", year=1991),
    "green": dict(kind="case", name="State v. Green", docket="No. 2012AP1475–CR", database="2013 WL 5811261",
                  court="Wis. Ct. App.", date="2013-10-30"),
    "couch": dict(kind="case", name="Couch v. Durrani", number="2021-Ohio-726", court="Ohio Ct. App.", year=2021),
    "carmel": dict(kind="case", name="United States v. Carmel", volume=548, reporter="F.3d", page=571,
                   court="7th Cir.", year=2008),
    "heimbaugh": dict(kind="case", name="Heimbaugh v. City & County of San Francisco", volume=591,
                      reporter="F. Supp.", page=1573, court="N.D. Cal.", year=1984,
                      history="*aff’d*, 775 F.2d 1088 (9th Cir. 1985)"),
    "radilla": dict(kind="regional-case", name="Radilla-Pacheco v. Mexico",
                    decision="Preliminary Objections, Merits, Reparations, and Costs, Judgment",
                    court="Inter-Am. Ct. H.R.", series="(ser. C) No. 209", date="2009-11-23", short="Radilla-Pacheco"),
    "tegna": dict(kind="case", name="Tegna, Inc.", volume=367, reporter="N.L.R.B.", number=71, court="N.L.R.B.",
                  date="2019-01-17"),
    # statutes (R12), regulations (R14), constitutions (R11)
    "aeca": dict(kind="statute", title=22, code="U.S.C.", section="2778"),
    "aeca_named": dict(kind="statute", name="Arms Export Control Act", title=22, code="U.S.C.", section="2751"),
    "usca": dict(kind="statute", title=5, code="U.S.C.A.", publisher="West", year=2021),
    "fsia": dict(kind="statute", name="Family Sponsor Immigration Act of 2002", public_law="107-150", volume=116,
                 reporter="Stat.", page=74, year=2002),
    "ndaa2020": dict(kind="statute", public_law="116-92", section="523"),
    "itar": dict(kind="regulation", title=22, code="C.F.R.", section="120.1", year=2024),
    "cfr21": dict(kind="regulation", title=21, code="C.F.R.", part="133", year=2020),
    "fedreg": dict(kind="regulation", name="Rates for Interstate Inmate Calling Services", volume=85,
                   code="Fed. Reg.", page="67,450", date="2020-10-23",
                   codified="to be codified at 47 C.F.R. pt. 64"),
    "const": dict(kind="constitution", name="U.S. Const."),
    # treaties (R21.4)
    "att": dict(kind="treaty", name="Arms Trade Treaty", date="2013-04-02", sources=["3013 U.N.T.S. 269"]),
    "rome": dict(kind="treaty", name="Rome Statute of the International Criminal Court", date="1998-07-17",
                 sources=["2187 U.N.T.S. 90"]),
    "nato": dict(kind="treaty", name="North Atlantic Treaty", date="1949-04-04",
                 sources=["63 Stat. 2241", "34 U.N.T.S. 243"]),
    "taxaus": dict(kind="treaty", name="Convention for the Avoidance of Double Taxation and the Prevention of "
                   "Fiscal Evasion with Respect to Taxes on Income", parties="U.S.-Austl.", date="1982-08-06",
                   sources=["35 U.S.T. 1999"]),
    "vclt": dict(kind="treaty", name="Vienna Convention on the Law of Treaties", date="1969-05-23",
                 sources=["1155 U.N.T.S. 331"], short="VCLT"),
    # U.N. documents (R21.7)
    "mendez": dict(kind="un-document", author="Juan E. Méndez (Special Rapporteur on Torture)",
                   title="Report of the Special Rapporteur on Torture and Other Cruel, Inhuman or Degrading "
                         "Treatment or Punishment: Mission to Mexico",
                   symbol="A/HRC/28/68/Add.3", date="2014-12-29", short="Méndez Report"),
    # legislative materials (R13)
    "bill": dict(kind="legislative", type="bill", title="Clinical Social Work Medicare Equality Act of 2001",
                 number="S. 1083", congress=107, year=2001),
    "hearing": dict(kind="legislative", type="hearing", title="Cell Tax Fairness Act of 2008: Hearing on H.R. 5793 "
                    "Before the Subcomm. on Commercial and Administrative Law of the H. Comm. on the Judiciary",
                    congress=110, year=2008),
    "srep": dict(kind="legislative", type="report", number="S. Rep. No. 106-261", year=2000),
    # books (R15), reports, articles (R16), news, web (R18), letters (R17)
    "williams": dict(kind="book", authors=["Joseph Williams", "Joseph Bizup"],
                     title="Style: Ten Lessons in Clarity and Grace", edition=12, year=2016),
    "levin": dict(kind="book", editors=["Leslie C. Levin", "Lynn Mather"],
                  title="Lawyers in Practice: Ethical Decision Making in Context", year=2012),
    "marquez": dict(kind="book", authors=[{"given": "Gabriel", "family": "García Márquez"}],
                    translators=["Gregory Rabassa"], title="One Hundred Years of Solitude", publisher="Harper & Row",
                    year=2003, original_year=1967),
    "orwell": dict(kind="book", authors=["George Orwell"], title="1984", year=1961),
    "angell": dict(kind="book", authors=["Roger Angell"], title="This Old Man", **{"in": "The Best American Essays 2015"},
                   in_editors=["Ariel Levy", "Robert Atwan"], year=2015),
    "breyer": dict(kind="book", authors=["Stephen G. Breyer", "Richard B. Stewart", "Cass R. Sunstein",
                                         "Adrian Vermeule", "Michael E. Herz"],
                   title="Administrative Law and Regulatory Policy", edition=7, year=2011),
    "vats": dict(kind="book", authors=["Anjali Vats"], title="The Color of Creatorship: Intellectual Property, Race, "
                 "and the Making of Americans", year=2020),
    "gao": dict(kind="report", author="U.S. Gov’t Accountability Off.", number="GAO-09-709",
                title="Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to Mexico Face Planning and "
                      "Coordination Challenges", date="2009-06"),
    "gao_h": dict(kind="report", author="U.S. Gov’t Accountability Off.", number="GAO-09-709",
                  title="Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to Mexico Face Planning and "
                        "Coordination Challenges", date="2009-06", hereinafter="GAO Firearms Report"),
    "osji": dict(kind="report", author="Open Soc’y Just. Initiative",
                 title="Undeniable Atrocities: Confronting Crimes Against Humanity in Mexico", year=2016),
    "hickey": dict(kind="report", authors=["Kevin J. Hickey"], author="Cong. Rsch. Serv.", number="R45323",
                   title="Federalism-Based Limitations on Congressional Power: An Overview", year=2023),
    "gao_url": dict(kind="report", author="U.S. Gov’t Accountability Off.", number="GAO-16-223",
                    title="Firearms Trafficking: U.S. Efforts to Combat Firearms Trafficking to Mexico Have Improved, "
                          "but Some Collaboration Challenges Remain", date="2016-01",
                    url="https://www.gao.gov/products/gao-16-223"),
    "kato": dict(kind="article", authors=["Yasuhiro Kato", "et al."], title="Deep-Sea Mud in the Pacific Ocean as a "
                 "Potential Resource for Rare-Earth Elements", volume=4, journal="Nature Geoscience", page=535, year=2011,
                 hereinafter='Kato et al., "Deep-Sea Mud"'),
    "porter": dict(kind="article", authors=["Elizabeth Porter", "Kathryn Watts"], title="Visual Rulemaking",
                   journal="N.Y.U. L. Rev.", volume=91, page=1183, year=2016),
    "levendowski": dict(kind="article", authors=["Amanda Levendowski"], genre="Note",
                        title="Using Copyright to Combat Revenge Porn", journal="N.Y.U. J. Intell. Prop. & Ent. L.",
                        volume=3, page=422, year=2014),
    "savage": dict(kind="news", authors=["Charlie Savage"], title="U.N. Commission Presses U.S. on Torture",
                   publication="N.Y. Times", date="2014-11-14", page="A6"),
    "savage_online": dict(kind="news", authors=["Charlie Savage"], title="U.N. Commission Presses U.S. on Torture",
                          publication="N.Y. Times", date="2014-11-14",
                          url="https://www.nytimes.com/2014/11/14/world/europe/un-commission-presses-us-on-torture.html"),
    "bajaj": dict(kind="news", authors=["Vikas Bajaj"], genre="Editorial", title="Rules for the Marijuana Market",
                  publication="N.Y. Times", date="2014-08-05", page="A20"),
    "ij": dict(kind="web", title="Economic Liberty", site="Inst. for Just.", url="https://ij.org/issues/economic-liberty/",
               accessed="2021-07-06"),
    "espn": dict(kind="web", site="ESPN", url="http://www.espn.go.com/", accessed="2021-07-05"),
    "masnick": dict(kind="web", authors=["Mike Masnick"], title="Left Shark Bites Back", site="TechDirt",
                    date="2015-02-09", time="12:27 PM", url="https://www.techdirt.com/x"),
    "leahy": dict(kind="letter", author="Julia Frifield, Assistant Sec’y, Legis. Affs., U.S. Dep’t of State",
                  recipient="Sen. Patrick J. Leahy", date="2017-01-18", short="Frifield Letter"),
    "dol": dict(kind="letter", author="U.S. Dep’t of Labor, Wage and Hour Div.", title="Opinion Letter FLSA2021-2",
                date="2021-01-08", url="https://www.dol.gov/x.pdf"),
    "poplogix": dict(kind="letter", title="Poplogix LLC", genre="SEC No-Action Letter", database="2010 WL 4472794",
                     date="2010-11-05"),
    "arzate": dict(kind="foreign-decision", court="Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court]",
                   number="Amparo Directo en Revisión 517/2011", date="2013-01-23", country="Mex.",
                   short="Arzate"),
    "compl": dict(kind="court-filing", title="Compl.", case="Doe v. Roe", docket="No. 1:20-cv-100",
                  court="D. Mass.", date="2020-01-01", ecf=1, short="Compl."),
    "filler": dict(kind="statute", title=17, code="U.S.C."),
}

F = "17 U.S.C. § 107."  # the filler footnote used between full and short forms

CASES = [
    # ---- cases: full forms (R10.1–10.7)
    ("R10.2 Supreme Court, pin", ["@roe, 120"], ["*Roe v. Wade*, 410 U.S. 113, 120 (1973)."]),
    ("R10.3.1 parallel cite", ["@roe2"], ["*Roe v. Wade*, 410 U.S. 113, 93 S. Ct. 705 (1973)."]),
    ("R10.4 circuit court", ["@seltzer"], ["*Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R3.2(a) span as written", ["@selmon, 1272-73"],
     ["*Selmon v. Hasbro Bradley, Inc.*, 669 F. Supp. 1267, 1272-73 (S.D.N.Y. 1987)."]),
    ("R3.2(a) a span keeps the last two digits of its end", ["@selmon, 1272-1273", "@selmon, 1099–1100"],
     ["*Selmon v. Hasbro Bradley, Inc.*, 669 F. Supp. 1267, 1272-73 (S.D.N.Y. 1987).", "*Id.* at 1099–100."]),
    ("R10.4(b) state court, regional reporter", ["@mercer"],
     ["*Mercer Univ. v. Stofer*, 841 S.E.2d 224 (Ga. Ct. App. 2020)."]),
    ("R10.4(b) official reporter names the court", ["@stroud"], ["*State v. Stroud*, 30 Wash. App. 392 (1981)."]),
    ("R10.4(b) state reporter drops the state", ["@stambovsky, 674"],
     ["*Stambovsky v. Ackley*, 572 N.Y.S.2d 672, 674 (App. Div. 1991)."]),
    ("R10.8.1 Westlaw, star page, full date", ["@green, *7"],
     ["*State v. Green*, No. 2012AP1475–CR, 2013 WL 5811261, at *7 (Wis. Ct. App. Oct. 30, 2013)."]),
    ("R10.3.3 public-domain cite", ["@couch, ¶ 9"], ["*Couch v. Durrani*, 2021-Ohio-726, ¶ 9 (Ct. App. 2021)."]),
    ("R10.7 subsequent history", ["@heimbaugh"],
     ["*Heimbaugh v. City & County of San Francisco*, 591 F. Supp. 1573 (N.D. Cal. 1984), *aff’d*, "
      "775 F.2d 1088 (9th Cir. 1985)."]),
    ("R21.5.3 Inter-American Court", ["@radilla, ¶ 139"],
     ["*Radilla-Pacheco v. Mexico*, Preliminary Objections, Merits, Reparations, and Costs, Judgment, "
      "Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 139 (Nov. 23, 2009)."]),
    ("R14.3 agency slip decision", ["@tegna"], ["*Tegna, Inc.*, 367 N.L.R.B. No. 71 (Jan. 17, 2019)."]),
    ("R10.2 explanatory parenthetical after date", ["@roe, 153 (holding that the right is *fundamental*)"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973) (holding that the right is *fundamental*)."]),
    ("R1.5 several parentheticals in order", ["@seltzer, 1175 (per curiam) (affirming)"],
     ["*Seltzer v. Green Day*, 725 F.3d 1170, 1175 (9th Cir. 2013) (per curiam) (affirming)."]),
    ("R1.5 quotation parenthetical", ["@seltzer, 1176 (“Fair use.”)"],
     ["*Seltzer v. Green Day*, 725 F.3d 1170, 1176 (9th Cir. 2013) (“Fair use.”)."]),
    # ---- cases: short forms (R10.9) and Id. (R4.1)
    ("R4.1 Id. at new page", ["@roe, 153", "@roe, 154"], ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", "*Id.* at 154."]),
    ("R4.1 Id. alone for the same page", ["@roe, 153", "@roe, 153"], ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", "*Id.*"]),
    ("R4.1 Id. drops the signal's capital after See", ["@roe, 153", "see @roe, 160"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", "*See id.* at 160."]),
    ("R10.9 short form, first party", ["@roe, 153", "@filler, § 107", "@roe, 160"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", F, "*Roe*, 410 U.S. at 160."]),
    ("R10.9 short form, government first party", ["@carmel", "@filler, § 107", "@carmel, 573"],
     ["*United States v. Carmel*, 548 F.3d 571 (7th Cir. 2008).", F, "*Carmel*, 548 F.3d at 573."]),
    ("R10.9 short form, Westlaw", ["@green, *7", "@filler, § 107", "@green, *8"],
     ["*State v. Green*, No. 2012AP1475–CR, 2013 WL 5811261, at *7 (Wis. Ct. App. Oct. 30, 2013).", F,
      "*Green*, 2013 WL 5811261, at *8."]),
    ("R10.9 short form, public-domain, then Id. ¶", ["@couch, ¶ 9", "@filler, § 107", "@couch, ¶ 15", "@couch, ¶ 18"],
     ["*Couch v. Durrani*, 2021-Ohio-726, ¶ 9 (Ct. App. 2021).", F, "*Couch*, 2021-Ohio-726, ¶ 15.", "*Id.* ¶ 18."]),
    ("R10.9 five-footnote window: full again in the seventh note",
     ["@roe, 153", "@filler, § 107", "@filler, § 108", "@filler, § 109", "@filler, § 110", "@filler, § 111",
      "@filler, § 112", "@roe, 160"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", F, "*Id.* § 108.", "*Id.* § 109.", "*Id.* § 110.", "*Id.* § 111.",
      "*Id.* § 112.", "*Roe v. Wade*, 410 U.S. 113, 160 (1973)."]),
    ("R10.9 cited in one of the preceding five footnotes: short",
     ["@roe, 153", "@filler, § 107", "@filler, § 108", "@filler, § 109", "@filler, § 110", "@roe, 160"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973).", F, "*Id.* § 108.", "*Id.* § 109.", "*Id.* § 110.",
      "*Roe*, 410 U.S. at 160."]),
    ("R21.5.3 international case, short form", ["@radilla, ¶ 139", "@filler, § 107", "@radilla, ¶ 140"],
     ["*Radilla-Pacheco v. Mexico*, Preliminary Objections, Merits, Reparations, and Costs, Judgment, "
      "Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 139 (Nov. 23, 2009).", F,
      "*Radilla-Pacheco*, Inter-Am. Ct. H.R. (ser. C) No. 209, ¶ 140."]),
    ("R4.1 no Id. after a footnote citing two authorities", ["@roe, 153; @seltzer", "@roe, 154"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973); *Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013).",
      "*Roe*, 410 U.S. at 154."]),
    ("R4.1 id. within one footnote", ["@roe, 153; see also @roe, 160"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973); *see also id.* at 160."]),
    ("R10.9(a) a case cited in a parenthetical is cited", ["@carmel, 575 (citing @roe, 153)", "@roe, 154",
                                                            "@seltzer, 1175 (quoting @roe, 155)"],
     ["*United States v. Carmel*, 548 F.3d 571, 575 (7th Cir. 2008) (citing *Roe v. Wade*, 410 U.S. 113, 153 "
      "(1973)).", "*Roe*, 410 U.S. at 154.",
      "*Seltzer v. Green Day*, 725 F.3d 1170, 1175 (9th Cir. 2013) (quoting *Roe*, 410 U.S. at 155)."]),
    ("R4.1 Id. drops the earlier parenthetical", ["@roe, 153 (holding x)", "@roe, 153"],
     ["*Roe v. Wade*, 410 U.S. 113, 153 (1973) (holding x).", "*Id.*"]),
    # ---- statutes, regulations, constitutions (R11–R14)
    ("R12.3 U.S.C. section", ["@aeca, § 2778(b)"], ["22 U.S.C. § 2778(b)."]),
    ("R12.3 record's own section", ["@aeca"], ["22 U.S.C. § 2778."]),
    ("R3.3(b) several sections", ["@aeca, §§ 2778-2780"], ["22 U.S.C. §§ 2778-2780."]),
    ("R3.3(b) a section inserted after another is one", ["@aeca, § 2799aa-1(b)"], ["22 U.S.C. § 2799aa-1(b)."]),
    ("R12.3.1 act named", ["@aeca_named"], ["Arms Export Control Act, 22 U.S.C. § 2751."]),
    ("R12.3.1(d) unofficial code, publisher and year", ["@usca, § 572"], ["5 U.S.C.A. § 572 (West 2021)."]),
    ("R12.4 session law, year in name", ["@fsia"],
     ["Family Sponsor Immigration Act of 2002, Pub. L. No. 107-150, 116 Stat. 74."]),
    ("R12.4 session law known by its number and section only", ["@ndaa2020", "@filler, § 107", "@ndaa2020"],
     ["Pub. L. No. 116-92, § 523.", F, "Pub. L. No. 116-92, § 523."]),
    ("R12.10 statute short form, never supra", ["@aeca, § 2778(b)", "@filler, § 107", "@aeca, § 2778(a)"],
     ["22 U.S.C. § 2778(b).", F, "22 U.S.C. § 2778(a)."]),
    ("R12.10 Id. with a new section", ["@aeca, § 2778(b)", "@aeca, § 2779"], ["22 U.S.C. § 2778(b).", "*Id.* § 2779."]),
    ("R14.2 C.F.R. section and year", ["@itar"], ["22 C.F.R. § 120.1 (2024)."]),
    ("R14.2 C.F.R. part", ["@cfr21"], ["21 C.F.R. pt. 133 (2020)."]),
    ("R14.2 C.F.R. Id. with a new section", ["@itar", "@itar, § 120.2"], ["22 C.F.R. § 120.1 (2024).", "*Id.* § 120.2."]),
    ("R14.2 Federal Register with codification", ["@fedreg"],
     ["Rates for Interstate Inmate Calling Services, 85 Fed. Reg. 67,450 (Oct. 23, 2020) "
      "(to be codified at 47 C.F.R. pt. 64)."]),
    ("R14.2 Federal Register pin", ["@fedreg, 67,455"],
     ["Rates for Interstate Inmate Calling Services, 85 Fed. Reg. 67,450, 67,455 (Oct. 23, 2020) "
      "(to be codified at 47 C.F.R. pt. 64)."]),
    ("R14.5 Federal Register short form with at", ["@fedreg", "@filler, § 107", "@fedreg, 67,455"],
     ["Rates for Interstate Inmate Calling Services, 85 Fed. Reg. 67,450 (Oct. 23, 2020) "
      "(to be codified at 47 C.F.R. pt. 64).", F, "85 Fed. Reg. at 67,455."]),
    ("R11 constitution, article", ["@const, art. I, § 8, cl. 8"], ["U.S. Const. art. I, § 8, cl. 8."]),
    ("R11 constitution, amendment", ["see @const, amend. XIV, § 1"], ["*See* U.S. Const. amend. XIV, § 1."]),
    ("R11, T16 a clause in lower case", ["@const, art. VI, Cl. 2"], ["U.S. Const. art. VI, cl. 2."]),
    ("R11 constitution has no supra", ["@const, amend. XIV, § 1", "@filler, § 107", "@const, amend. V"],
     ["U.S. Const. amend. XIV, § 1.", F, "U.S. Const. amend. V."]),
    # ---- treaties (R21.4)
    ("R21.4 multilateral, article after name", ["@att, art. 6(3)"],
     ["Arms Trade Treaty art. 6(3), Apr. 2, 2013, 3013 U.N.T.S. 269."]),
    ("R21.4 deep subdivision", ["@rome, art. 7(1)(k)"],
     ["Rome Statute of the International Criminal Court art. 7(1)(k), July 17, 1998, 2187 U.N.T.S. 90."]),
    ("R21.4 no pin", ["@att"], ["Arms Trade Treaty, Apr. 2, 2013, 3013 U.N.T.S. 269."]),
    ("R21.4.5 U.S. source before U.N.T.S.", ["@nato, art. 5"],
     ["North Atlantic Treaty art. 5, Apr. 4, 1949, 63 Stat. 2241, 34 U.N.T.S. 243."]),
    ("R21.4.2 bilateral, parties before the article", ["@taxaus, art. 1"],
     ["Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with Respect to "
      "Taxes on Income, U.S.-Austl., art. 1, Aug. 6, 1982, 35 U.S.T. 1999."]),
    ("R21.4 page pin after the source", ["@att, 272"], ["Arms Trade Treaty, Apr. 2, 2013, 3013 U.N.T.S. 269, 272."]),
    ("R4.1 Id. art.", ["@att, art. 6(3)", "@att, art. 7(1)(b)(ii)"],
     ["Arms Trade Treaty art. 6(3), Apr. 2, 2013, 3013 U.N.T.S. 269.", "*Id.* art. 7(1)(b)(ii)."]),
    ("R4.2 treaty supra with article", ["@att, art. 6(3)", "@filler, § 107", "@att, art. 7"],
     ["Arms Trade Treaty art. 6(3), Apr. 2, 2013, 3013 U.N.T.S. 269.", F, "Arms Trade Treaty, *supra* note 1, art. 7."]),
    ("R4.2(b) treaty supra by a short name, announced", ["@vclt, art. 18", "@filler, § 107", "@vclt, art. 31"],
     ["Vienna Convention on the Law of Treaties art. 18, May 23, 1969, 1155 U.N.T.S. 331 [hereinafter VCLT].", F,
      "VCLT, *supra* note 1, art. 31."]),
    # ---- U.N. documents (R21.7)
    ("R21.7 U.N. report, paragraph pin", ["@mendez, ¶ 23"],
     ["Juan E. Méndez (Special Rapporteur on Torture), *Report of the Special Rapporteur on Torture and Other Cruel, "
      "Inhuman or Degrading Treatment or Punishment: Mission to Mexico*, ¶ 23, U.N. Doc. A/HRC/28/68/Add.3 "
      "(Dec. 29, 2014)."]),
    ("R4.2(b) U.N. document supra by a short name, announced", ["@mendez, ¶ 23", "@filler, § 107", "@mendez, ¶ 24"],
     ["Juan E. Méndez (Special Rapporteur on Torture), *Report of the Special Rapporteur on Torture and Other Cruel, "
      "Inhuman or Degrading Treatment or Punishment: Mission to Mexico*, ¶ 23, U.N. Doc. A/HRC/28/68/Add.3 "
      "(Dec. 29, 2014) [hereinafter *Méndez Report*].", F, "*Méndez Report*, *supra* note 1, ¶ 24."]),
    # ---- legislative materials (R13)
    ("R13.2 bill, section pin", ["@bill, § 2(b)"],
     ["Clinical Social Work Medicare Equality Act of 2001, S. 1083, 107th Cong. § 2(b) (2001)."]),
    ("R13.3 hearing, page pin", ["@hearing, 12 (statement of Zoe Lofgren)"],
     ["*Cell Tax Fairness Act of 2008: Hearing on H.R. 5793 Before the Subcomm. on Commercial and Administrative Law "
      "of the H. Comm. on the Judiciary*, 110th Cong. 12 (2008) (statement of Zoe Lofgren)."]),
    ("R13.4 committee report", ["@srep, 441"], ["S. Rep. No. 106-261, at 441 (2000)."]),
    ("R13.8 committee report short form, no supra", ["@srep, 441", "@filler, § 107", "@srep, 450"],
     ["S. Rep. No. 106-261, at 441 (2000).", F, "S. Rep. No. 106-261, at 450."]),
    # ---- books (R15)
    ("R15.1 two authors, edition", ["@williams"],
     ["Joseph Williams & Joseph Bizup, *Style: Ten Lessons in Clarity and Grace* (12th ed. 2016)."]),
    ("R15.1 three or more authors: et al.", ["@breyer, 5"],
     ["Stephen G. Breyer et al., *Administrative Law and Regulatory Policy* 5 (7th ed. 2011)."]),
    ("R15.2 editors only", ["@levin"],
     ["*Lawyers in Practice: Ethical Decision Making in Context* (Leslie C. Levin & Lynn Mather eds., 2012)."]),
    ("R15.2 translator, publisher, original date", ["@marquez"],
     ["Gabriel García Márquez, *One Hundred Years of Solitude* (Gregory Rabassa trans., Harper & Row 2003) (1967)."]),
    ("R3.2(a) at after a title ending in a numeral", ["@orwell, 12"], ["George Orwell, *1984*, at 12 (1961)."]),
    ("R15.5.1 chapter in an edited book", ["@angell"],
     ["Roger Angell, *This Old Man*, in *The Best American Essays 2015* (Ariel Levy & Robert Atwan eds., 2015)."]),
    ("R4.2 supra note with at", ["@vats", "@filler, § 107", "@vats, 100"],
     ["Anjali Vats, *The Color of Creatorship: Intellectual Property, Race, and the Making of Americans* (2020).", F,
      "Vats, *supra* note 1, at 100."]),
    ("R4.2 supra keeps both authors", ["@williams, 3", "@filler, § 107", "@williams, 4"],
     ["Joseph Williams & Joseph Bizup, *Style: Ten Lessons in Clarity and Grace* 3 (12th ed. 2016).", F,
      "Williams & Bizup, *supra* note 1, at 4."]),
    ("R4.2 supra by family name with particle", ["@marquez, 7", "@filler, § 107", "@marquez, 9"],
     ["Gabriel García Márquez, *One Hundred Years of Solitude* 7 (Gregory Rabassa trans., Harper & Row 2003) (1967).",
      F, "García Márquez, *supra* note 1, at 9."]),
    # ---- reports
    ("R15/T2 GAO report, page after title", ["@gao, 15"],
     ["U.S. Gov’t Accountability Off., GAO-09-709, *Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to "
      "Mexico Face Planning and Coordination Challenges* 15 (June 2009)."]),
    ("R5.1 a comma after a quoted name goes inside the quotation marks", ["@kato", "@filler, § 107", "@kato, 536"],
     ["Yasuhiro Kato et al., *Deep-Sea Mud in the Pacific Ocean as a Potential Resource for Rare-Earth Elements*, 4 "
      "Nature Geoscience 535 (2011) [hereinafter *Kato et al., \"Deep-Sea Mud\"*].", F,
      "*Kato et al., \"Deep-Sea Mud,\" supra* note 1, at 536."]),
    ("R15.1 a report by a person for an institution", ["see @hickey, 1", "@filler, § 107", "@hickey, 5"],
     ["*See* Kevin J. Hickey, Cong. Rsch. Serv., R45323, *Federalism-Based Limitations on Congressional Power: An "
      "Overview* 1 (2023).", F, "Hickey, *supra* note 1, at 5."]),
    ("R4.2(b) hereinafter before the parenthetical, then supra",
     ["@gao_h, 15 (reporting trace data)", "@filler, § 107", "@gao_h, 19"],
     ["U.S. Gov’t Accountability Off., GAO-09-709, *Firearms Trafficking: U.S. Efforts to Combat Arms Trafficking to "
      "Mexico Face Planning and Coordination Challenges* 15 (June 2009) [hereinafter *GAO Firearms Report*] "
      "(reporting trace data).", F, "*GAO Firearms Report*, *supra* note 1, at 19."]),
    ("R15.1.3 institutional author", ["@osji, 52"],
     ["Open Soc’y Just. Initiative, *Undeniable Atrocities: Confronting Crimes Against Humanity in Mexico* 52 (2016)."]),
    ("R4.2 institutional author supra", ["@osji, 52", "@filler, § 107", "@osji, 60"],
     ["Open Soc’y Just. Initiative, *Undeniable Atrocities: Confronting Crimes Against Humanity in Mexico* 52 (2016).",
      F, "Open Soc’y Just. Initiative, *supra* note 1, at 60."]),
    ("R18.2.2 report with URL", ["@gao_url, 10"],
     ["U.S. Gov’t Accountability Off., GAO-16-223, *Firearms Trafficking: U.S. Efforts to Combat Firearms Trafficking "
      "to Mexico Have Improved, but Some Collaboration Challenges Remain* 10 (Jan. 2016), "
      "https://www.gao.gov/products/gao-16-223."]),
    # ---- articles (R16)
    ("R16.4 article with pin", ["@porter, 1240"],
     ["Elizabeth Porter & Kathryn Watts, *Visual Rulemaking*, 91 N.Y.U. L. Rev. 1183, 1240 (2016)."]),
    ("R3.2(b) footnote pin", ["@porter, 1239 n.270"],
     ["Elizabeth Porter & Kathryn Watts, *Visual Rulemaking*, 91 N.Y.U. L. Rev. 1183, 1239 n.270 (2016)."]),
    ("R16.7.1 student note", ["@levendowski"],
     ["Amanda Levendowski, Note, *Using Copyright to Combat Revenge Porn*, 3 N.Y.U. J. Intell. Prop. & Ent. L. 422 "
      "(2014)."]),
    ("R4.2 article supra", ["@porter, 1240", "@filler, § 107", "@porter, 1241"],
     ["Elizabeth Porter & Kathryn Watts, *Visual Rulemaking*, 91 N.Y.U. L. Rev. 1183, 1240 (2016).", F,
      "Porter & Watts, *supra* note 1, at 1241."]),
    # ---- news and web (R16.6, R18)
    ("R16.6 newspaper in print", ["@savage"],
     ["Charlie Savage, *U.N. Commission Presses U.S. on Torture*, N.Y. Times, Nov. 14, 2014, at A6."]),
    ("R16.6 editorial", ["@bajaj"],
     ["Vikas Bajaj, Editorial, *Rules for the Marijuana Market*, N.Y. Times, Aug. 5, 2014, at A20."]),
    ("R18.2.2 newspaper online", ["@savage_online"],
     ["Charlie Savage, *U.N. Commission Presses U.S. on Torture*, N.Y. Times (Nov. 14, 2014), "
      "https://www.nytimes.com/2014/11/14/world/europe/un-commission-presses-us-on-torture.html."]),
    ("R18.2.2 web page, last visited", ["@ij"],
     ["*Economic Liberty*, Inst. for Just., https://ij.org/issues/economic-liberty/ (last visited July 6, 2021)."]),
    ("R18.2.2 site name only", ["@espn"], ["ESPN, http://www.espn.go.com/ (last visited July 5, 2021)."]),
    ("R18.2.2 blog post with time", ["@masnick"],
     ["Mike Masnick, *Left Shark Bites Back*, TechDirt (Feb. 9, 2015, 12:27 PM), https://www.techdirt.com/x."]),
    ("R4.2 web supra by site", ["@espn", "@filler, § 107", "@espn"], ["ESPN, http://www.espn.go.com/ (last visited July 5, "
                                                                     "2021).", F, "ESPN, *supra* note 1."]),
    # ---- letters (R17) and agency letters (T2)
    ("R17.1.1 letter, full date", ["@leahy"],
     ["Letter from Julia Frifield, Assistant Sec’y, Legis. Affs., U.S. Dep’t of State, to Sen. Patrick J. Leahy "
      "(Jan. 18, 2017)."]),
    ("R17.1.1 letter, page pin before the date", ["@leahy, 2"],
     ["Letter from Julia Frifield, Assistant Sec’y, Legis. Affs., U.S. Dep’t of State, to Sen. Patrick J. Leahy 2 "
      "(Jan. 18, 2017)."]),
    ("R4.2(b) letter supra by a short name, announced", ["@leahy", "@filler, § 107", "@leahy, 2"],
     ["Letter from Julia Frifield, Assistant Sec’y, Legis. Affs., U.S. Dep’t of State, to Sen. Patrick J. Leahy "
      "(Jan. 18, 2017) [hereinafter Frifield Letter].", F, "Frifield Letter, *supra* note 1, at 2."]),
    ("T2 agency opinion letter with URL", ["@dol"],
     ["U.S. Dep’t of Labor, Wage and Hour Div., Opinion Letter FLSA2021-2 (Jan. 8, 2021), https://www.dol.gov/x.pdf."]),
    ("T2 SEC no-action letter on Westlaw", ["@poplogix"],
     ["Poplogix LLC, SEC No-Action Letter, 2010 WL 4472794 (Nov. 5, 2010)."]),
    # ---- foreign decisions (R20) and court filings (B17)
    ("R20.3 foreign decision with country", ["@arzate"],
     ["Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court], Amparo Directo en Revisión 517/2011, "
      "Jan. 23, 2013 (Mex.)."]),
    ("R20.3 foreign decision short form", ["@arzate", "@filler, § 107", "@arzate, 40"],
     ["Suprema Corte de Justicia de la Nación [SCJN] [Supreme Court], Amparo Directo en Revisión 517/2011, "
      "Jan. 23, 2013 (Mex.).", F, "*Arzate*, at 40."]),
    ("B17.1 court filing with ECF number", ["@compl, ¶ 12"],
     ["Compl. ¶ 12, *Doe v. Roe*, No. 1:20-cv-100 (D. Mass. Jan. 1, 2020), ECF No. 1."]),
    ("B17.2 court filing short form", ["@compl, ¶ 12", "@filler, § 107", "@compl, ¶ 14"],
     ["Compl. ¶ 12, *Doe v. Roe*, No. 1:20-cv-100 (D. Mass. Jan. 1, 2020), ECF No. 1.", F, "Compl. ¶ 14."]),
    # ---- signals (R1.2, R1.3, R4.6.2)
    ("R1.2 see also", ["see also @seltzer"], ["*See also Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 cf.", ["Cf. @seltzer"], ["*Cf. Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 see generally", ["see generally @osji"],
     ["*See generally* Open Soc’y Just. Initiative, *Undeniable Atrocities: Confronting Crimes Against Humanity in "
      "Mexico* (2016)."]),
    ("R1.2 accord", ["accord @seltzer"], ["*Accord Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 contra", ["contra @seltzer"], ["*Contra Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R4.6.2 e.g. comma roman", ["e.g., @seltzer"], ["*E.g.*, *Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 see, e.g., as one signal", ["see, e.g., @seltzer"],
     ["*See, e.g.*, *Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.3 string cite: lower case inside the sentence", ["see @roe; see also @seltzer"],
     ["*See Roe v. Wade*, 410 U.S. 113 (1973); *see also Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 a repeated signal is not repeated", ["see @roe; see @seltzer"],
     ["*See Roe v. Wade*, 410 U.S. 113 (1973); *Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.3 a contrary signal starts a new citation sentence", ["see @roe; but see @seltzer"],
     ["*See Roe v. Wade*, 410 U.S. 113 (1973). *But see Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
    ("R1.2 compare … with", ["compare @roe, 153; with @seltzer"],
     ["*Compare Roe v. Wade*, 410 U.S. 113, 153 (1973), *with Seltzer v. Green Day*, 725 F.3d 1170 "
      "(9th Cir. 2013)."]),
    ("R1.3 author's order kept even when it breaks R1.3", ["see also @roe; see @seltzer"],
     ["*See also Roe v. Wade*, 410 U.S. 113 (1973); *see Seltzer v. Green Day*, 725 F.3d 1170 (9th Cir. 2013)."]),
]


@pytest.mark.parametrize("rule, clusters, expected", CASES, ids=[c[0] for c in CASES])
def test_bluebook_form(rule, clusters, expected):
    assert sequence(R, clusters) == expected


def test_there_are_enough_cases():
    assert len(CASES) >= 80


def test_signal_order_warning():
    from briefgen.errors import Report

    report = Report()
    sequence(R, ["see also @roe; see @seltzer"], report=report)
    assert [d.code for d in report.warnings] == ["signal-order"]


def test_inline_mode_supra_has_no_note_number():
    """Indigo Book R29.2 / court documents: `Skinner, supra, at 21.`"""
    out = sequence(R, ["@vats, 32", "@vats, 21", "@filler, § 107", "@vats, 21"], notes=False)
    assert out == ["Anjali Vats, *The Color of Creatorship: Intellectual Property, Race, and the Making of Americans* 32 "
                   "(2020).", "*Id.* at 21.", F, "Vats, *supra*, at 21."]


def test_inline_mode_short_case_form_has_no_window():
    clusters = ["@roe, 153"] + [f"@filler, § {n}" for n in range(107, 114)] + ["@roe, 160"]
    assert sequence(R, clusters, notes=False)[-1] == "*Roe*, 410 U.S. at 160."


def test_law_review_typeface():
    """R2.2: books in large and small caps; case names roman in citation sentences; articles' journals in caps."""
    out = sequence(R, ["@roe, 120", "@williams", "@porter, 1240"], typeface="law-review")
    assert out == ["Roe v. Wade, 410 U.S. 113, 120 (1973).",
                   "[Joseph Williams & Joseph Bizup]{.smallcaps}, [Style: Ten Lessons in Clarity and Grace]{.smallcaps} "
                   "(12th ed. 2016).",
                   "Elizabeth Porter & Kathryn Watts, *Visual Rulemaking*, 91 [N.Y.U. L. Rev.]{.smallcaps} 1183, 1240 "
                   "(2016)."]


def test_straight_quotes_in_parentheticals_become_curly():
    assert sequence(R, ['@seltzer, 1176 ("It\'s fair use.")']) == [
        "*Seltzer v. Green Day*, 725 F.3d 1170, 1176 (9th Cir. 2013) (“It’s fair use.”)."]


def test_a_quotation_within_a_quotation_opens_with_a_single_curly_quote():
    """Cong. Rsch. Serv., R48915 (2026), note 36: the parenthetical quotes "'structure and purpose …,'" — the
    single quote after the double one opens."""
    assert sequence(R, ['@seltzer, 1176 (explaining "\'structure and purpose of the statute as a whole,\' as '
                        'revealed")']) == [
        "*Seltzer v. Green Day*, 725 F.3d 1170, 1176 (9th Cir. 2013) (explaining “‘structure and purpose of the "
        "statute as a whole,’ as revealed”)."]
