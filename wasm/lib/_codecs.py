"""_codecs: encode() and decode() for the text encodings str and bytes know.

Pickle protocols 0-2 save bytes as `_codecs.encode(latin1_text, 'latin1')`
(CPython's way to stay readable by Python 2), so unpickling them needs
_codecs.encode; only text <-> bytes codecs are available.
"""


def encode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(obj, str):
        raise TypeError("encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return bytes(obj).decode(encoding, errors)
