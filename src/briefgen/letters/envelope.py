"""One letter's parties: to whom it goes, who sends it, who signs on. The spec says what the letter
says; the envelope says whom this copy is between. ``kinds`` lays it out and templates see it as
``recipient``, ``recipients``, ``constituent`` and ``signatories``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.letters.people import Constituent, Signatories


@dataclass(frozen=True)
class Envelope:
    """``Envelope((Recipient('James E. Risch', …),))``; several recipients are addressed together,
    in one letter; a ``sender`` (a constituent) replaces the spec's letterhead and signature."""

    recipients: tuple = ()
    sender: Constituent | None = None
    signatories: Signatories | None = None

    def letterhead(self, spec) -> list[str]:
        return self.sender.lines if self.sender else spec.lines("letterhead")

    def signature(self, spec) -> list[str]:
        return self.sender.lines if self.sender else spec.lines("signature")

    def addresses(self, spec) -> list[list[str]]:
        """Each recipient's inside address; with none, the spec's ``to``."""
        if self.recipients:
            return [list(r.address) for r in self.recipients]
        return [spec.lines("to")] if spec.lines("to") else []

    def salutation(self, spec) -> str:
        """One recipient's own salutation; for several, the spec's ``salutation`` or theirs joined:
        ``Dear Chairman Risch and Ranking Member Shaheen:``."""
        own = str(spec.extra.get("salutation") or "")
        if len(self.recipients) == 1:
            return self.recipients[0].salutation or own
        if own or not self.recipients:
            return own
        names = [r.salutation.removeprefix("Dear ").removesuffix(":").removesuffix(",") for r in self.recipients]
        joined = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + ", and " + names[-1]
        return f"Dear {joined}:"

    def variables(self) -> dict:
        """What module templates see: ``recipient`` (one addressee; ``{}`` when there is none),
        ``recipients`` (every addressee), ``constituent``, ``signatories``."""
        people = [r.variables() for r in self.recipients]
        out: dict[str, object] = {"recipients": people}
        if len(people) <= 1:
            out["recipient"] = people[0] if people else {}
        else:  # which one would it be? say so where a module asks
            from jinja2 import StrictUndefined

            out["recipient"] = StrictUndefined(hint=f"this letter is addressed to {len(people)} recipients together: "
                                                    "use recipients, a list (recipients[0].name …)")
        if self.sender is not None:
            out["constituent"] = self.sender.variables()
        if self.signatories is not None:
            out["signatories"] = [p.variables() for p in self.signatories.people]
        return out
