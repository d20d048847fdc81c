-- Each goal's latest running-totals row, kept beside the totals (issue
-- 17). The dashboard reads every goal's totals at the latest period
-- started by today, and for a goal checked in no later than that, which
-- is nearly every goal, that is its latest row. Searched goal by goal in
-- the totals, that row cost a read of its own leaf page: 2,000 searches,
-- 10 of a first dashboard's 30 ms at 2,000 goals × 10 years. Here those
-- rows sit side by side, 2,000 of them in a few pages read in one pass;
-- a goal with a check-in of a later period is still searched.
--
-- Triggers on checkin_totals keep the heads, so every write to the
-- totals, by the check-in triggers, the recomputation of stale totals,
-- a goal's deletion or another program, keeps them too, in the same
-- transaction: the head of a goal ID is always its totals row with the
-- greatest period key, and an ID without totals has none. The heads
-- follow the totals rows, not the goals: totals that another program
-- left behind when it deleted a goal with its foreign keys off keep
-- their head, for the new goal that may take the freed ID reads them
-- too (the dashboard's read joins the goals).
CREATE TABLE checkin_heads (
    goal_id    INTEGER PRIMARY KEY,
    period_key TEXT    NOT NULL,
    n          INTEGER NOT NULL,
    total      REAL    NOT NULL,
    value      REAL    NOT NULL
) STRICT;

INSERT INTO checkin_heads (goal_id, period_key, n, total, value)
    SELECT t.goal_id, t.period_key, t.n, t.total, t.value FROM checkin_totals t
    WHERE t.period_key = (SELECT max(period_key) FROM checkin_totals m WHERE m.goal_id = t.goal_id);

-- A row after the head becomes the head; a row before it changes nothing.
CREATE TRIGGER checkin_heads_insert AFTER INSERT ON checkin_totals
WHEN NOT EXISTS (SELECT 1 FROM checkin_heads WHERE goal_id = NEW.goal_id AND period_key > NEW.period_key) BEGIN
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value)
        VALUES (NEW.goal_id, NEW.period_key, NEW.n, NEW.total, NEW.value)
        ON CONFLICT (goal_id) DO UPDATE SET period_key = excluded.period_key, n = excluded.n,
            total = excluded.total, value = excluded.value;
END;

-- The head's own row changed in place (a check-in of the latest period
-- saved again).
CREATE TRIGGER checkin_heads_update AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id = NEW.goal_id AND OLD.period_key = NEW.period_key BEGIN
    UPDATE checkin_heads SET n = NEW.n, total = NEW.total, value = NEW.value
        WHERE goal_id = NEW.goal_id AND period_key = NEW.period_key;
END;

-- A row moved to another goal or period (Pacer never does it): both
-- goals' heads are found again.
CREATE TRIGGER checkin_heads_move AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id IS NOT NEW.goal_id OR OLD.period_key IS NOT NEW.period_key BEGIN
    DELETE FROM checkin_heads WHERE goal_id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value)
        SELECT t.goal_id, t.period_key, t.n, t.total, t.value FROM checkin_totals t
        WHERE t.goal_id IN (OLD.goal_id, NEW.goal_id)
          AND t.period_key = (SELECT max(period_key) FROM checkin_totals m WHERE m.goal_id = t.goal_id);
END;

-- The head's row went: the row before it, if any, is the head now.
CREATE TRIGGER checkin_heads_delete AFTER DELETE ON checkin_totals
WHEN OLD.period_key = (SELECT period_key FROM checkin_heads WHERE goal_id = OLD.goal_id) BEGIN
    DELETE FROM checkin_heads WHERE goal_id = OLD.goal_id;
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value)
        SELECT goal_id, period_key, n, total, value FROM checkin_totals
        WHERE goal_id = OLD.goal_id
        ORDER BY period_key DESC LIMIT 1;
END;
