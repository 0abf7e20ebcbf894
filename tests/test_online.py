"""``briefgen verify --online`` and ``briefgen check --online`` against a local stand-in for
CourtListener's citation-lookup API, answering as its documentation specifies (found 200, not found
404, several decisions 300, unknown reporter 400, too many citations 429 per item; 401 and 429 for
the request; a timeout). Never the network.

The invented citation is the one the sanctions order in *Mata v. Avianca, Inc.*, No. 22-cv-1461
(S.D.N.Y. June 22, 2023), quotes from the brief it sanctioned: "Varghese v. China Southern Airlines
Co., 925 F.3d 1339 (11th Cir. 2019)" — a case that does not exist."""
from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from helpers import run

SOSA = {"case_name": "Sosa v. Alvarez-Machain", "case_name_full": "Jose Francisco Sosa, Petitioner v. Humberto "
        "Alvarez-Machain et al.", "date_filed": "2004-06-29", "absolute_url": "/opinion/136908/sosa-v-alvarez-machain/",
        "docket_id": 1001, "citations": [{"volume": 542, "reporter": "U.S.", "page": "692", "type": 1}]}
UNOCAL = {"case_name": "Doe I v. Unocal Corp.", "date_filed": "2002-09-18", "docket_id": 1002,
          "absolute_url": "/opinion/778325/john-doe-i-v-unocal-corporation/"}
KIOBEL = {"case_name": "Kiobel v. Royal Dutch Petroleum Co.", "date_filed": "2013-04-17", "docket_id": 1003,
          "absolute_url": "/opinion/857449/kiobel-v-royal-dutch-petroleum-co/", "last_page": 142}
OTHER = {"case_name": "Kaplan v. Unum Life Insurance Co.", "date_filed": "2019-06-03", "docket_id": 1004,
         "absolute_url": "/opinion/1/kaplan/"}
DOCKETS = {"1001": "scotus", "1002": "ca9", "1003": "scotus", "1004": "ca11"}


class StandIn:
    """A citation-lookup server: ``answers`` maps a citation to (status, clusters); ``mode`` makes the
    whole request fail (401, 429, slow)."""

    def __init__(self):
        self.answers: dict[str, tuple[int, list]] = {}
        self.mode = ""
        self.requests: list[dict] = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, code: int, body) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                stand_in.requests.append({"method": "GET", "path": self.path,
                                          "auth": self.headers.get("Authorization")})
                parts = self.path.split("/")
                if "dockets" in parts:
                    ident = parts[parts.index("dockets") + 1]
                    return self._send(200, {"court_id": DOCKETS.get(ident, "")})
                self._send(404, {"detail": "Not found."})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                stand_in.requests.append({"method": "POST", "path": self.path, "form": form,
                                          "auth": self.headers.get("Authorization")})
                if stand_in.mode == "slow":
                    time.sleep(2)
                if stand_in.mode == "401":
                    return self._send(401, {"detail": "Invalid token."})
                if stand_in.mode == "429":
                    return self._send(429, {"wait_until": "2026-12-07T06:10:00Z"})
                if not self.path.endswith("/citation-lookup/"):
                    return self._send(404, {"detail": "Not found."})
                text = form.get("text", [""])[0]
                out, offset = [], 0
                for n, cite in enumerate(text.split("; ")):
                    status, clusters = stand_in.answers.get(cite, (404, []))
                    if stand_in.mode == "cap" and n >= 2:
                        status, clusters = 429, []
                    out.append({"citation": cite, "normalized_citations": [cite], "start_index": offset,
                                "end_index": offset + len(cite), "status": status,
                                "error_message": "" if status == 200 else f"status {status}", "clusters": clusters})
                    offset += len(cite) + 2
                self._send(200, out)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/rest/v4/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def posts(self) -> list[dict]:
        return [r for r in self.requests if r["method"] == "POST"]


@pytest.fixture()
def api(tmp_path, monkeypatch):
    stand_in = StandIn()
    stand_in.answers = {"542 U.S. 692": (200, [SOSA]), "395 F.3d 932": (200, [UNOCAL]),
                        "569 U.S. 108": (200, [KIOBEL]), "925 F.3d 1339": (404, [])}
    monkeypatch.setenv("COURTLISTENER_API", stand_in.url)
    monkeypatch.setenv("COURTLISTENER_TOKEN", "secret-token")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("COURTLISTENER_TIMEOUT", "0.5")
    monkeypatch.chdir(tmp_path)
    yield stand_in
    stand_in.server.shutdown()


def memo(tmp_path: Path, notes: list[str], body: str = "The argument.") -> Path:
    calls = "".join(f"[^{n}]" for n in range(1, len(notes) + 1))
    text = f"# Memo\n\n{body}{calls}\n\n" + "".join(f"[^{n}]: {t}\n" for n, t in enumerate(notes, 1))
    path = tmp_path / "memo.md"
    path.write_text(text, encoding="utf-8")
    return path


def as_json(result) -> dict:
    return json.loads(result.stdout[result.stdout.index("{"):])


def test_found_citations_report_the_case_court_and_year_found(api, tmp_path):
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004).",
                           "See Doe v. Unocal Corp., 395 F.3d 932, 945 (9th Cir. 2002)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 0, result.output
    assert "found     542 U.S. 692 (note 1): Sosa v. Alvarez-Machain (scotus 2004) " \
           f"{api.url.split('/api')[0]}/opinion/136908/sosa-v-alvarez-machain/" in result.stdout
    assert "395 F.3d 932 (note 2): Doe I v. Unocal Corp. (ca9 2002)" in result.stdout
    assert "2 case citations looked up in CourtListener: 2 found" in result.stdout


def test_an_invented_case_is_an_error_at_its_note(api, tmp_path):
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004).",
                           "See Varghese v. China Southern Airlines Co., 925 F.3d 1339 (11th Cir. 2019)."])
    result = run("verify", str(path), "--online", "--format", "json")
    assert result.exit_code == 1
    data = as_json(result)
    [finding] = [d for d in data["files"][0]["diagnostics"] if d["code"] == "case-not-found"]
    assert finding["severity"] == "error" and "925 F.3d 1339 (note 2)" in finding["message"]
    assert finding["line"] == 6          # the line of note 2 in memo.md
    verdicts = {x["citation"]: x["verdict"] for x in data["files"][0]["lookups"]}
    assert verdicts == {"542 U.S. 692": "found", "925 F.3d 1339": "not-found"}


def test_a_real_citation_under_another_case_name_is_a_mismatch(api, tmp_path):
    api.answers["925 F.3d 1339"] = (200, [OTHER])
    path = memo(tmp_path, ["Varghese v. China Southern Airlines Co., 925 F.3d 1339 (11th Cir. 2019)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 1
    assert "error[case-mismatch]" in result.output
    assert "the case there is Kaplan v. Unum Life Insurance Co., not Varghese v. China Southern Airlines Co." \
        in result.output


def test_wrong_court_or_year_is_a_mismatch_and_a_year_off_by_one_a_warning(api, tmp_path):
    path = memo(tmp_path, ["Doe v. Unocal Corp., 395 F.3d 932 (2d Cir. 2002).",
                           "Sosa v. Alvarez-Machain, 542 U.S. 692 (1994).",
                           "Kiobel v. Royal Dutch Petroleum Co., 569 U.S. 108 (2012)."])
    result = run("verify", str(path), "--online", "--format", "json")
    diags = as_json(result)["files"][0]["diagnostics"]
    mismatches = [d["message"] for d in diags if d["code"] == "case-mismatch"]
    assert any("decided by ca9, not ca2" in m for m in mismatches)
    assert any("decided in 2004, not 1994" in m for m in mismatches)
    assert [d["severity"] for d in diags if d["code"] == "case-year"] == ["warning"]
    assert result.exit_code == 1


def test_ambiguous_citation_lists_candidates_unless_the_name_picks_one(api, tmp_path):
    api.answers["1 Haw. 150"] = (300, [{"case_name": "Fell v. Parke", "date_filed": "1855-01-01", "docket_id": 9},
                                       {"case_name": "Louis v. Steamboat Buckeye", "date_filed": "1855-01-01",
                                        "docket_id": 9}])
    path = memo(tmp_path, ["Smith v. Jones, 1 Haw. 150 (1855).", "Fell v. Parke, 1 Haw. 150 (1855)."])
    result = run("verify", str(path), "--online", "--format", "json")
    data = as_json(result)["files"][0]
    [ambiguous] = [d for d in data["diagnostics"] if d["code"] == "case-ambiguous"]
    assert "Fell v. Parke" in ambiguous["message"] and "Louis v. Steamboat Buckeye" in ambiguous["message"]
    assert [x["verdict"] for x in data["lookups"]] == ["ambiguous", "found"]


def test_pin_past_the_last_page_is_a_warning(api, tmp_path):
    path = memo(tmp_path, ["Kiobel v. Royal Dutch Petroleum Co., 569 U.S. 108, 160 (2013)."])
    result = run("verify", str(path), "--online")
    assert "warning[pin-beyond-case]" in result.output and "pin 160 is past the case's last page (142)" in result.output


def test_short_forms_need_no_lookup_and_an_orphan_short_form_is_named(api, tmp_path):
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692, 732 (2004).", "Sosa, 542 U.S. at 733.",
                           "Filartiga, 630 F.2d at 880."])
    result = run("verify", str(path), "--online")
    assert "1 case citation looked up" in result.stdout
    assert "630 F.2d at 880 (note 3)" in result.output and "warning[case-unchecked]" in result.output
    assert "542 U.S. at 733" not in result.output


def test_only_the_citations_leave_the_machine_with_the_token(api, tmp_path):
    path = memo(tmp_path, ["Confidential strategy: Sosa v. Alvarez-Machain, 542 U.S. 692 (2004).",
                           "Varghese v. China Southern Airlines Co., 925 F.3d 1339 (11th Cir. 2019)."],
                body="Privileged work product about our client.")
    run("verify", str(path), "--online")
    [post] = api.posts()
    assert post["form"] == {"text": ["542 U.S. 692; 925 F.3d 1339"]}
    assert post["auth"] == "Token secret-token"
    for request in api.requests:
        assert "client" not in json.dumps(request) and "strategy" not in json.dumps(request)


def test_answers_are_cached_and_a_rerun_asks_nothing(api, tmp_path):
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    assert run("verify", str(path), "--online").exit_code == 0
    asked = len(api.requests)
    again = run("verify", str(path), "--online")
    assert again.exit_code == 0 and len(api.requests) == asked
    assert "[cached " in again.stdout
    offline = run("verify", str(path), "--online", "--offline-cache-only")
    assert offline.exit_code == 0 and len(api.requests) == asked
    run("verify", str(path), "--online", "--refresh")
    assert len(api.posts()) == 2


def test_cache_only_with_nothing_cached_says_what_went_unchecked(api, tmp_path):
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    result = run("verify", str(path), "--online", "--offline-cache-only")
    assert api.requests == []
    assert "1 case citation not in the cache, so not checked: 542 U.S. 692" in result.output
    assert "case-not-found" not in result.output


@pytest.mark.parametrize("mode, code, words", [
    ("401", "lookup-auth", "refused the request (401"),
    ("429", "lookup-rate-limit", "accepts requests again at 2026-12-07T06:10:00Z"),
    ("slow", "lookup-unreachable", "timed out"),
])
def test_service_failures_exit_2_and_never_say_not_found(api, tmp_path, mode, code, words):
    api.mode = mode
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 2, result.output
    assert f"error[{code}]" in result.output and words in result.output
    assert "case-not-found" not in result.output and "Traceback" not in result.output


def test_no_network_is_a_clear_exit_2(api, tmp_path, monkeypatch):
    api.server.shutdown()
    api.server.server_close()
    monkeypatch.setenv("COURTLISTENER_API", api.url)
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 2 and "error[lookup-unreachable]" in result.output
    assert "could not be reached" in result.output


def test_citations_past_the_per_request_cap_are_sent_again(api, tmp_path):
    api.mode = "cap"
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004); Doe v. Unocal Corp., 395 F.3d 932 "
                           "(9th Cir. 2002); Kiobel v. Royal Dutch Petroleum Co., 569 U.S. 108 (2013)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 0, result.output
    assert len(api.posts()) == 2 and api.posts()[1]["form"]["text"] == ["569 U.S. 108"]
    assert "3 found" in result.stdout


def test_batches_stay_within_the_per_minute_throttle(api, tmp_path):
    notes = [f"Case{n} v. Other, {100 + n} F.3d {n + 1} (9th Cir. 2002)." for n in range(65)]
    path = memo(tmp_path, notes)
    run("verify", str(path), "--online")
    sizes = [len(p["form"]["text"][0].split("; ")) for p in api.posts()]
    assert sizes == [60, 5]


def test_online_is_never_the_default(api, tmp_path):
    path = memo(tmp_path, ["Varghese v. China Southern Airlines Co., 925 F.3d 1339 (11th Cir. 2019)."])
    run("verify", str(path))
    assert api.requests == []
    assert run("verify", str(path), "--refresh").exit_code == 2


def test_a_bad_endpoint_is_a_usage_error(api, tmp_path, monkeypatch):
    monkeypatch.setenv("COURTLISTENER_API", "file:///etc/passwd")
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 2 and "error[lookup-config]" in result.output


def _case_project(tmp_path: Path) -> Path:
    (tmp_path / "briefs" / "modules").mkdir(parents=True)
    (tmp_path / "authorities").mkdir()
    (tmp_path / "authorities" / "cases.yaml").write_text(
        "# cases the memo relies on\n"
        "- id: sosa\n  kind: case\n  name: Sosa v. Alvarez-Machain\n  volume: 542\n  reporter: U.S.\n  page: 692\n"
        "  year: 2004  # decided June 29\n"
        "- id: varghese\n  kind: case\n  name: Varghese v. China S. Airlines Co.\n  volume: 925\n  reporter: F.3d\n"
        "  page: 1339\n  court: 11th Cir.\n  year: 2019\n"
        "- id: unocal\n  kind: case\n  name: Doe v. Unocal Corp.\n  volume: 395\n  reporter: F.3d\n  page: 932\n"
        "  court: 9th Cir.\n  year: 2002\n  url: https://example.org/kept\n", encoding="utf-8")
    (tmp_path / "briefs" / "memo.yaml").write_text(
        "kind: memo\ntitle: T\ndate: '2026-12-01'\nto: A\nfrom: B\nre: C\nmodules: [m]\n", encoding="utf-8")
    (tmp_path / "briefs" / "modules" / "m.md").write_text(
        "# Law\n\nThe rule.[@sosa, 732] Another.[@varghese]\n", encoding="utf-8")
    return tmp_path


def test_a_brief_is_checked_through_its_case_records(api, tmp_path):
    _case_project(tmp_path)
    result = run("verify", "briefs/memo.yaml", "--online", "--format", "json")
    lookups = as_json(result)["files"][0]["lookups"]
    assert {x["where"]: x["verdict"] for x in lookups} == {"sosa": "found", "varghese": "not-found"}
    assert result.exit_code == 1


def test_check_online_fix_adds_the_found_address_and_keeps_comments(api, tmp_path):
    _case_project(tmp_path)
    before = (tmp_path / "authorities" / "cases.yaml").read_text()
    result = run("check", "--online")
    assert (tmp_path / "authorities" / "cases.yaml").read_text() == before     # without --fix, nothing written
    assert "error[case-not-found]" in result.output and result.exit_code == 1
    run("check", "--online", "--fix")
    after = (tmp_path / "authorities" / "cases.yaml").read_text()
    assert "# cases the memo relies on" in after and "year: 2004  # decided June 29" in after
    assert f'  url: "{api.url.split("/api")[0]}/opinion/136908/sosa-v-alvarez-machain/"\n  kind: case' in after
    assert after.count("url:") == 2     # sosa added; unocal kept its own; the invented case got none
    assert "https://example.org/kept" in after
    assert run("check").exit_code in (0, 1)   # the file still loads
    from briefgen.authorities.load import load_library
    from briefgen.errors import Report
    report = Report()
    lib = load_library(tmp_path / "authorities", report)
    assert lib["sosa"].get("url").endswith("/opinion/136908/sosa-v-alvarez-machain/")


def test_a_cache_folder_that_is_a_link_is_refused(api, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "cache" / "briefgen").mkdir(parents=True)
    (tmp_path / "cache" / "briefgen" / "citation-lookup").symlink_to(tmp_path / "elsewhere")
    path = memo(tmp_path, ["Sosa v. Alvarez-Machain, 542 U.S. 692 (2004)."])
    result = run("verify", str(path), "--online")
    assert result.exit_code == 2 and "error[lookup-cache]" in result.output
    assert list((tmp_path / "elsewhere").iterdir()) == []


# A miniature title in the USLM form the Office of the Law Revision Counsel publishes (namespace,
# identifiers, @status, docPublicationName), constructed for the test: two sections as the Code
# heads them, and one marked repealed.
USC22 = """<?xml version="1.0" encoding="UTF-8"?>
<uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0" identifier="/us/usc/t22">
<meta><docNumber>22</docNumber><docPublicationName>Online@119-60</docPublicationName></meta>
<main><title identifier="/us/usc/t22"><num value="22">Title 22—</num><heading>FOREIGN RELATIONS AND INTERCOURSE</heading>
<chapter identifier="/us/usc/t22/ch32"><num value="32">CHAPTER 32—</num>
<section identifier="/us/usc/t22/s2304"><num value="2304">§ 2304.</num><heading>Human rights and security assistance</heading>
<subsection identifier="/us/usc/t22/s2304/a"><num value="a">(a)</num><content>Observance of human rights…</content></subsection></section>
<section identifier="/us/usc/t22/s2305" status="repealed"><num value="2305">§ 2305.</num><heading>Repealed.</heading></section>
</chapter>
<chapter identifier="/us/usc/t22/ch39"><section identifier="/us/usc/t22/s2778"><num value="2778">§ 2778.</num>
<heading>Control of arms exports and imports</heading></section></chapter>
</title></main></uscDoc>
"""


def test_us_code_sections_are_checked_offline_in_the_downloaded_title(api, tmp_path):
    (tmp_path / "uscode").mkdir()
    (tmp_path / "uscode" / "usc22.xml").write_text(USC22, encoding="utf-8")
    path = memo(tmp_path, ["22 U.S.C. § 2304(a)(2) (2018).", "22 U.S.C. § 2399 (2018).",
                           "22 U.S.C. § 2305; 22 U.S.C. §2778(b).", "10 U.S.C. § 362."])
    result = run("verify", str(path), "--online", "--uscode", "uscode", "--format", "json")
    data = as_json(result)["files"][0]
    verdicts = {x["citation"]: x["verdict"] for x in data["lookups"]}
    assert verdicts == {"22 U.S.C. § 2304": "found", "22 U.S.C. § 2399": "not-found", "22 U.S.C. § 2305": "mismatch",
                        "22 U.S.C. § 2778": "found", "10 U.S.C. § 362": "invalid"}
    codes = {d["code"]: d for d in data["diagnostics"]}
    assert "(Online@119-60) has no such section" in codes["statute-not-found"]["message"]
    assert codes["statute-not-found"]["line"] == 6
    assert "marks this section repealed" in codes["statute-status"]["message"]
    assert "title 10 of the U.S. Code not in" in codes["statute-unchecked"]["message"]
    assert result.exit_code == 1
    assert api.requests == []          # no case citation, and the Code is read offline


def test_the_title_index_is_kept_and_a_broken_title_is_a_clear_error(api, tmp_path):
    (tmp_path / "uscode").mkdir()
    (tmp_path / "uscode" / "usc22.xml").write_text(USC22, encoding="utf-8")
    path = memo(tmp_path, ["22 U.S.C. § 2304."])
    assert run("verify", str(path), "--online", "--uscode", "uscode").exit_code == 0
    assert len(list((tmp_path / "cache" / "briefgen" / "citation-lookup" / "uscode").glob("*.json"))) == 1
    (tmp_path / "uscode" / "usc22.xml").write_text("<uscDoc><section", encoding="utf-8")
    broken = run("verify", str(path), "--online", "--uscode", "uscode")
    assert broken.exit_code == 2 and "not a USLM title file" in broken.output
    assert run("verify", str(path), "--uscode", "uscode").exit_code == 2      # --uscode goes with --online
