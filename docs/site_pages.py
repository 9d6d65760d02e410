"""MkDocs hook: the site's guides from the README's sections, its project pages from the repository's own files.

Each text has one source: the README's ``## `` sections become ``guides/<section>.md`` (its opening
becomes the home page), ``CHANGELOG.md``, ``CONTRIBUTING.md`` and ``docs/*.md`` become
``project/*.md``. Links between them are rewritten to the pages they land on; a link to another file
of the repository goes to it on the repository's site. The navigation is built here from the same list.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(__file__).resolve().parent / "site"
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")
#: Repository files that become project pages, by their page name.
PROJECT = {"changelog.md": ROOT / "CHANGELOG.md", "contributing.md": ROOT / "CONTRIBUTING.md"}


def _section_name(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") + ".md"


def _headings(text: str) -> list[tuple[int, str, int]]:
    """``(level, title, line index)`` of the Markdown headings outside code blocks."""
    found: list[tuple[int, str, int]] = []
    fenced = False
    for index, line in enumerate(text.splitlines()):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := re.match(r"^(#{1,6}) (.+?)\s*$", line)):
            found.append((len(match.group(1)), match.group(2), index))
    return found


def readme_pages() -> dict[str, str]:
    """The home page and one guide a README ``## `` section, by site path."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    starts = [(title, index) for level, title, index in _headings("\n".join(lines)) if level == 2]
    pages = {"index.md": "\n".join(lines[: starts[0][1]]) if starts else "\n".join(lines)}
    for number, (title, index) in enumerate(starts):
        end = starts[number + 1][1] if number + 1 < len(starts) else len(lines)
        pages[f"guides/{_section_name(title)}"] = "\n".join([f"# {title}", *lines[index + 1 : end]])
    return pages


def project_pages() -> dict[str, str]:
    """CHANGELOG.md, CONTRIBUTING.md and docs/*.md, by site path."""
    sources = dict(PROJECT)
    sources.update({path.name: path for path in sorted((ROOT / "docs").glob("*.md"))})
    return {f"project/{name}": path.read_text(encoding="utf-8") for name, path in sources.items()}


def _anchors(pages: dict[str, str]) -> dict[str, str]:
    """Where each README heading's anchor lands: ``slug -> site path``."""
    return {
        slugify(title, "-"): path
        for path, text in pages.items()
        if not path.startswith("project/")
        for _, title, _ in _headings(text)
    }


def _rewrite(text: str, page: str, source_dir: str, anchors: dict[str, str], repo_url: str) -> str:
    """Links of ``page`` (whose source sat in ``source_dir`` of the repository) to the site's pages."""
    depth = page.count("/")
    up = "../" * depth

    def target(match: re.Match[str]) -> str:
        link = match.group(1)
        if re.match(r"^[a-z]+:", link):
            return match.group(0)
        if link.startswith("#"):
            landed = anchors.get(link[1:])
            if landed is None or landed == page:
                return match.group(0)
            return f"]({up}{landed}{link})"
        path, _, anchor = link.partition("#")
        in_repo = os.path.normpath(os.path.join(source_dir, path)).replace(os.sep, "/")
        suffix = f"#{anchor}" if anchor else ""
        if in_repo.startswith("docs/") and in_repo.endswith(".md"):
            return f"]({up}project/{in_repo.removeprefix('docs/')}{suffix})"
        if in_repo in {"CHANGELOG.md", "CONTRIBUTING.md"}:
            return f"]({up}project/{in_repo.lower()}{suffix})"
        return f"]({repo_url.rstrip('/')}/blob/main/{in_repo.rstrip('/')}{suffix})"

    out: list[str] = []
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else LINK.sub(target, line))
    return "\n".join(out) + "\n"


def all_pages(repo_url: str) -> dict[str, str]:
    """Every generated page's Markdown, by site path."""
    readme = readme_pages()
    project = project_pages()
    anchors = _anchors(readme)
    pages = {path: _rewrite(text, path, ".", anchors, repo_url) for path, text in readme.items()}
    for path, text in project.items():
        source_dir = "docs" if path.removeprefix("project/") not in PROJECT else "."
        pages[path] = _rewrite(text, path, source_dir, anchors, repo_url)
    return pages


def _title(text: str, fallback: str) -> str:
    headings = _headings(text)
    return headings[0][1] if headings and headings[0][0] == 1 else fallback


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The navigation: home, the guides in README order, the API reference, the project pages."""
    pages = all_pages(config.repo_url or "")
    guides = [{_title(text, path): path} for path, text in pages.items() if path.startswith("guides/")]
    project = [{_title(text, path): path} for path, text in pages.items() if path.startswith("project/")]
    api = sorted(f"api/{path.name}" for path in (SITE / "api").glob("*.md"))
    config.nav = [{"Home": "index.md"}, {"Guides": guides}, {"API reference": api}, {"Project": project}]
    return config


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    """Add the generated pages to the site's files."""
    for path, text in all_pages(config.repo_url or "").items():
        files.append(File.generated(config, path, content=text))
    return files
