"""The clinic server: PostgreSQL shared by every station of a clinic. Imported only when
a server is configured (psycopg comes with the optional extra ``kneeapp[clinic]``)."""
