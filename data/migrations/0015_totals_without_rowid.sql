-- The running totals (migration 5) become a WITHOUT ROWID table keyed by
-- goal and period (issue 17). As a rowid table each row was written, and
-- each read found, twice: once in the table and once in the index of its
-- primary key. Now the key is the table: a check-in's save writes one
-- page of totals instead of two (four pages a save, three now, each
-- flushed to the disk), and the dashboard and the reviews read one.
--
-- The rows are copied aside and back rather than the new table renamed:
-- a rename rewrites or checks the triggers on checkins that write these
-- totals, which name the table.
CREATE TEMP TABLE checkin_totals_copy AS
    SELECT goal_id, period_key, n, total, value, first_key, inexact, units FROM checkin_totals;

DROP TABLE checkin_totals;

CREATE TABLE checkin_totals (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL,
    n          INTEGER NOT NULL CHECK (n >= 1),
    total      REAL    NOT NULL,
    value      REAL    NOT NULL,
    first_key  TEXT    NOT NULL,
    inexact    INTEGER NOT NULL DEFAULT 0,
    units      INTEGER,
    PRIMARY KEY (goal_id, period_key)
) STRICT, WITHOUT ROWID;

INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key, inexact, units)
    SELECT goal_id, period_key, n, total, value, first_key, inexact, units FROM temp.checkin_totals_copy
    WHERE goal_id IN (SELECT id FROM goals) -- not those of goals another program deleted with its keys off
    ORDER BY goal_id, period_key;

DROP TABLE temp.checkin_totals_copy;
