-- A journal as schema version 3 wrote it (Stridelog 1.1, before ratings, morning checks and
-- the way back): version 2's tables with kept tracks, a logged and an imported run. Kept
-- unchanged: the store test migrates it to the current version.
PRAGMA application_id = 1398033479;
CREATE TABLE shoe ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200), limit_m INTEGER NOT NULL CHECK (limit_m > 0), start_m INTEGER NOT NULL DEFAULT 0 CHECK (start_m >= 0), since TEXT, retired_on TEXT, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE run ( id INTEGER PRIMARY KEY, start_utc INTEGER NOT NULL, start_offset INTEGER NOT NULL, distance_m INTEGER NOT NULL CHECK (distance_m > 0), duration_s INTEGER NOT NULL CHECK (duration_s > 0), shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL, surface TEXT, hilly INTEGER NOT NULL DEFAULT 0, type TEXT, rpe INTEGER, cadence INTEGER, hr INTEGER, notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'manual');
CREATE TABLE pain ( id INTEGER PRIMARY KEY, start_utc INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_utc INTEGER, end_offset INTEGER, run_id INTEGER REFERENCES run(id) ON DELETE SET NULL, knee TEXT NOT NULL, site TEXT NOT NULL, intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10), onset TEXT NOT NULL, swelling INTEGER NOT NULL DEFAULT 0, locking INTEGER NOT NULL DEFAULT 0, sharp INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX run_by_start ON run(start_utc);
CREATE INDEX pain_by_start ON pain(start_utc);
ALTER TABLE run ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX run_by_source_key ON run(source_key) WHERE source_key IS NOT NULL;
CREATE INDEX run_by_shoe ON run(shoe_id);
CREATE INDEX pain_by_run ON pain(run_id);
CREATE TABLE run_track ( run_id INTEGER PRIMARY KEY, points INTEGER NOT NULL CHECK (points >= 0), data BLOB NOT NULL);
INSERT INTO shoe VALUES (3, 'Road pair «v3»', 900000, 120000, '2025-09-01', NULL, 'bought in Tromsø');
INSERT INTO run VALUES (7, 1773124200, 3600, 12345, 4000, 3, 'trail', 1, 'long', 6, 170, 151, 'first long run', 'manual', NULL);
INSERT INTO run VALUES (8, 1773210600, 3600, 5012, 1800, NULL, NULL, 0, NULL, NULL, 164, 148, 'Morning loop', 'gpx', 'sha256:0f3a');
INSERT INTO pain VALUES (5, 1773158400, 3600, 1773417600, 3600, 7, 'left', 'below', 6, 'start', 0, 0, 0, 'stage three');
INSERT INTO setting VALUES ('weekly_increase_pct', '15');
PRAGMA user_version = 3;
