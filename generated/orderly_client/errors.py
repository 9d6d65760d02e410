"""Contains shared errors types that can be raised from API functions"""

from urllib.parse import quote


class OrderlyError(Exception):
    """Base of every error this SDK raises, here and in ``orderly_auth``."""


class UnexpectedStatus(OrderlyError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnparsableResponse(OrderlyError):
    """Raised by api functions when an answer does not fit the model the spec gives for it.

    The server did answer, and with a success status it processed the request: do not send it
    again blindly. ``status_code`` and ``content`` hold the answer as received.
    """

    def __init__(self, status_code: int, content: bytes, cause: Exception):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"HTTP {status_code} answer does not fit the spec's model ({type(cause).__name__}: {cause}); "
            f"if the status is a success, the request was processed\n\nResponse content:\n"
            f"{content[:2000].decode(errors='ignore')}"
        )


class PageOrderError(OrderlyError):
    """A paged answer did not move forward: the server answered another page than the one asked for.

    Raised before that page's rows are handed on, so a server repeating a page never loops a reader for ever.
    """

    def __init__(self, asked: int, answered: int):
        self.asked = asked
        self.answered = answered
        super().__init__(f"asked for page {asked}, the answer says page {answered}; stopped rather than loop")


class PathParameterError(OrderlyError, ValueError):
    """A path parameter that would change the path it is put in (empty, ``.``, ``..``, or with a slash).

    Raised by api functions before anything is sent: ``client_order_id=".."`` would otherwise
    send ``GET /v1/client``, validly signed.
    """

    def __init__(self, name: str, value: object):
        self.name = name
        text = str(value)
        shown = repr(text) if len(text) <= 40 else f"{text[:20]!r}... ({len(text)} characters)"
        super().__init__(
            f"path parameter {name} must be one non-empty path segment (not '.' or '..', "
            f"no slash or backslash), got {shown}"
        )


def path_segment(name: str, value: object) -> str:
    """``value`` as one percent-encoded path segment; :class:`PathParameterError` if it would change the path."""
    text = str(value)
    if text in ("", ".", "..") or "/" in text or "\\" in text:
        raise PathParameterError(name, value)
    return quote(text, safe="")


__all__ = [
    "OrderlyError",
    "PageOrderError",
    "PathParameterError",
    "UnexpectedStatus",
    "UnparsableResponse",
    "path_segment",
]
