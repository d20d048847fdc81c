-- Team sync (issue 19). The local file stays the working copy; a team file
-- also has a sync link (sync_state). Every local change to a shared table
-- is queued, in the same transaction, in sync_outbox by the triggers below,
-- so every write path is covered; data/team pushes the queue to the server
-- and applies what it pulls with sync_state.applying set, which the
-- triggers' WHEN skips. sync_ids gives each local row its id on the server
-- (the same on every laptop) and the server version it was last seen at.
-- A file that is not a team file (linked = 0) queues nothing.

ALTER TABLE checkins ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN author TEXT NOT NULL DEFAULT '';

-- Team feedback on a goal's period: one row per author, so two people's
-- feedback never clashes.
CREATE TABLE team_feedback (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    author     TEXT    NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key, author)
) STRICT;

-- What the server could not merge on its own, for the goal's owner: a
-- clash (two owners changed the same field from the same version; mine was
-- kept aside) or a flag (a check-in made on a value someone else had since
-- changed). Made by the server, pulled like any row; resolving one syncs.
CREATE TABLE team_clashes (
    id         INTEGER PRIMARY KEY,
    what       TEXT    NOT NULL CHECK (what IN ('clash', 'flag')),
    kind       TEXT    NOT NULL,
    row_uid    TEXT    NOT NULL,
    field      TEXT    NOT NULL DEFAULT '',
    theirs     TEXT,
    mine       TEXT,
    author     TEXT    NOT NULL DEFAULT '',
    resolved   INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE sync_state (
    one       INTEGER PRIMARY KEY CHECK (one = 1),
    linked    INTEGER NOT NULL DEFAULT 0 CHECK (linked IN (0, 1)),
    applying  INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
    login     TEXT    NOT NULL DEFAULT '',
    host      TEXT    NOT NULL DEFAULT '',
    port      INTEGER NOT NULL DEFAULT 0,
    dbname    TEXT    NOT NULL DEFAULT '',
    sslmode   TEXT    NOT NULL DEFAULT '',
    cursor    INTEGER NOT NULL DEFAULT 0, -- last server sequence applied
    client    TEXT    NOT NULL,           -- this file's id on the server
    last_sync TEXT    NOT NULL DEFAULT ''
) STRICT;

INSERT INTO sync_state (one, client) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE sync_ids (
    tbl TEXT    NOT NULL,
    rid INTEGER NOT NULL,
    uid TEXT    NOT NULL,
    ver INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tbl, rid),
    UNIQUE (tbl, uid)
) STRICT;

CREATE TABLE sync_outbox (
    id        INTEGER PRIMARY KEY,
    change_id TEXT    NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    tbl       TEXT    NOT NULL,
    rid       INTEGER NOT NULL,
    op        TEXT    NOT NULL CHECK (op IN ('put', 'del')),
    uid       TEXT -- of a deleted row, read before its mapping goes
) STRICT;

CREATE TRIGGER sync_goals_insert AFTER INSERT ON goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'goals' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goals', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goals_update AFTER UPDATE ON goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goals', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goals_delete AFTER DELETE ON goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('goals', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'goals' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'goals' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_plans_insert AFTER INSERT ON plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'plans' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_plans_update AFTER UPDATE ON plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_plans_delete AFTER DELETE ON plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('plans', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'plans' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'plans' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_plan_periods_insert AFTER INSERT ON plan_periods WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'plan_periods' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('plan_periods', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_plan_periods_update AFTER UPDATE ON plan_periods WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('plan_periods', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_plan_periods_delete AFTER DELETE ON plan_periods WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('plan_periods', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'plan_periods' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'plan_periods' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_history_values_insert AFTER INSERT ON history_values WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'history_values' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('history_values', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_history_values_update AFTER UPDATE ON history_values WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('history_values', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_history_values_delete AFTER DELETE ON history_values WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('history_values', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'history_values' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'history_values' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_goal_sources_insert AFTER INSERT ON goal_sources WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'goal_sources' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_sources', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_sources_update AFTER UPDATE ON goal_sources WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_sources', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_sources_delete AFTER DELETE ON goal_sources WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('goal_sources', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'goal_sources' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'goal_sources' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_goal_breakdown_insert AFTER INSERT ON goal_breakdown WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'goal_breakdown' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_breakdown', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_breakdown_update AFTER UPDATE ON goal_breakdown WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_breakdown', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_breakdown_delete AFTER DELETE ON goal_breakdown WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('goal_breakdown', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'goal_breakdown' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'goal_breakdown' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_goal_dimension_plans_insert AFTER INSERT ON goal_dimension_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'goal_dimension_plans' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_dimension_plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_dimension_plans_update AFTER UPDATE ON goal_dimension_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goal_dimension_plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_goal_dimension_plans_delete AFTER DELETE ON goal_dimension_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('goal_dimension_plans', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'goal_dimension_plans' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'goal_dimension_plans' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_checkins_insert AFTER INSERT ON checkins WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkins_update AFTER UPDATE ON checkins WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkins_delete AFTER DELETE ON checkins WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('checkins', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'checkins' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_reviews_insert AFTER INSERT ON reviews WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'reviews' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('reviews', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_reviews_update AFTER UPDATE ON reviews WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('reviews', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_reviews_delete AFTER DELETE ON reviews WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('reviews', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'reviews' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'reviews' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_review_measures_insert AFTER INSERT ON review_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'review_measures' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('review_measures', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_review_measures_update AFTER UPDATE ON review_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('review_measures', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_review_measures_delete AFTER DELETE ON review_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('review_measures', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'review_measures' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'review_measures' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_action_plans_insert AFTER INSERT ON action_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'action_plans' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_plans_update AFTER UPDATE ON action_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_plans', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_plans_delete AFTER DELETE ON action_plans WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('action_plans', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'action_plans' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'action_plans' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_action_goals_insert AFTER INSERT ON action_goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'action_goals' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_goals', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_goals_update AFTER UPDATE ON action_goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_goals', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_goals_delete AFTER DELETE ON action_goals WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('action_goals', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'action_goals' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'action_goals' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_action_measures_insert AFTER INSERT ON action_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'action_measures' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_measures', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_measures_update AFTER UPDATE ON action_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('action_measures', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_action_measures_delete AFTER DELETE ON action_measures WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('action_measures', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'action_measures' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'action_measures' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_followups_insert AFTER INSERT ON followups WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'followups' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('followups', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_followups_update AFTER UPDATE ON followups WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('followups', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_followups_delete AFTER DELETE ON followups WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('followups', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'followups' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'followups' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_settings_insert AFTER INSERT ON settings WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'settings' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('settings', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_settings_update AFTER UPDATE ON settings WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('settings', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_settings_delete AFTER DELETE ON settings WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('settings', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'settings' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'settings' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_team_feedback_insert AFTER INSERT ON team_feedback WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'team_feedback' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('team_feedback', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_team_feedback_update AFTER UPDATE ON team_feedback WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('team_feedback', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_team_feedback_delete AFTER DELETE ON team_feedback WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('team_feedback', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'team_feedback' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'team_feedback' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_team_clashes_insert AFTER INSERT ON team_clashes WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'team_clashes' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('team_clashes', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_team_clashes_update AFTER UPDATE ON team_clashes WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('team_clashes', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_team_clashes_delete AFTER DELETE ON team_clashes WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('team_clashes', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'team_clashes' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'team_clashes' AND rid = OLD.rowid;
END;
-- A check-in made on a team file is the login's.
CREATE TRIGGER sync_checkins_author AFTER INSERT ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
-- A follow-up made on a team file is the login's.
CREATE TRIGGER sync_followups_author AFTER INSERT ON followups
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE followups SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_checkins_author_update AFTER UPDATE OF goal_id, period_key, value, confidence, note ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;

CREATE INDEX sync_outbox_row ON sync_outbox (tbl, rid);
