"""A sign-on letter lists organizations first, then individuals by surname, and says that the
individuals' affiliations are for identification only (the convention of sign-on letters)."""
from __future__ import annotations

from typer.testing import CliRunner

from briefgen.cli import app

PEOPLE = """name,title,organization,city,state
Zoe Adams,Professor,Eastbrook University,Eastbrook,MA
,,Sample Human Rights Network,Washington,DC
Martin Luther King Jr.,,,Atlanta,GA
Ana Zamora,,,El Paso,TX
,,Example Faith Coalition for Peace,Chicago,IL
"""


def test_organizations_first_then_people_by_surname_with_the_affiliation_note(shipped):
    (shipped / "data" / "people.csv").write_text(PEOPLE, encoding="utf-8")
    spec = (shipped / "briefs" / "ssfr-sign-on-letter.yaml").read_text(encoding="utf-8")
    spec = spec.replace("list: data/sign-on-signatories.csv, sort: name, columns: 2", "list: data/people.csv, sort: name")
    (shipped / "briefs" / "order.yaml").write_text(spec, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "briefs/order.yaml", "--to", "md"])
    assert result.exit_code == 0, result.output
    text = next((shipped / "build" / "order").glob("*.md")).read_text(encoding="utf-8")
    order = [text.index(n) for n in ("Example Faith Coalition for Peace", "Sample Human Rights Network",
                                     "Zoe Adams", "Martin Luther King Jr.", "Ana Zamora")]
    assert order == sorted(order)
    assert "*Affiliations are listed for identification purposes only.*" in text
