"""File formats KneeCheck writes and reads, without Qt and without storage: what a format
is (``formats``) and the FHIR bundle (``fhir``)."""
