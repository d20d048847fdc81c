-- Each goal's current plan in one row, so that a screen of 2,000 goals
-- reads 2,000 rows instead of every planned period of every goal. periods
-- holds the latest revision's periods in period order, encoded by
-- data/plan_cache.go (key, target and floor as they are stored, to the
-- bit). A goal without a plan has no row.
--
-- Any change to a goal's plans marks it stale, and the store rewrites its
-- row before the same transaction commits (data/plan_cache.go); readers
-- read a goal still marked stale from plan_periods.
CREATE TABLE plan_cache (
    goal_id INTEGER PRIMARY KEY REFERENCES goals (id) ON DELETE CASCADE,
    periods BLOB    NOT NULL
) STRICT;

CREATE TABLE plan_cache_stale (
    goal_id INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER plan_cache_periods_insert AFTER INSERT ON plan_periods BEGIN
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (NEW.goal_id);
END;

CREATE TRIGGER plan_cache_periods_update AFTER UPDATE ON plan_periods BEGIN
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (OLD.goal_id);
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (NEW.goal_id);
END;

CREATE TRIGGER plan_cache_periods_delete AFTER DELETE ON plan_periods BEGIN
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (OLD.goal_id);
END;

CREATE TRIGGER plan_cache_plans_insert AFTER INSERT ON plans BEGIN
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (NEW.goal_id);
END;

CREATE TRIGGER plan_cache_plans_delete AFTER DELETE ON plans BEGIN
    INSERT OR IGNORE INTO plan_cache_stale (goal_id) VALUES (OLD.goal_id);
END;

INSERT INTO plan_cache_stale (goal_id) SELECT id FROM goals;
