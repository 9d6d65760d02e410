"""The bot folder's fixtures: a fresh sandbox per test and a client of its account with quick retries."""

from __future__ import annotations

from tests.bot.conftest import client, sandbox

__all__ = ["client", "sandbox"]
