"""Orderly Network SDK: credentials, request signing and a ready client for ``orderly_client``."""

__all__: list[str] = []
