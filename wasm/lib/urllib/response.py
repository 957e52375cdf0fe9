"""urllib.response: the response classes (see urllib.request)."""

from urllib.request import SimResponse as addinfourl  # noqa: F401

__all__ = ['addinfourl']
