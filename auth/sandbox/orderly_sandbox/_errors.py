"""The sandbox's refusals: an Orderly error code with the HTTP status Orderly pairs it with.

Which check answers which code is tabled in the package docstring (``orderly_sandbox``).
"""

from __future__ import annotations

UNKNOWN = -1000
BAD_KEY_FORMAT = -1001
UNAUTHORIZED = -1002
RATE_LIMITED = -1003
UNKNOWN_PARAMETER = -1004
INVALID_PARAMETER = -1005
NOT_FOUND = -1006
DUPLICATE = -1007

#: The HTTP status Orderly sends with each code (ORDERLY.md); codes not listed answer 400.
STATUS_OF_CODE: dict[int, int] = {
    UNKNOWN: 500,
    BAD_KEY_FORMAT: 401,
    UNAUTHORIZED: 401,
    RATE_LIMITED: 429,
    DUPLICATE: 409,
}


def status_for(code: int) -> int:
    """The HTTP status that goes with an Orderly error code."""
    return STATUS_OF_CODE.get(code, 400)


class ApiError(Exception):
    """A request the sandbox refuses: answered ``{"success": false, "code", "message"}``."""

    def __init__(self, code: int, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status_for(code) if status is None else status

    def __repr__(self) -> str:
        return f"ApiError(code={self.code}, status={self.status}, message={self.message!r})"
