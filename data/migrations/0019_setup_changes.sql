-- Which goals each change of the setup generation (migration 14) was
-- about (issue 17). A store keeps the goals and plans it read; when the
-- generation moves on, the rows written since it read them name the goals
-- to read again, rather than all of them: after a goal edited at 2,000
-- goals, the dashboard read them all again, 31 ms.
--
-- Every trigger that draws a new generation writes a row with the goal,
-- the generation before and the one drawn, in the same transaction; a
-- store walks the rows back from the file's generation, each row's from
-- being the next older row's g, to the one drawn from its own generation
-- (setup_changes.go). A generation drawn without a row (by a trigger of
-- migration 14's kind, or by hand) breaks that chain, as does a row
-- pruned, and leaves the store to read everything, as before. A file put
-- back from a backup holds the backup's rows: a generation is random, so
-- a chain reaching a store's generation there is the same history.
CREATE TABLE setup_changes (
    seq     INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL,
    from_g  INTEGER NOT NULL,
    g       INTEGER NOT NULL
) STRICT;

-- The rows of the last 5,000 changes are kept: a re-plan writes a row a
-- period (520 for ten years of weeks). The newest row is never deleted,
-- so seq only grows.
CREATE TRIGGER setup_changes_kept AFTER INSERT ON setup_changes BEGIN
    DELETE FROM setup_changes WHERE seq <= NEW.seq - 5000;
END;

DROP TRIGGER setup_generation_goals_insert;
CREATE TRIGGER setup_generation_goals_insert AFTER INSERT ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_goals_update;
CREATE TRIGGER setup_generation_goals_update AFTER UPDATE ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.id, g, random() FROM setup_generation WHERE OLD.id IS NOT NEW.id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.id IS NOT NEW.id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_goals_delete;
CREATE TRIGGER setup_generation_goals_delete AFTER DELETE ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_plans_insert;
CREATE TRIGGER setup_generation_plans_insert AFTER INSERT ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_plans_update;
CREATE TRIGGER setup_generation_plans_update AFTER UPDATE ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation WHERE OLD.goal_id IS NOT NEW.goal_id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.goal_id IS NOT NEW.goal_id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_plans_delete;
CREATE TRIGGER setup_generation_plans_delete AFTER DELETE ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_periods_insert;
CREATE TRIGGER setup_generation_periods_insert AFTER INSERT ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_periods_update;
CREATE TRIGGER setup_generation_periods_update AFTER UPDATE ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation WHERE OLD.goal_id IS NOT NEW.goal_id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.goal_id IS NOT NEW.goal_id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
DROP TRIGGER setup_generation_periods_delete;
CREATE TRIGGER setup_generation_periods_delete AFTER DELETE ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
