"""A client library for accessing Orderly Strategy Vault"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
