"""Profiles (network, account, key: a TOML file) and where each profile's Orderly secret is kept.

The file is ``$ORDERLY_CONFIG`` if set, else ``$XDG_CONFIG_HOME/orderly/config.toml`` (default
``~/.config/orderly/config.toml``); it never holds a secret. A secret goes to the OS keyring when the
``keyring`` package and a usable backend are installed (service ``orderly-client``, user
``<profile>:<account id>``), else to ``secrets/<profile>.secret`` beside the file, created with mode
0600 in a 0700 folder. ``ORDERLY_SECRET_STORE=file`` forces the file.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

__all__ = ["PROFILE_KEYS", "config_path", "load_profile", "load_secret", "save_profile", "store_secret"]

ENV_CONFIG = "ORDERLY_CONFIG"
ENV_SECRET_STORE = "ORDERLY_SECRET_STORE"  # noqa: S105 (a variable name)
KEYRING_SERVICE = "orderly-client"
#: What a profile may hold (never a secret).
PROFILE_KEYS = (
    "network",
    "base_url",
    "ws_public_url",
    "ws_private_url",
    "account_id",
    "orderly_key",
    "address",
    "broker_id",
    "chain_id",
    "secret_store",
)


def config_path() -> Path:
    """The profile file's path."""
    given = os.environ.get(ENV_CONFIG)
    if given:
        return Path(given).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "orderly" / "config.toml"


def _read_all() -> dict[str, Any]:
    path = config_path()
    if not path.exists():
        return {}
    with open(path, "rb") as file:
        return tomllib.load(file)


def load_profile(name: str) -> dict[str, Any]:
    """The settings of profile ``name`` (empty when there is none)."""
    profiles = _read_all().get("profiles", {})
    profile = profiles.get(name, {})
    return {key: value for key, value in profile.items() if key in PROFILE_KEYS}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value))  # a JSON string is a valid TOML basic string


def save_profile(name: str, settings: dict[str, Any]) -> Path:
    """Merge ``settings`` into profile ``name`` and rewrite the file (0600); its path."""
    everything = _read_all()
    profiles = everything.setdefault("profiles", {})
    profile = profiles.setdefault(name, {})
    profile.update({key: value for key, value in settings.items() if key in PROFILE_KEYS and value is not None})
    lines = ["# orderly command line profiles: no secret is kept here", ""]
    for profile_name, values in profiles.items():
        lines.append(f"[profiles.{json.dumps(profile_name)}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in values.items() if key in PROFILE_KEYS)
        lines.append("")
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_private(path, "\n".join(lines))
    return path


def _write_private(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def _keyring() -> Any | None:
    """The keyring module when installed with a usable backend (not the fail/null one), else None."""
    if os.environ.get(ENV_SECRET_STORE, "").lower() == "file":
        return None
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
        from keyring.backends import fail  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "null" in type(backend).__module__.lower():
        return None
    return keyring


def _secret_file(profile: str) -> Path:
    return config_path().parent / "secrets" / f"{profile}.secret"


def store_secret(profile: str, account_id: str, secret: str) -> str:
    """Keep ``secret`` for the profile: in the OS keyring if there is one, else a 0600 file; where it went."""
    keyring = _keyring()
    if keyring is not None:
        keyring.set_password(KEYRING_SERVICE, f"{profile}:{account_id}", secret)
        return "keyring"
    path = _secret_file(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    _write_private(path, secret + "\n")
    return f"file {path}"


def load_secret(profile: str, account_id: str, store: str | None) -> str | None:
    """The profile's secret from where :func:`store_secret` put it, or None."""
    if store == "keyring":
        keyring = _keyring()
        return keyring.get_password(KEYRING_SERVICE, f"{profile}:{account_id}") if keyring is not None else None
    path = _secret_file(profile)
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8").strip() or None
