-- A check-in's durable save (issue 17) wrote three b-trees besides the
-- check-in's own two: its running totals' row, through the totals' insert
-- trigger, and the goal's head, through the trigger on the totals. Those
-- pages were most of what the save cost beyond a bare INSERT. A check-in
-- is now counted later, by the store (data/fold.go), in the next write
-- transaction or in a fold of its own once saves pause: every check-in
-- whose ID is above checkin_fold.upto is waiting to be counted, and the
-- readers read the check-ins of its goal meanwhile, as they do for a goal
-- marked stale.
CREATE TABLE checkin_fold (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    upto INTEGER NOT NULL
) STRICT;
INSERT INTO checkin_fold (one, upto) SELECT 1, coalesce(max(id), 0) FROM checkins;
--
-- A check-in changed or deleted while it waits has no totals to change:
-- the fold counts it as it is then, or not at all. The triggers that
-- change the totals run only for a row that was counted, and are made
-- again below with that condition, their bodies as before, the update's
-- also for a new ID (another program's renumbering can move a waiting row
-- below upto). A deleted check-in that was the last counted lowers upto
-- to the one before it: SQLite gives the next row the largest ID plus
-- one, and a check-in saved after deleting the latest would otherwise
-- mark its goal stale.
DROP TRIGGER checkin_totals_update;
CREATE TRIGGER checkin_totals_update AFTER UPDATE OF id, goal_id, period_key, value ON checkins
WHEN min(OLD.id, NEW.id) <= (SELECT upto FROM checkin_fold) BEGIN
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
DROP TRIGGER checkin_totals_delete;
CREATE TRIGGER checkin_totals_delete AFTER DELETE ON checkins
WHEN OLD.id <= (SELECT upto FROM checkin_fold) BEGIN
    DELETE FROM checkin_totals WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
      AND NOT EXISTS (SELECT 1 FROM checkin_totals l WHERE l.goal_id = OLD.goal_id AND l.period_key > OLD.period_key);
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT OLD.goal_id, OLD.period_key WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
    UPDATE checkin_fold SET upto = (SELECT coalesce(max(id), 0) FROM checkins WHERE id < OLD.id) WHERE upto = OLD.id;
END;
-- A row inserted with an ID at or below upto (another program giving the
-- ID of a row deleted, or SQLite reusing the largest) would never be
-- seen as waiting: its goal is marked stale from its period instead,
-- which every transaction of the store recomputes before it commits.
DROP TRIGGER checkin_totals_insert;
CREATE TRIGGER checkin_totals_insert AFTER INSERT ON checkins
WHEN NEW.id <= (SELECT upto FROM checkin_fold) BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.goal_id, NEW.period_key)
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
END;
