-- A milestone is done (1) or not (0), and the store takes no other value
-- of it. A goal whose team check-ins add up (migration 11) sums its
-- managers' parts of a period, and two parts of "done" summed to 2. A
-- milestone never adds up: a goal made a milestone stops adding up, and
-- a milestone told to add up stays as it is. The triggers run on every
-- laptop alike, also as a goal is pulled from the team's server, so no
-- laptop sums a milestone's parts whatever order the edits arrive in.
UPDATE goals SET checkins_add_up = 0 WHERE kind = 'milestone' AND checkins_add_up = 1;
CREATE TRIGGER goals_milestone_not_adding AFTER UPDATE OF kind, checkins_add_up ON goals
WHEN NEW.kind = 'milestone' AND NEW.checkins_add_up = 1 BEGIN
    UPDATE goals SET checkins_add_up = 0 WHERE id = NEW.id;
END;
CREATE TRIGGER goals_milestone_not_adding_insert AFTER INSERT ON goals
WHEN NEW.kind = 'milestone' AND NEW.checkins_add_up = 1 BEGIN
    UPDATE goals SET checkins_add_up = 0 WHERE id = NEW.id;
END;
