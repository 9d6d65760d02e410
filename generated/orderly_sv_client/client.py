"""The shared client classes: one definition, in ``orderly_client.client``, for both generated packages."""

from orderly_client.client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
