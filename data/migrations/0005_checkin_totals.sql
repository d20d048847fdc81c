-- Running totals of each goal's check-ins, so that a screen reads one row
-- a goal in place of years of check-ins. A row per counted check-in (of
-- its goal's cadence, on a period that exists): how many counted check-ins
-- its goal has up to this period and their sum, added in period order as
-- the goal maths add them, with this period's own value and the goal's
-- first counted period.
--
-- The triggers keep the common write exact on their own: a new latest
-- check-in appends a row; replacing or deleting the latest changes or
-- drops its row. Any other change marks the goal stale from the earliest
-- period it touched, and the store recomputes its rows from there before
-- the same transaction commits (data/totals.go). Readers treat a goal
-- still marked stale as having no totals and read its check-ins instead.
CREATE TABLE checkin_totals (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL,
    n          INTEGER NOT NULL CHECK (n >= 1),
    total      REAL    NOT NULL,
    value      REAL    NOT NULL,
    first_key  TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key)
) STRICT;

CREATE TABLE checkin_totals_stale (
    goal_id  INTEGER PRIMARY KEY,
    from_key TEXT    NOT NULL
) STRICT;

CREATE TRIGGER checkin_totals_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key)
    SELECT NEW.goal_id, NEW.period_key, coalesce(t.n, 0) + 1, coalesce(t.total, 0.0) + NEW.value, NEW.value,
           coalesce(t.first_key, NEW.period_key)
    FROM (SELECT 1) LEFT JOIN (SELECT n, total, first_key, period_key FROM checkin_totals
                                WHERE goal_id = NEW.goal_id ORDER BY period_key DESC LIMIT 1) t
    WHERE (t.period_key IS NULL OR t.period_key < NEW.period_key)
      AND NEW.value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308
      AND substr(NEW.period_key, 1, 4) > '0000'
      AND CASE (SELECT cadence FROM goals WHERE id = NEW.goal_id)
          WHEN 'week' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'
                           AND (substr(NEW.period_key, 7) BETWEEN '01' AND '52'
                                -- week 53 exists when the year starts on a Thursday, or on a
                                -- Wednesday in a leap year
                                OR substr(NEW.period_key, 7) = '53'
                                   AND (strftime('%w', substr(NEW.period_key, 1, 4) || '-01-01') = '4'
                                        OR strftime('%w', substr(NEW.period_key, 1, 4) || '-01-01') = '3'
                                           AND date(substr(NEW.period_key, 1, 4) || '-02-29') = substr(NEW.period_key, 1, 4) || '-02-29'))
          WHEN 'month' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                           AND substr(NEW.period_key, 6) BETWEEN '01' AND '12'
          WHEN 'quarter' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'
          WHEN 'half' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-H[12]'
          WHEN 'year' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]'
          ELSE 0 END;
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT NEW.goal_id, NEW.period_key WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
END;

CREATE TRIGGER checkin_totals_update AFTER UPDATE OF goal_id, period_key, value ON checkins BEGIN
    UPDATE checkin_totals SET value = NEW.value,
        total = coalesce((SELECT p.total FROM checkin_totals p WHERE p.goal_id = NEW.goal_id
                          AND p.period_key < NEW.period_key ORDER BY p.period_key DESC LIMIT 1), 0.0) + NEW.value
    WHERE goal_id = NEW.goal_id AND period_key = NEW.period_key
      AND OLD.goal_id = NEW.goal_id AND OLD.period_key = NEW.period_key
      AND NEW.value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308
      AND NOT EXISTS (SELECT 1 FROM checkin_totals l WHERE l.goal_id = NEW.goal_id AND l.period_key > NEW.period_key);
    INSERT INTO checkin_totals_stale (goal_id, from_key)
        SELECT OLD.goal_id, min(OLD.period_key, NEW.period_key) WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT NEW.goal_id, '' WHERE NEW.goal_id <> OLD.goal_id
        ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
END;

CREATE TRIGGER checkin_totals_delete AFTER DELETE ON checkins BEGIN
    DELETE FROM checkin_totals WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
      AND NOT EXISTS (SELECT 1 FROM checkin_totals l WHERE l.goal_id = OLD.goal_id AND l.period_key > OLD.period_key);
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT OLD.goal_id, OLD.period_key WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
END;

CREATE TRIGGER checkin_totals_cadence AFTER UPDATE OF cadence ON goals WHEN OLD.cadence IS NOT NEW.cadence BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.id, '')
        ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
END;

INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT id, '' FROM goals;
