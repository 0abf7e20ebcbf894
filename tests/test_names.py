"""Each closed set named in briefgen.names is exactly the table that gives its members their behaviour."""
from __future__ import annotations

from typing import get_args

from briefgen import names


def test_authority_kinds_are_the_declared_kinds():
    from briefgen.authorities.kinds import KINDS

    assert get_args(names.AuthorityKind) == tuple(KINDS)


def test_signals_pins_and_positions():
    from briefgen.authorities.rules import PIN_WORDS
    from briefgen.citations.resolve import Position
    from briefgen.citations.signals import SIGNALS

    assert get_args(names.Signal) == tuple(SIGNALS)
    assert get_args(names.PinType) == tuple(PIN_WORDS)
    assert get_args(names.PositionName) == tuple(p.value for p in Position)


def test_document_kinds_modes_typefaces_formats_and_severities():
    from briefgen import errors, pipeline, spec
    from briefgen.authorities.typeface import TYPEFACES

    assert get_args(names.DocumentKind) == spec.KINDS
    assert get_args(names.CitationMode) == spec.CITATION_MODES
    assert get_args(names.Typeface) == tuple(TYPEFACES)
    assert get_args(names.OutputFormat) == pipeline.FORMATS == tuple(pipeline.WRITERS)
    report = errors.Report()
    report.error("e", code="x")
    report.warning("w", code="y")
    assert tuple(d.severity for d in report.items) == get_args(names.Severity)
