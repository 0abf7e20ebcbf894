"""CourtListener's citation-lookup API (Free Law Project): U.S. case law, by reporter citation.

The request is the documented one: ``POST {base}citation-lookup/`` with a form field ``text``, the
token in ``Authorization: Token …``. briefgen sends only the citations themselves, joined by ``; ``
(``542 U.S. 692; 395 F.3d 932``), so each answer's ``start_index`` names the citation it is about.
Limits the service documents: at most 250 citations looked up per request, 64,000 characters of
text, and 60 valid citations a minute; briefgen sends at most 60 a request. Per citation the status
is 200 (found), 404 (not found), 300 (several decisions), 400 (no such reporter) or 429 (not looked
up: too many in one request — sent again in the next request).

The base URL comes from ``COURTLISTENER_API`` (default the public service), so a mirror or a test
server can stand in; the token from ``COURTLISTENER_TOKEN`` or the file
``$XDG_CONFIG_HOME/briefgen/courtlistener-token`` (outside every project).
"""
from __future__ import annotations

import datetime
import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from briefgen.online import Answer, Match, ServiceError

DEFAULT_API = "https://www.courtlistener.com/api/rest/v4/"
PER_REQUEST = 60          # the per-minute throttle of valid citations; the hard cap per request is 250
MAX_TEXT = 64_000         # characters of text per request
MAX_RESPONSE = 20_000_000  # bytes: clusters are large, but not this large
TIMEOUT = 30.0
STATUS = {200: "found", 404: "not-found", 300: "ambiguous", 400: "invalid"}


def token_from(env: Mapping[str, str]) -> str:
    """``COURTLISTENER_TOKEN``, else the first line of the user's token file, else ''."""
    token = env.get("COURTLISTENER_TOKEN", "").strip()
    if token:
        return token
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    path = Path(base) / "briefgen" / "courtlistener-token"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as fh:
            return fh.read(4096).decode("utf-8", "replace").strip().splitlines()[0].strip()
    except (OSError, IndexError):
        return ""


class CourtListener:
    """``CourtListener(os.environ).lookup(["542 U.S. 692"])`` -> ``{"542 U.S. 692": Answer("found", …)}``."""

    name = "courtlistener"

    def __init__(self, env: Mapping[str, str], timeout: float = TIMEOUT):
        base = (env.get("COURTLISTENER_API") or DEFAULT_API).strip()
        if not base.endswith("/"):
            base += "/"
        parts = urllib.parse.urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ServiceError(f"COURTLISTENER_API is not an http(s) address: {base!r}", code="lookup-config",
                               hint=f"unset it to use {DEFAULT_API}, or give a mirror's address ending in /api/rest/v4/")
        self.base = base
        self.site = f"{parts.scheme}://{parts.netloc}"
        self.token = token_from(env)
        try:
            self.timeout = float(env.get("COURTLISTENER_TIMEOUT") or timeout)
        except ValueError:
            raise ServiceError(f"COURTLISTENER_TIMEOUT is not a number of seconds: {env.get('COURTLISTENER_TIMEOUT')!r}",
                               code="lookup-config", hint="e.g. COURTLISTENER_TIMEOUT=30") from None

    @property
    def endpoint(self) -> str:
        return self.base

    # ------------------------------------------------------------------ requests

    def _request(self, url: str, data: bytes | None = None) -> object:
        headers = {"Accept": "application/json", "User-Agent": "briefgen (citation check)"}
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) only)
                body = response.read(MAX_RESPONSE + 1)
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            what = "timed out" if isinstance(reason, (socket.timeout, TimeoutError)) else f"failed: {reason}"
            raise ServiceError(f"CourtListener could not be reached at {self.base} ({what}); no citation was "
                               f"reported as found or not found", code="lookup-unreachable",
                               hint="check the network (or COURTLISTENER_API), then run again; answers already "
                                    "received are cached, and --offline-cache-only uses them alone") from None
        if len(body) > MAX_RESPONSE:
            raise ServiceError(f"CourtListener's answer from {url} is larger than {MAX_RESPONSE:,} bytes",
                               code="lookup-response", hint="send fewer citations at once, or report this")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ServiceError(f"CourtListener's answer from {url} is not JSON", code="lookup-response",
                               hint="check COURTLISTENER_API: it must be the REST API's address (…/api/rest/v4/)") from None

    def _http_error(self, exc: urllib.error.HTTPError) -> ServiceError:
        try:
            detail = json.loads(exc.read(100_000).decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            detail = {}
        detail = detail if isinstance(detail, dict) else {}
        if exc.code in (401, 403):
            return ServiceError(f"CourtListener refused the request ({exc.code}: "
                                f"{detail.get('detail') or 'authentication failed'})", code="lookup-auth",
                                hint="set COURTLISTENER_TOKEN to your API token (from your CourtListener account "
                                     "page), or put it in ~/.config/briefgen/courtlistener-token")
        if exc.code == 429:
            until = detail.get("wait_until") or detail.get("wait_util") or ""
            return ServiceError("CourtListener's rate limit was reached (429)"
                                + (f"; it accepts requests again at {until}" if until else ""),
                                code="lookup-rate-limit",
                                hint="answers received so far are cached: run the same command again later and "
                                     "only the rest are asked")
        return ServiceError(f"CourtListener answered {exc.code} {exc.reason}", code="lookup-http",
                            hint="try again later; --offline-cache-only uses the answers already cached")

    # ------------------------------------------------------------------ lookup

    def lookup(self, citations: list[str]) -> dict[str, Answer]:
        """Every citation's answer; raises :class:`ServiceError` if the service cannot answer."""
        today = datetime.date.today().isoformat()
        pending = list(dict.fromkeys(citations))
        answers: dict[str, Answer] = {}
        while pending:
            batch: list[str] = []
            size = 0
            for cite in pending:
                if len(batch) == PER_REQUEST or size + len(cite) + 2 > MAX_TEXT:
                    break
                batch.append(cite)
                size += len(cite) + 2
            text = "; ".join(batch)
            starts: dict[int, str] = {}
            offset = 0
            for cite in batch:
                starts[offset] = cite
                offset += len(cite) + 2
            data = urllib.parse.urlencode({"text": text}).encode("ascii")
            result = self._request(self.base + "citation-lookup/", data)
            if not isinstance(result, list):
                raise ServiceError("CourtListener's citation-lookup answer is not a list", code="lookup-response",
                                   hint="check COURTLISTENER_API: it must be the REST API's address (…/api/rest/v4/)")
            retry = []
            for item in result:
                if not isinstance(item, dict):
                    continue
                index = item.get("start_index")
                asked = starts.get(index) if isinstance(index, int) else None
                if asked is None:
                    continue
                if item.get("status") == 429:
                    retry.append(asked)
                    continue
                answers[asked] = self._answer(item, today)
            done = set(answers)
            # a citation the service did not mention (it did not parse it) is not "not found": it is invalid
            for cite in batch:
                if cite not in done and cite not in retry:
                    answers[cite] = Answer("invalid", checked=today,
                                           message="CourtListener did not read this as a case citation")
            pending = retry + pending[len(batch):]
            if retry and len(retry) == len(batch):
                raise ServiceError("CourtListener looked up none of the citations sent (each came back 429)",
                                   code="lookup-rate-limit", hint="run the same command again in a minute")
        return answers

    def _answer(self, item: dict, today: str) -> Answer:
        code = item.get("status")
        status = STATUS.get(code, "invalid") if isinstance(code, int) else "invalid"
        clusters = raw if isinstance(raw := item.get("clusters"), list) else []
        matches = tuple(self._match(c) for c in clusters if isinstance(c, dict))
        return Answer(status, matches, today, message=str(item.get("error_message") or ""))

    def _match(self, cluster: dict) -> Match:
        year = None
        filed = str(cluster.get("date_filed") or "")
        if filed[:4].isdigit():
            year = int(filed[:4])
        url = str(cluster.get("absolute_url") or "")
        if url.startswith("/"):
            url = self.site + url
        court = cluster.get("court_id") or cluster.get("court")
        if isinstance(court, str) and "/" in court:          # a hyperlinked court: …/courts/ca9/
            court = court.rstrip("/").rsplit("/", 1)[-1]
        if not court and cluster.get("docket_id"):
            court = self._docket_court(cluster["docket_id"])
        last = cluster.get("last_page")
        names = tuple(str(cluster.get(k)) for k in ("case_name_full", "case_name_short") if cluster.get(k))
        return Match(str(cluster.get("case_name") or cluster.get("case_name_full") or ""), year,
                     str(court) if court else None, url, int(str(last)) if str(last or "").isdigit() else None, names)

    def _docket_court(self, docket_id) -> str | None:
        """The court of a decision: clusters do not carry it; its docket does."""
        if not str(docket_id).isdigit():
            return None
        try:
            docket = self._request(f"{self.base}dockets/{docket_id}/?fields=court_id")
        except ServiceError as exc:
            if exc.diagnostics[0].code in ("lookup-http",):
                return None
            raise
        if isinstance(docket, dict):
            court = docket.get("court_id") or docket.get("court")
            if isinstance(court, str):
                return court.rstrip("/").rsplit("/", 1)[-1]
        return None

