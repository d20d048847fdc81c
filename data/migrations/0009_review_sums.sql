-- The review of a period adds up each goal's check-ins of that period and
-- of the two it compares with. It takes each sum from the running totals
-- at the period's two ends (migration 5) where their difference is
-- exactly the sum added value by value, as the review adds them: every
-- value in between a whole number and every running total below 2^52 in
-- size, so that no addition rounds. inexact counts the rows, up to this
-- one, that are not so. checkin_uncounted lists a goal's check-ins that
-- its totals leave out (of another cadence, or of a period that does not
-- exist): a review of periods that have one reads that goal's check-ins.
--
-- The triggers below are those of migration 5 with inexact added; the
-- store rewrites checkin_uncounted with the totals it recomputes before
-- commit (data/totals.go), the only path on which a check-in is left out.
ALTER TABLE checkin_totals ADD COLUMN inexact INTEGER NOT NULL DEFAULT 0;

CREATE TABLE checkin_uncounted (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key)
) STRICT;

DROP TRIGGER checkin_totals_insert;
CREATE TRIGGER checkin_totals_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkin_totals (goal_id, period_key, n, total, value, first_key, inexact)
    SELECT NEW.goal_id, NEW.period_key, coalesce(t.n, 0) + 1, coalesce(t.total, 0.0) + NEW.value, NEW.value,
           coalesce(t.first_key, NEW.period_key),
           coalesce(t.inexact, 0) + (NEW.value <> round(NEW.value)
                                     OR abs(coalesce(t.total, 0.0) + NEW.value) >= 4503599627370496.0)
    FROM (SELECT 1) LEFT JOIN (SELECT n, total, first_key, period_key, inexact FROM checkin_totals
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

DROP TRIGGER checkin_totals_update;
CREATE TRIGGER checkin_totals_update AFTER UPDATE OF goal_id, period_key, value ON checkins BEGIN
    UPDATE checkin_totals SET value = NEW.value,
        total = coalesce((SELECT p.total FROM checkin_totals p WHERE p.goal_id = NEW.goal_id
                          AND p.period_key < NEW.period_key ORDER BY p.period_key DESC LIMIT 1), 0.0) + NEW.value,
        inexact = coalesce((SELECT p.inexact FROM checkin_totals p WHERE p.goal_id = NEW.goal_id
                            AND p.period_key < NEW.period_key ORDER BY p.period_key DESC LIMIT 1), 0)
                  + (NEW.value <> round(NEW.value)
                     OR abs(coalesce((SELECT p.total FROM checkin_totals p WHERE p.goal_id = NEW.goal_id
                                      AND p.period_key < NEW.period_key ORDER BY p.period_key DESC LIMIT 1), 0.0)
                            + NEW.value) >= 4503599627370496.0)
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

INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT id, '' FROM goals WHERE true
    ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
