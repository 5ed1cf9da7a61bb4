"""The clinic server: PostgreSQL shared by every station of a clinic. Imported only when
a server is configured (psycopg comes with the optional extra ``kneeapp[clinic]``)."""

from kneeapp.domain.repository import StorageError

try:
    import psycopg  # noqa: F401  (every module of this package needs it)
except ImportError as missing:  # the optional extra is not installed
    raise StorageError(
        "This KneeCheck was installed without clinic server support: install "
        "kneeapp[clinic] (it adds psycopg) to use a clinic server."
    ) from missing
