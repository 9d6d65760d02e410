"""Contains shared errors types that can be raised from API functions"""


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


__all__ = ["OrderlyError", "UnexpectedStatus", "UnparsableResponse"]
