"""Generate ``orderly_client`` from the bundled spec with the pinned openapi-python-client.

Usage: python tools/generate.py SPEC OUTPUT_DIR

Runs the generator as its CLI does, with ``generator-config.yml`` and ``templates/``, and one
addition: the parsed spec is handed to the templates as ``spec``, so that ``api/__init__.py``
can list each operation's ``x-rate-limit`` and ``x-orderly-scope``. OUTPUT_DIR is replaced
whole. Any generator warning is an error here: nothing of the spec may be dropped.

Numbers are exact: the generator types every ``number`` as ``float`` and has no setting for it, so
:func:`use_decimal_for_numbers` makes that type ``decimal.Decimal``; the templates
(``property_templates/float_property.py.jinja``, ``types.py.jinja``) convert to and from the wire.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

ROOT = Path(__file__).resolve().parent.parent


def use_decimal_for_numbers() -> None:
    """Type the spec's ``number`` as ``Decimal`` in models and arguments (the generator's one type for it is float)."""
    FloatProperty._type_string = "Decimal"
    FloatProperty._json_type_string = "Decimal"


def input_models(openapi: GeneratorData) -> set[str]:
    """Names of the models a request body is built from: their fields take more than their type on init
    (a float or text for a Decimal, a plain string for an enum); answer models skip that conversion."""
    seen: set[str] = set()

    def visit(prop: Any) -> None:
        if isinstance(prop, ModelProperty):
            if prop.class_info.name not in seen:
                seen.add(prop.class_info.name)
                inners: list[Any] = [*(prop.required_properties or []), *(prop.optional_properties or [])]
                for inner in inners:
                    visit(inner)
        elif isinstance(prop, ListProperty):
            visit(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                visit(inner)

    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                visit(body.prop)
    return seen


def generate(spec_path: Path, output: Path) -> list[str]:
    """Generate into ``output``; return the generator's warnings and errors as text."""
    use_decimal_for_numbers()
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        True,
        output,
    )
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        return [f"{openapi.header}: {openapi.detail}"]
    shutil.rmtree(output, ignore_errors=True)
    project = Project(openapi=openapi, config=config, custom_template_path=ROOT / "templates")
    project.env.globals["spec"] = spec
    project.env.globals["input_models"] = input_models(openapi)
    problems = [f"{e.level.value} {e.header}: {e.detail}" for e in project.build()]
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    problems = generate(Path(argv[1]).resolve(), Path(argv[2]).resolve())
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"generation failed: {len(problems)} warning(s) or error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
