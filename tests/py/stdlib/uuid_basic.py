# uuid: UUID parsing/formatting, fields, namespaces, uuid3/uuid5 (deterministic), uuid4/uuid1 shapes.
import uuid


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID("12345678123456781234567812345678") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"))
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID(int=5, version=4), uuid.UUID("12345678-1234-5678-1234-567812345678", version=1))
a = uuid.uuid4()
print(type(a).__name__, a.version, a.variant, len(str(a)), str(a).count("-"), a != uuid.uuid4(), len(a.bytes))
b = uuid.uuid1()
print(b.version, b.variant == uuid.RFC_4122, len(b.hex))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print({u: 1}[uuid.UUID(str(u))], uuid.SafeUUID.unknown, u.is_safe)
attempt(uuid.UUID, "123")
attempt(uuid.UUID, "zz345678-1234-5678-1234-567812345678")
attempt(uuid.UUID)
attempt(uuid.UUID, int=-1)
attempt(uuid.UUID, bytes=b"abc")
attempt(uuid.UUID, u.hex, version=9)
attempt(setattr, u, "x", 1)
