"""The command's exit codes, and which error maps to which: scripts branch on them (documented in --help)."""

from __future__ import annotations

import enum

from .. import errors

__all__ = ["EXIT_CODES_HELP", "Exit", "exit_code"]


class Exit(enum.IntEnum):
    """What a non-zero exit means."""

    OK = 0
    ERROR = 1  # anything unexpected
    USAGE = 2  # a wrong option or argument (Click's own code)
    CONFIG = 3  # no credentials, an unknown network, a bad value caught before anything was sent
    AUTH = 4  # the server refused the key, its signature or its scope
    REFUSED = 5  # the server refused the request (an order rejected, not found, insufficient margin, ...)
    NETWORK = 6  # the server could not be reached, or the connection dropped
    RATE_LIMITED = 7  # rate limited after the retries
    UNKNOWN_OUTCOME = 8  # the request may or may not have taken effect: check before resending
    ABORTED = 9  # confirmation declined
    INTERRUPTED = 130  # Ctrl-C


EXIT_CODES_HELP = (
    "Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 configuration or bad input (nothing sent), "
    "4 key refused, 5 request refused by Orderly, 6 network or dropped connection, 7 rate limited, "
    "8 outcome unknown (check before resending), 9 confirmation declined, 130 interrupted."
)


def exit_code(error: BaseException) -> Exit:
    """The exit code for an error the SDK raised."""
    checks: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], Exit], ...] = (
        (errors.OutcomeUnknownError, Exit.UNKNOWN_OUTCOME),
        (errors.RateLimitError, Exit.RATE_LIMITED),
        (errors.AuthenticationError, Exit.AUTH),
        ((errors.ConnectError, errors.TransportError, ConnectionError, OSError), Exit.NETWORK),
        ((errors.ConfigurationError, errors.KeyFormatError, errors.MissingCredentialsError), Exit.CONFIG),
        ((errors.OrderlyAPIError, errors.UnexpectedStatus), Exit.REFUSED),
    )
    for kinds, code in checks:
        if isinstance(error, kinds):
            return code
    return Exit.ERROR
