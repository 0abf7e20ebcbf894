"""JSON Schemas for the files users write, generated from the same tables the validators use,
so editors (yaml-language-server) check and complete exactly what briefgen accepts."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefgen.argument.facts import ELEMENT_KEYS, FACT_KEYS, FRAMEWORK_KEYS, SUPPORT_GRADES, SUPPORT_KEYS
from briefgen.authorities.history import RELATIONS
from briefgen.authorities.kinds import COMMON, KINDS
from briefgen.spec import CITATION_MODES, KIND_KEYS, KEYS, KINDS as BRIEF_KINDS

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCALAR = {"type": ["string", "integer", "number"]}
TEXT_OR_LINES = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
NAME = {"anyOf": [{"type": ["string", "integer"]},
                  {"type": "object", "properties": {k: {"type": "string"} for k in
                                                    ("given", "family", "suffix", "non-dropping-particle", "literal")},
                   "additionalProperties": False}]}
NAMES = {"anyOf": [NAME, {"type": "array", "items": NAME}]}
DATE = {"type": ["string", "integer"], "pattern": r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$",
        "description": "YYYY-MM-DD, YYYY-MM or YYYY"}
SOURCE = {"anyOf": [SCALAR, {"type": "object", "additionalProperties": False,
                             "properties": {k: SCALAR for k in ("volume", "reporter", "page", "series", "number")}}]}
HISTORY_ENTRY = {"type": "object", "required": ["relation"], "additionalProperties": False,
                 "properties": {"relation": {"enum": sorted({*RELATIONS, *(r.replace("’", "'") for r in RELATIONS)}),
                                             "description": "a T8 phrase: revoked by, aff’d, cert. denied …"},
                                "cite": {"type": "string", "description": "the id of the record it relates to"},
                                "text": {"type": "string", "description": "the citation as printed"}}}
FIELD_TYPES: dict[str, Any] = {"text": SCALAR, "date": DATE, "dates": {"anyOf": [DATE, {"type": "array", "items": DATE}]}, "names": NAMES,
               "list": {"anyOf": [SCALAR, {"type": "array", "items": SCALAR}]},
               "sources": {"anyOf": [SOURCE, {"type": "array", "items": SOURCE}]}, "bool": {"type": "boolean"},
               "history": {"anyOf": [{"type": "string"}, {"type": "array", "items": HISTORY_ENTRY}]}}


def _field(spec) -> dict:
    """A kind's field (see briefgen.authorities.rules.Field) as a JSON Schema, with its description."""
    schema: dict[str, Any] = {"enum": list(spec.choices)} if spec.type == "choice" else dict(FIELD_TYPES[spec.type])
    return schema | ({"description": spec.doc} if spec.doc else {})


def authorities_schema() -> dict:
    branches, every = [], {f.name: _field(f) for f in COMMON}
    for kind in KINDS.values():
        fields = {f.name: _field(f) for f in (*COMMON, *kind.fields)}
        every.update({k: v for k, v in fields.items() if k not in every})
        required = [[f.name] for f in kind.fields if f.required] + [g.split("|") for g in kind.one_of]
        then = {"properties": fields | {"id": SCALAR, "kind": {"const": kind.name}}, "additionalProperties": False,
                "allOf": [{"anyOf": [{"required": [f]} for f in group]} for group in required]}
        branches.append({"if": {"properties": {"kind": {"const": kind.name}}}, "then": then})
    record = {"type": "object", "required": ["id", "kind"],
              "properties": every | {"id": SCALAR, "kind": {"enum": list(KINDS)}}, "allOf": branches}
    return {"$schema": DRAFT, "title": "briefgen authorities", "type": "array", "items": record}


def brief_schema() -> dict:
    shapes: dict[str, Any] = {"text": SCALAR, "lines": TEXT_OR_LINES, "list": {"type": "array", "items": {"type": "string"}},
              "map": {"type": "object"}, "bool": {"type": "boolean"},
              "source": {"anyOf": [{"type": "string"}, {"type": "object"}]},
              "people": {"anyOf": [{"type": "string"}, {"type": "array"}, {"type": "object"}]}}
    props: dict[str, Any] = {k: SCALAR for k in KEYS}
    props |= {k: shapes[v] for k, v in KIND_KEYS.items()}
    props |= {"kind": {"enum": list(BRIEF_KINDS)}, "title": {"type": "string"},
              "modules": {"type": "array", "items": {"type": "string"}, "minItems": 1},
              "date": DATE, "vars": {"type": "object"}, "citations": {"enum": list(CITATION_MODES)},
              "style": {"type": "string", "description": "practitioner, law-review, or a CSL style"},
              "notes": {"enum": ["footnotes", "endnotes"]}, "appendix": {"enum": ["elements"]},
              "headings": {"enum": ["plain", "numbered"]}}
    from briefgen.doc_kinds import DECLARED

    by_kind = [{"if": {"properties": {"kind": {"const": k.name}}, "required": ["kind"]},
                "then": {"required": [key for key, _ in k.required],
                         "propertyNames": {"not": {"enum": sorted(set(KIND_KEYS) - set(k.all_keys))}}}}
               for k in DECLARED]  # each kind's own keys, as the loader holds them (doc_kinds)
    return {"$schema": DRAFT, "title": "briefgen brief spec", "type": "object",
            "required": ["kind", "title", "modules"], "properties": props, "additionalProperties": False,
            "allOf": by_kind}


def _support() -> dict:
    return {"anyOf": [{"type": "string"}, {"type": "object", "required": ["cite"], "additionalProperties": False,
                                           "properties": {k: SCALAR for k in SUPPORT_KEYS} |
                                                         {"grade": {"enum": list(SUPPORT_GRADES)}}}]}


def facts_schema() -> dict:
    fact = {"type": "object", "required": ["id", "statement"], "additionalProperties": False,
            "properties": {k: SCALAR for k in FACT_KEYS} | {
                "support": {"type": "array", "items": _support()},
                "supports": {"type": "array", "items": {"type": "string"}}, "as_of": DATE}}
    return {"$schema": DRAFT, "title": "briefgen facts", "type": "array", "items": fact}


def framework_schema() -> dict:
    element = {"type": "object", "required": ["id"], "additionalProperties": False,
               "properties": {k: SCALAR for k in ELEMENT_KEYS} | {"any_of": {"type": "array",
                                                                             "items": {"type": "string"}}}}
    return {"$schema": DRAFT, "title": "briefgen framework", "type": "object", "required": ["id", "elements"],
            "additionalProperties": False,
            "properties": {k: SCALAR for k in FRAMEWORK_KEYS} | {"source": _support(),
                                                                  "elements": {"type": "array", "items": element}}}


SCHEMAS = {"brief.schema.json": brief_schema, "authorities.schema.json": authorities_schema,
           "facts.schema.json": facts_schema, "framework.schema.json": framework_schema}


def write_schemas(folder: Path) -> list[Path]:
    from briefgen import atomic

    written = []
    for name, build in SCHEMAS.items():
        path = Path(folder) / name
        atomic.write_text(path, json.dumps(build(), indent=2, ensure_ascii=False, sort_keys=True) + "\n")
        written.append(path)
    return written
