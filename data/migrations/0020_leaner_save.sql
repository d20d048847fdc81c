-- A check-in's durable save is the write a user waits for (issue 17), and
-- beyond the bare INSERT most of its cost was the triggers it fires, run
-- by SQLite's interpreter on every save. Two of them did more than their
-- work needs; the rows they write are the same.
--
-- The running totals joined the goal's latest totals row as a subquery
-- with ORDER BY ... LIMIT 1, which SQLite materializes into a temporary
-- table on every save; joined by its key, found by max(period_key), it is
-- two searches of the primary key.
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
    LEFT JOIN checkin_totals t ON t.goal_id = NEW.goal_id
         AND t.period_key = (SELECT max(period_key) FROM checkin_totals WHERE goal_id = NEW.goal_id)
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
-- A new totals row made two triggers ask whether the goal's head is
-- later than it: one to take the row as the head, one to only redraw the
-- mark. One upsert does both: a head later than the row keeps its fields,
-- any other takes the row's, and the mark is drawn again either way.
DROP TRIGGER checkin_heads_insert;
DROP TRIGGER checkin_heads_mark_insert;
CREATE TRIGGER checkin_heads_insert AFTER INSERT ON checkin_totals BEGIN
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        VALUES (NEW.goal_id, NEW.period_key, NEW.n, NEW.total, NEW.value, random())
        ON CONFLICT (goal_id) DO UPDATE SET
            period_key = iif(period_key > excluded.period_key, period_key, excluded.period_key),
            n = iif(period_key > excluded.period_key, n, excluded.n),
            total = iif(period_key > excluded.period_key, total, excluded.total),
            value = iif(period_key > excluded.period_key, value, excluded.value),
            mark = excluded.mark;
END;
