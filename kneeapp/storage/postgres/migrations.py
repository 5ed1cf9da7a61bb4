"""The clinic server's schema, step by step: each step is the SQL that takes the server from
one version to the next (applied by ``kneeapp server init``, see schema.py). Append a
step for a change; never change a step a server may have run.

Roles: whoever runs ``server init`` owns the schema; ``kneeapp_clinician`` reads every
patient; ``kneeapp_kiosk`` can only add sessions and read one named patient's own, through
SECURITY DEFINER functions: it has no right on any table, so it cannot list patients.
"""

from __future__ import annotations

from kneeapp.domain.pin import FIRST_LOCK_SECONDS, FREE_TRIES, MAX_LOCK_SECONDS
from kneeapp.storage.postgres.connection import SCHEMA

CLINICIAN_ROLE = "kneeapp_clinician"
KIOSK_ROLE = "kneeapp_kiosk"
# What the clinic sets once for every station (the keys of the stations' kiosk.json).
CLINIC_SETTING_KEYS = ("pin_hash", "idle_seconds", "check_idle_seconds", "language", "keep_photos")
NOTIFY_CHANNEL = "kneeapp_sessions"  # the trigger sends new sessions' uids, nothing else

_V1 = f"""
CREATE TABLE patients (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- What a person may tell about themselves; all optional.
    display_name text NOT NULL DEFAULT '',
    birth_year integer,
    painful_side text,
    weekly_km double precision,
    uid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid()  -- names them in exported files
);
CREATE TABLE sessions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    patient_id bigint NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    station text NOT NULL,
    recorded_at timestamptz NOT NULL,
    note text NOT NULL DEFAULT '',
    note_version integer NOT NULL DEFAULT 0,  -- notes change by version, never in silence
    advice text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_by_patient_time ON sessions (patient_id, recorded_at, id);
-- A side without a value (not rated, or skipped on purpose) is NULL; the skip says why.
CREATE TABLE measurements (
    session_id bigint NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    check_id text NOT NULL,
    measure_id text NOT NULL,
    left_value double precision,
    right_value double precision,
    left_skip text CHECK (left_skip IN ('not_done', 'too_painful', 'could_not')),
    right_skip text CHECK (right_skip IN ('not_done', 'too_painful', 'could_not')),
    PRIMARY KEY (session_id, check_id, measure_id)
);
CREATE TABLE red_flag_answers (
    session_id bigint NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    flag_id text NOT NULL,
    answer boolean NOT NULL,
    PRIMARY KEY (session_id, flag_id)
);
-- Tombstones: each station erases its own copy of these patients at its next contact.
CREATE TABLE erasures (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient text,  -- NULL: every patient
    erased_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION add_session(
    p_uid uuid, p_patient text, p_station text, p_recorded_at timestamptz,
    p_note text, p_advice text, p_readings jsonb, p_red_flags jsonb
) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
DECLARE
    v_patient bigint;
    v_session bigint;
BEGIN
    INSERT INTO patients (name) VALUES (p_patient) ON CONFLICT (name) DO NOTHING;
    SELECT id INTO v_patient FROM patients WHERE name = p_patient;
    INSERT INTO sessions (uid, patient_id, station, recorded_at, note, advice)
    VALUES (p_uid, v_patient, p_station, p_recorded_at, p_note, p_advice)
    ON CONFLICT (uid) DO NOTHING
    RETURNING id INTO v_session;
    IF v_session IS NULL THEN
        RETURN false;  -- sent before: a replay adds nothing
    END IF;
    INSERT INTO measurements
    SELECT v_session, r->>'check', r->>'measure', (r->>'left')::double precision,
           (r->>'right')::double precision, r->>'left_skip', r->>'right_skip'
    FROM jsonb_array_elements(p_readings) AS r;
    INSERT INTO red_flag_answers
    SELECT v_session, f.key, f.value::boolean FROM jsonb_each_text(p_red_flags) AS f;
    RETURN true;
END $$;

-- What a kiosk may read: the sessions of the patient signed in there, by their name.
CREATE FUNCTION patient_sessions(p_patient text)
RETURNS TABLE (uid uuid, recorded_at timestamptz, note text, advice text,
               readings jsonb, red_flags jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    SELECT s.uid, s.recorded_at, s.note, s.advice,
           COALESCE((SELECT jsonb_agg(jsonb_build_array(m.check_id, m.measure_id,
                         m.left_value, m.right_value, m.left_skip, m.right_skip))
                     FROM measurements AS m WHERE m.session_id = s.id), '[]'),
           COALESCE((SELECT jsonb_object_agg(a.flag_id, a.answer)
                     FROM red_flag_answers AS a WHERE a.session_id = s.id), '{{}}')
    FROM sessions AS s JOIN patients AS p ON p.id = s.patient_id
    WHERE p.name = p_patient
    ORDER BY s.recorded_at, s.id
$$;

-- What a station must erase of its own copy: those of the names it holds (with the time
-- each was first stored there) that a clinician erased afterwards. A station learns
-- nothing of patients it does not already hold.
CREATE FUNCTION erased_among(p_names text[], p_since timestamptz[])
RETURNS TABLE (patient text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    SELECT held.name
    FROM unnest(p_names, p_since) AS held (name, since)
    WHERE EXISTS (SELECT 1 FROM erasures AS e
                  WHERE e.patient = held.name AND e.erased_at > held.since)
$$;

CREATE FUNCTION notify_session() RETURNS trigger
LANGUAGE plpgsql SET search_path = {SCHEMA}, pg_temp AS $$
BEGIN
    PERFORM pg_notify('{NOTIFY_CHANNEL}', NEW.uid::text);
    RETURN NULL;
END $$;
CREATE TRIGGER sessions_notify AFTER INSERT ON sessions
FOR EACH ROW EXECUTE FUNCTION notify_session();

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC;
GRANT USAGE ON SCHEMA {SCHEMA} TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
GRANT SELECT ON schema_migrations TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
GRANT EXECUTE ON FUNCTION add_session(uuid, text, text, timestamptz, text, text, jsonb, jsonb),
    patient_sessions(text), erased_among(text[], timestamptz[])
    TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
GRANT SELECT, DELETE ON patients, sessions, measurements, red_flag_answers
    TO {CLINICIAN_ROLE};
GRANT UPDATE (note, note_version) ON sessions TO {CLINICIAN_ROLE};
GRANT INSERT (name, display_name, birth_year, painful_side, weekly_km, uid),
    UPDATE (display_name, birth_year, painful_side, weekly_km) ON patients
    TO {CLINICIAN_ROLE};
GRANT SELECT, INSERT ON erasures TO {CLINICIAN_ROLE};
"""

# Patients' kiosk PINs. A kiosk never reads a PIN's hash: it asks for the name's salt,
# derives the scrypt key of the typed PIN and the server compares it here, counting wrong
# tries and locking the name as the kiosk's own PIN lock does (domain/pin.py). Rows are
# keyed by the name's key (lower case, composed), made at a name's first try whether or
# not the name is a patient's, and the salt of a name comes from a secret of the server,
# the same before and after it is used: nothing tells a kiosk which names are known.
_V2 = f"""
CREATE TABLE patient_pins (
    name_key text PRIMARY KEY,
    pin_key text,  -- hex scrypt key of the PIN with this name's salt; NULL: none chosen
    failures integer NOT NULL DEFAULT 0,
    next_lock double precision NOT NULL DEFAULT {FIRST_LOCK_SECONDS},
    locked_until timestamptz NOT NULL DEFAULT '-infinity'
);
CREATE TABLE pin_secret (secret text NOT NULL);
INSERT INTO pin_secret VALUES (md5(random()::text) || gen_random_uuid()::text);

CREATE FUNCTION patient_pin_salt(p_key text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    SELECT md5(secret || p_key) FROM pin_secret
$$;

-- One try of a name's PIN: p_choose for a PIN chosen on a first visit (accepted for a
-- name without one; for a name with one, only that one is accepted).
CREATE FUNCTION patient_pin_try(p_key text, p_pin_key text, p_choose boolean)
RETURNS TABLE (verdict text, tries_left integer, locked_seconds double precision)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
DECLARE
    r patient_pins%ROWTYPE;
BEGIN
    INSERT INTO patient_pins (name_key) VALUES (p_key) ON CONFLICT (name_key) DO NOTHING;
    SELECT * INTO r FROM patient_pins WHERE name_key = p_key FOR UPDATE;
    IF r.locked_until > now() THEN
        RETURN QUERY SELECT 'locked', 0,
            extract(epoch FROM r.locked_until - now())::double precision;
        RETURN;
    END IF;
    IF (r.pin_key IS NULL AND p_choose) OR r.pin_key = p_pin_key THEN
        UPDATE patient_pins SET pin_key = COALESCE(r.pin_key, p_pin_key), failures = 0,
            next_lock = {FIRST_LOCK_SECONDS}, locked_until = '-infinity'
        WHERE name_key = p_key;
        RETURN QUERY SELECT 'accepted', 0, 0::double precision;
        RETURN;
    END IF;
    IF r.failures + 1 < {FREE_TRIES} THEN
        UPDATE patient_pins SET failures = r.failures + 1 WHERE name_key = p_key;
        RETURN QUERY SELECT CASE WHEN p_choose THEN 'taken' ELSE 'wrong' END,
            {FREE_TRIES} - r.failures - 1, 0::double precision;
        RETURN;
    END IF;
    UPDATE patient_pins SET failures = r.failures + 1,
        next_lock = least(r.next_lock * 2, {MAX_LOCK_SECONDS}),
        locked_until = now() + r.next_lock * interval '1 second'
    WHERE name_key = p_key;
    RETURN QUERY SELECT 'locked', 0, r.next_lock;
END $$;

CREATE FUNCTION patient_pin_reset(p_key text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    DELETE FROM patient_pins WHERE name_key = p_key
$$;

REVOKE ALL ON FUNCTION patient_pin_salt(text), patient_pin_try(text, text, boolean),
    patient_pin_reset(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION patient_pin_salt(text), patient_pin_try(text, text, boolean),
    patient_pin_reset(text) TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
GRANT DELETE ON patient_pins TO {CLINICIAN_ROLE};
"""

# Version 3: what a side's photo angle was measured from (its marks, with the KneeCheck
# version) and the photos the person chose to keep; add_session and patient_sessions
# carry them.
_V3 = f"""
CREATE TABLE photo_marks (
    session_id bigint NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    check_id text NOT NULL,
    measure_id text NOT NULL,
    side text NOT NULL CHECK (side IN ('left', 'right')),
    marks jsonb NOT NULL,  -- each photo's points, reference line and size; app_version
    PRIMARY KEY (session_id, check_id, measure_id, side)
);
CREATE TABLE kept_photos (
    session_id bigint NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    check_id text NOT NULL,
    measure_id text NOT NULL,
    side text NOT NULL CHECK (side IN ('left', 'right')),
    position integer NOT NULL,  -- of its marks among the side's photos
    image bytea NOT NULL,
    PRIMARY KEY (session_id, check_id, measure_id, side, position)
);

DROP FUNCTION add_session(uuid, text, text, timestamptz, text, text, jsonb, jsonb);
CREATE FUNCTION add_session(
    p_uid uuid, p_patient text, p_station text, p_recorded_at timestamptz,
    p_note text, p_advice text, p_readings jsonb, p_red_flags jsonb, p_photos jsonb
) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
DECLARE
    v_patient bigint;
    v_session bigint;
BEGIN
    INSERT INTO patients (name) VALUES (p_patient) ON CONFLICT (name) DO NOTHING;
    SELECT id INTO v_patient FROM patients WHERE name = p_patient;
    INSERT INTO sessions (uid, patient_id, station, recorded_at, note, advice)
    VALUES (p_uid, v_patient, p_station, p_recorded_at, p_note, p_advice)
    ON CONFLICT (uid) DO NOTHING
    RETURNING id INTO v_session;
    IF v_session IS NULL THEN
        RETURN false;  -- sent before: a replay adds nothing
    END IF;
    INSERT INTO measurements (session_id, check_id, measure_id, left_value, right_value,
                              left_skip, right_skip)
    SELECT v_session, r->>'check', r->>'measure', (r->>'left')::double precision,
           (r->>'right')::double precision, r->>'left_skip', r->>'right_skip'
    FROM jsonb_array_elements(p_readings) AS r;
    INSERT INTO red_flag_answers
    SELECT v_session, f.key, f.value::boolean FROM jsonb_each_text(p_red_flags) AS f;
    INSERT INTO photo_marks
    SELECT v_session, e->>'check', e->>'measure', e->>'side', e->'marks'
    FROM jsonb_array_elements(p_photos) AS e;
    INSERT INTO kept_photos
    SELECT v_session, e->>'check', e->>'measure', e->>'side', i.n - 1,
           decode(i.image, 'base64')
    FROM jsonb_array_elements(p_photos) AS e,
         jsonb_array_elements_text(e->'images') WITH ORDINALITY AS i (image, n)
    WHERE i.image IS NOT NULL;
    RETURN true;
END $$;

DROP FUNCTION patient_sessions(text);
CREATE FUNCTION patient_sessions(p_patient text)
RETURNS TABLE (uid uuid, recorded_at timestamptz, note text, advice text,
               readings jsonb, red_flags jsonb, photos jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    SELECT s.uid, s.recorded_at, s.note, s.advice,
           COALESCE((SELECT jsonb_agg(jsonb_build_array(m.check_id, m.measure_id,
                         m.left_value, m.right_value, m.left_skip, m.right_skip))
                     FROM measurements AS m WHERE m.session_id = s.id), '[]'),
           COALESCE((SELECT jsonb_object_agg(a.flag_id, a.answer)
                     FROM red_flag_answers AS a WHERE a.session_id = s.id), '{{}}'),
           COALESCE((SELECT jsonb_agg(jsonb_build_array(k.check_id, k.measure_id, k.side,
                         k.marks,
                         (SELECT COALESCE(jsonb_agg(jsonb_build_array(
                                     c.position, encode(c.image, 'base64'))), '[]')
                          FROM kept_photos AS c
                          WHERE c.session_id = s.id AND c.check_id = k.check_id
                            AND c.measure_id = k.measure_id AND c.side = k.side)))
                     FROM photo_marks AS k WHERE k.session_id = s.id), '[]')
    FROM sessions AS s JOIN patients AS p ON p.id = s.patient_id
    WHERE p.name = p_patient
    ORDER BY s.recorded_at, s.id
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    add_session(uuid, text, text, timestamptz, text, text, jsonb, jsonb, jsonb),
    patient_sessions(text)
    TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
GRANT SELECT, DELETE ON photo_marks, kept_photos TO {CLINICIAN_ROLE};
"""

# Version 4: the clinic's settings, the same at every station: the clinician PIN's hash,
# the idle times, the start screen's language and whether patients may keep photos. The
# first station (or desk) to reach the server brings its own where the clinic has none;
# after that the server's apply everywhere. Each station keeps the last ones it saw, so
# it works on when the server cannot be reached, and keeps its PIN lock to itself.
_V4 = f"""
CREATE TABLE clinic_settings (
    key text PRIMARY KEY CHECK (key IN ({", ".join(f"'{key}'" for key in CLINIC_SETTING_KEYS)})),
    value jsonb NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- The clinic's settings, after adding those of p_seed the clinic does not have yet.
CREATE FUNCTION clinic_settings(p_seed jsonb)
RETURNS TABLE (key text, value jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
BEGIN
    INSERT INTO clinic_settings AS c (key, value)
    SELECT s.key, s.value FROM jsonb_each(p_seed) AS s
    WHERE s.key IN ({", ".join(f"'{key}'" for key in CLINIC_SETTING_KEYS)})
    ON CONFLICT ON CONSTRAINT clinic_settings_pkey DO NOTHING;
    RETURN QUERY SELECT c.key, c.value FROM clinic_settings AS c ORDER BY c.key;
END $$;

CREATE FUNCTION set_clinic_settings(p_values jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
    INSERT INTO clinic_settings AS c (key, value)
    SELECT s.key, s.value FROM jsonb_each(p_values) AS s
    ON CONFLICT ON CONSTRAINT clinic_settings_pkey
    DO UPDATE SET value = excluded.value, changed_at = now()
$$;

REVOKE ALL ON FUNCTION clinic_settings(jsonb), set_clinic_settings(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clinic_settings(jsonb), set_clinic_settings(jsonb)
    TO {CLINICIAN_ROLE}, {KIOSK_ROLE};
"""

# Step N takes the server from version N to N + 1; append, never change a step.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)
