-- A check-in's durable save (issue 17) ran, besides its running totals,
-- three triggers of the team sync and of check-ins that add up, each asking
-- on every save whether the file is linked to a team or the goal adds up:
-- three trigger programs run for nothing on a file of one laptop, 7–10 µs
-- of a save. One trigger now asks once, in its WHEN, whether either holds,
-- and runs each of the three's statements under that one's own condition,
-- in their order: the queueing of a row that carries the file's login,
-- the part of a goal that adds up, the login given to a row without it.
-- NEW is the row as inserted throughout, so each statement sees what its
-- trigger saw; the three conditions exclude each other where an order
-- could matter (a queued row carries the login, a row given it does not;
-- a queued row's goal does not add up, a part's does).
DROP TRIGGER sync_checkins_insert;
DROP TRIGGER checkin_parts_typed;
DROP TRIGGER sync_checkins_author;
CREATE TRIGGER checkin_team_insert AFTER INSERT ON checkins
WHEN (SELECT linked FROM sync_state) = 1 OR (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1 BEGIN
    -- was sync_checkins_insert
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid
        AND (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state)
        AND (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 0;
    INSERT INTO sync_outbox (tbl, rid, op) SELECT 'checkins', NEW.rowid, 'put'
        WHERE (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state)
          AND (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 0;
    -- was checkin_parts_typed
    INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    SELECT NEW.goal_id, NEW.period_key, (SELECT login FROM sync_state), NEW.value, NEW.confidence, NEW.note, NEW.updated_at
    WHERE (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1
      AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0
    ON CONFLICT (goal_id, period_key, author) DO UPDATE SET value = excluded.value,
        confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at;
    -- was sync_checkins_author
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid
        AND (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state);
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id
        AND (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state);
END;
-- SQLite runs the triggers of one event newest first, and the running
-- totals' trigger ran before the three: a part's sum, written into the
-- check-in by the part's own trigger, updates a totals row that must be
-- there already. It is made again to stay the newest, with one change: a
-- CASE result is computed as a value, and SQLite computes both sides of
-- an AND or OR there, so every weekly save ran the three date functions
-- of the week-53 test (about 4.5 µs of its CPU). A CASE inside the CASE
-- runs them only for a week 53; it says yes and no to the same keys.
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
          WHEN 'week' THEN CASE
               WHEN NOT NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]' THEN 0
               WHEN substr(NEW.period_key, 7) BETWEEN '01' AND '52' THEN 1
               -- week 53 exists when the year starts on a Thursday, or on a
               -- Wednesday in a leap year
               WHEN substr(NEW.period_key, 7) = '53'
                    THEN strftime('%w', substr(NEW.period_key, 1, 4) || '-01-01') = '4'
                         OR strftime('%w', substr(NEW.period_key, 1, 4) || '-01-01') = '3'
                            AND date(substr(NEW.period_key, 1, 4) || '-02-29') = substr(NEW.period_key, 1, 4) || '-02-29'
               ELSE 0 END
          WHEN 'month' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'
                           AND substr(NEW.period_key, 6) BETWEEN '01' AND '12'
          WHEN 'quarter' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'
          WHEN 'half' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]-H[12]'
          WHEN 'year' THEN NEW.period_key GLOB '[0-9][0-9][0-9][0-9]'
          ELSE 0 END;
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT NEW.goal_id, NEW.period_key WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
END;
