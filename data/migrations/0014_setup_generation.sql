-- The setup generation (issue 17): a value that changes with every write
-- to a goal or a plan, so that a store may keep the goals and plans it
-- read in memory and know, with one row read in the same transaction,
-- whether they still hold. Triggers in the file change it, so a write by
-- another program or the team sync counts as much as the store's own. A
-- check-in writes none of these tables, so its save is not slowed.
--
-- The value is random rather than a count: a file put back from a backup
-- and then edited as often would reach the same count with other goals.
CREATE TABLE setup_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    g  INTEGER NOT NULL
) STRICT;

INSERT INTO setup_generation (id, g) VALUES (1, random());

CREATE TRIGGER setup_generation_goals_insert AFTER INSERT ON goals BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_goals_update AFTER UPDATE ON goals BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_goals_delete AFTER DELETE ON goals BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_plans_insert AFTER INSERT ON plans BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_plans_update AFTER UPDATE ON plans BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_plans_delete AFTER DELETE ON plans BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_periods_insert AFTER INSERT ON plan_periods BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_periods_update AFTER UPDATE ON plan_periods BEGIN
    UPDATE setup_generation SET g = random();
END;
CREATE TRIGGER setup_generation_periods_delete AFTER DELETE ON plan_periods BEGIN
    UPDATE setup_generation SET g = random();
END;
