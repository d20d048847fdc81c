-- Exact running totals (issue 17). Money has cents, and a difference of
-- two float totals is not the sum of the values between them added one
-- by one, so the review read its sums from the totals for whole numbers
-- only. A goal keeps its values to its decimals: units is the running
-- total as a whole number of the goal's last decimal (value × 10^decimals,
-- rounded as SQLite's round does, app.ValueUnits), so the difference of
-- two rows' units is exactly the sum of the values between them, cents
-- and all. It is NULL from the first value that is not a whole number of
-- units (digits beyond the goal's decimals, or 2^53 units or more) or the
-- first total of 2^53 units or more on, and the review then reads that
-- goal's check-ins. inexact (migration 9) is no longer kept.
ALTER TABLE checkin_totals ADD COLUMN units INTEGER;

DROP TRIGGER checkin_totals_insert;
CREATE TRIGGER checkin_totals_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key, units)
    SELECT NEW.goal_id, NEW.period_key, coalesce(t.n, 0) + 1, coalesce(t.total, 0.0) + NEW.value, NEW.value,
           coalesce(t.first_key, NEW.period_key),
           CASE WHEN abs(iif(t.period_key IS NULL, 0, t.units) + g.uv) < 9007199254740992
                THEN iif(t.period_key IS NULL, 0, t.units) + g.uv END
    FROM (SELECT cadence, CASE WHEN abs(NEW.value * sc) < 9007199254740992.0
                         AND CAST(round(NEW.value * sc) AS INTEGER) / sc = NEW.value
                    THEN CAST(round(NEW.value * sc) AS INTEGER) END AS uv
          FROM (SELECT cadence, CASE decimals WHEN 0 THEN 1.0 WHEN 1 THEN 10.0 WHEN 2 THEN 100.0 WHEN 3 THEN 1000.0 WHEN 4 THEN 10000.0 WHEN 5 THEN 100000.0 ELSE 1000000.0 END AS sc
                FROM goals WHERE id = NEW.goal_id)) g
    LEFT JOIN (SELECT n, total, first_key, period_key, units FROM checkin_totals
               WHERE goal_id = NEW.goal_id ORDER BY period_key DESC LIMIT 1) t
    WHERE (t.period_key IS NULL OR t.period_key < NEW.period_key)
      AND NEW.value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308
      AND substr(NEW.period_key, 1, 4) > '0000'
      AND CASE g.cadence
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

DROP TRIGGER checkin_totals_update;
CREATE TRIGGER checkin_totals_update AFTER UPDATE OF goal_id, period_key, value ON checkins BEGIN
    UPDATE checkin_totals SET value = NEW.value, total = x.total, units = x.units
    FROM (SELECT coalesce(t.total, 0.0) + NEW.value AS total,
                 CASE WHEN abs(iif(t.period_key IS NULL, 0, t.units) + g.uv) < 9007199254740992
                      THEN iif(t.period_key IS NULL, 0, t.units) + g.uv END AS units
          FROM (SELECT CASE WHEN abs(NEW.value * sc) < 9007199254740992.0
                         AND CAST(round(NEW.value * sc) AS INTEGER) / sc = NEW.value
                    THEN CAST(round(NEW.value * sc) AS INTEGER) END AS uv
                FROM (SELECT CASE decimals WHEN 0 THEN 1.0 WHEN 1 THEN 10.0 WHEN 2 THEN 100.0 WHEN 3 THEN 1000.0 WHEN 4 THEN 10000.0 WHEN 5 THEN 100000.0 ELSE 1000000.0 END AS sc
                      FROM goals WHERE id = NEW.goal_id)) g
          LEFT JOIN (SELECT period_key, total, units FROM checkin_totals
                     WHERE goal_id = NEW.goal_id AND period_key < NEW.period_key ORDER BY period_key DESC LIMIT 1) t) x
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

-- Units are of the goal's last decimal: other decimals, other units.
CREATE TRIGGER checkin_totals_decimals AFTER UPDATE OF decimals ON goals WHEN OLD.decimals IS NOT NEW.decimals BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.id, '')
        ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
END;

-- The units of the rows so far, in one pass: each row's value in units,
-- their running sum per goal, NULL from the first value that is not
-- exact on. A goal whose totals are recomputed anyway (marked from its
-- first period by an earlier migration) is skipped; one whose running
-- total reaches 2^53 units is marked so, and recomputed at open.
UPDATE checkin_totals SET units = r.units
FROM (SELECT rid, CASE WHEN nulls = 0 THEN CAST(s AS INTEGER) END AS units, s
      FROM (SELECT rid, total(uv) OVER w AS s, sum(uv IS NULL) OVER w AS nulls
            FROM (SELECT t.rowid AS rid, t.goal_id, t.period_key,
                         CASE WHEN abs(t.value * g.sc) < 9007199254740992.0
                               AND CAST(round(t.value * g.sc) AS INTEGER) / g.sc = t.value
                              THEN CAST(round(t.value * g.sc) AS INTEGER) END AS uv
                  FROM checkin_totals t
                  JOIN (SELECT id, CASE decimals WHEN 0 THEN 1.0 WHEN 1 THEN 10.0 WHEN 2 THEN 100.0 WHEN 3 THEN 1000.0 WHEN 4 THEN 10000.0 WHEN 5 THEN 100000.0 ELSE 1000000.0 END AS sc FROM goals
                        WHERE id NOT IN (SELECT goal_id FROM checkin_totals_stale WHERE from_key = '')) g
                    ON g.id = t.goal_id)
            WINDOW w AS (PARTITION BY goal_id ORDER BY period_key))) r
WHERE checkin_totals.rowid = r.rid AND abs(r.s) < 9007199254740992.0;

INSERT INTO checkin_totals_stale (goal_id, from_key)
    SELECT DISTINCT goal_id, '' FROM checkin_totals WHERE units IS NULL
        AND NOT EXISTS (SELECT 1 FROM checkin_totals_stale s WHERE s.goal_id = checkin_totals.goal_id AND s.from_key = '')
    ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
