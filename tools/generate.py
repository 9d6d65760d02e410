"""Generate ``orderly_client`` from the bundled spec with the pinned openapi-python-client.

Usage: python tools/generate.py [--config CONFIG] SPEC OUTPUT_DIR

Runs the generator as its CLI does, with ``generator-config.yml`` and ``templates/``, and one
addition: the parsed spec is handed to the templates as ``spec``, so that ``api/__init__.py``
can list each operation's ``x-rate-limit`` and ``x-orderly-scope``. OUTPUT_DIR is replaced
whole. Any generator warning is an error here: nothing of the spec may be dropped.

Numbers are exact: the generator types every ``number`` as ``float`` and has no setting for it, so
:func:`use_decimal_for_numbers` makes that type ``decimal.Decimal``; the templates
(``property_templates/float_property.py.jinja``, ``types.py.jinja``) convert to and from the wire.
CONFIG defaults to ``generator-config.yml`` (``orderly_client``); the Strategy Vault package
``orderly_sv_client`` is generated with ``tools/sv-generator-config.yml`` from its own spec.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
from names import HOISTED_FROM
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, pascal_case

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


def place_class_name(place: str, prefix: str) -> str:
    """The class the generator makes of the inline schema at ``place`` (``KlineResponse.data.rows[]``), by its rule.

    A property's object is its parent's name and the property's; an array's items add ``_item``
    (``KlineResponseDataRowsItem``). The class a reviewed model name replaced (tools/names.yaml).
    """
    root, *steps = place.replace("[]", ".[]").split(".")
    name = ClassName(root, prefix)
    for index, step in enumerate(steps):
        if step == "[]":
            continue
        items = index + 1 < len(steps) and steps[index + 1] == "[]"
        name = ClassName(f"{pascal_case(name)}{pascal_case(step + '_item' if items else step)}", prefix)
    return str(name)


def former_names(openapi: GeneratorData, spec: dict[str, Any], prefix: str) -> dict[str, tuple[str, str]]:
    """Old class name to (reviewed name, its module) of every named model, and of the inline models inside it.

    The generated ``models/__init__.py`` keeps the old names importing, with a DeprecationWarning, for one release.
    """
    models = {model.class_info.name: model for model in openapi.models}
    schemas = spec.get("components", {}).get("schemas", {})
    formers: dict[str, tuple[str, str]] = {}

    def visit(prop: Any, new: str, old: str) -> None:
        if isinstance(prop, ModelProperty):
            name = prop.class_info.name
            if name != new and (name in schemas or not name.startswith(new)):
                return  # a model of its own (a $ref), not one made inside this one
            formers[old + name[len(new) :]] = (name, prop.class_info.module_name)
            for inner in _fields(prop):
                visit(inner, new, old)
        elif isinstance(prop, ListProperty):
            visit(prop.inner_property, new, old)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                visit(inner, new, old)

    for name, schema in schemas.items():
        if isinstance(schema, dict) and HOISTED_FROM in schema:
            visit(models[name], name, place_class_name(schema[HOISTED_FROM], prefix))
    return formers


def _fields(prop: Any) -> list[Any]:
    if isinstance(prop, ModelProperty):
        return [*(prop.required_properties or []), *(prop.optional_properties or [])]
    return []


def resource_imports(endpoint: Any) -> set[str]:
    """The imports a resource method of ``endpoint`` needs: its body's fields, its answer's payload and rows."""
    props: list[Any] = []
    for body in endpoint.bodies:
        props += [body.prop, *_fields(body.prop)]
    for response in endpoint.responses.patterns:
        for field in _fields(response.prop):
            props += [field, *_fields(field)]
            for inner in _fields(field):
                if isinstance(inner, ListProperty):
                    props.append(inner.inner_property)
    lines: set[str] = set()
    for prop in props:
        lines |= prop.get_imports(prefix="..")
        if hasattr(prop, "get_lazy_imports"):
            lines |= prop.get_lazy_imports(prefix="..")
    return lines


class OrderlyProject(Project):
    """The generator's project plus the resource classes: ``client.<resource>.<verb>(...)``, sync and async.

    Each operation's resource and verb are the spec's ``x-orderly-resource`` / ``x-orderly-verb``
    (tools/names.yaml); ``templates/resource_module.py.jinja`` renders one module per resource,
    ``templates/resources_init.py.jinja`` the root that loads them on first use.
    """

    def __init__(self, *, spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.env.globals["spec"] = spec

    def _build_api(self) -> None:
        super()._build_api()
        spec = self.spec
        grouped: dict[str, list[tuple[str, str, Any]]] = {}
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                op = spec["paths"][endpoint.path][endpoint.method]
                module = f"{tag}.{endpoint.name}"
                if "x-orderly-resource" not in op or "x-orderly-verb" not in op:
                    raise SystemExit(
                        f"{endpoint.method.upper()} {endpoint.path} has no x-orderly-resource/x-orderly-verb: "
                        "a bundled spec is written by tools/import_spec.py, which names every operation"
                    )
                grouped.setdefault(op["x-orderly-resource"], []).append((op["x-orderly-verb"], module, endpoint))
        folder = self.package_dir / "resources"
        folder.mkdir(exist_ok=True)
        template = self.env.get_template("resource_module.py.jinja")
        encoding = self.config.file_encoding
        for resource, methods in sorted(grouped.items()):
            imports = sorted({line for _, _, endpoint in methods for line in resource_imports(endpoint)})
            text = template.render(resource=resource, methods=sorted(methods, key=lambda m: m[0]), imports=imports)
            (folder / f"{resource}.py").write_text(text, encoding=encoding)
        root = self.env.get_template("resources_init.py.jinja").render(resources=sorted(grouped))
        (folder / "__init__.py").write_text(root, encoding=encoding)


DEFAULT_CONFIG = ROOT / "generator-config.yml"
SV_CONFIG = ROOT / "tools" / "sv-generator-config.yml"


def generate(spec_path: Path, output: Path, config_path: Path = DEFAULT_CONFIG) -> list[str]:
    """Generate into ``output``; return the generator's warnings and errors as text."""
    use_decimal_for_numbers()
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
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
    project = OrderlyProject(spec=spec, openapi=openapi, config=config, custom_template_path=ROOT / "templates")
    project.env.globals["input_models"] = input_models(openapi)
    project.env.globals["former_names"] = former_names(openapi, spec, config.field_prefix)
    problems = [f"{e.level.value} {e.header}: {e.detail}" for e in project.build()]
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    config = DEFAULT_CONFIG
    if len(argv) == 5 and argv[1] == "--config":
        config, argv = Path(argv[2]).resolve(), [argv[0], *argv[3:]]
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    problems = generate(Path(argv[1]).resolve(), Path(argv[2]).resolve(), config)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"generation failed: {len(problems)} warning(s) or error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
