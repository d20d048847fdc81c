-- The schema and rows all the migrations leave in a new file (data/new_file.go).
-- Written by TestNewFileSchemaIsTheMigrations: do not edit.
PRAGMA application_id = 1346454354;
CREATE TABLE schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT NOT NULL,
			applied_at TEXT NOT NULL
		) STRICT;
CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (trim(title) <> ''),
    description TEXT    NOT NULL DEFAULT '',
    perspective TEXT    NOT NULL CHECK (perspective IN ('financial', 'customer', 'internal_process', 'learning_growth')),
    owner       TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL CHECK (kind IN ('increase', 'decrease', 'stay_above', 'stay_below', 'milestone')),
    unit        TEXT    NOT NULL CHECK (unit IN ('currency', 'count', 'percent', 'custom')),
    unit_label  TEXT    NOT NULL DEFAULT '',
    decimals    INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
    aggregation TEXT    NOT NULL CHECK (aggregation IN ('flow', 'level')),
    baseline    REAL,
    target      REAL    NOT NULL,
    start_date  TEXT    NOT NULL CHECK (start_date = date(start_date)),
    end_date    TEXT    NOT NULL CHECK (end_date = date(end_date) AND end_date > start_date),
    cadence     TEXT    NOT NULL CHECK (cadence IN ('week', 'month', 'quarter', 'half', 'year')),
    plan_by     TEXT    NOT NULL CHECK (plan_by IN ('week', 'month', 'quarter', 'half', 'year')),
    parent_id   INTEGER REFERENCES goals (id) ON DELETE SET NULL CHECK (parent_id <> id),
    weight      REAL    NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 1),
    rationale   TEXT    NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
, checkins_add_up INTEGER NOT NULL DEFAULT 0 CHECK (checkins_add_up IN (0, 1))) STRICT;
CREATE TABLE plans (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    note       TEXT    NOT NULL DEFAULT '',
    target     REAL    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (goal_id, revision)
) STRICT;
CREATE TABLE plan_periods (
    goal_id    INTEGER NOT NULL,
    revision   INTEGER NOT NULL,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    target     REAL    NOT NULL,
    floor      REAL,
    PRIMARY KEY (goal_id, revision, period_key),
    FOREIGN KEY (goal_id, revision) REFERENCES plans (goal_id, revision) ON DELETE CASCADE
) STRICT;
CREATE TABLE history_values (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    value      REAL    NOT NULL,
    UNIQUE (goal_id, period_key)
) STRICT;
CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    value      REAL    NOT NULL,
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL, author TEXT NOT NULL DEFAULT '',
    UNIQUE (goal_id, period_key)
) STRICT;
CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    goal_id        INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key     TEXT    NOT NULL CHECK (period_key <> ''),
    cause_category TEXT    NOT NULL DEFAULT '' CHECK (cause_category IN ('', 'market_demand',
        'customer_development', 'competition', 'pricing', 'product', 'execution', 'external', 'other')),
    cause_text     TEXT    NOT NULL DEFAULT '',
    team_feedback  TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL, author TEXT NOT NULL DEFAULT '',
    UNIQUE (goal_id, period_key)
) STRICT;
CREATE TABLE review_measures (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL CHECK (trim(text) <> ''),
    owner     TEXT    NOT NULL DEFAULT '',
    due       TEXT CHECK (due = date(due)),
    done      INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE TABLE action_plans (
    id         INTEGER PRIMARY KEY,
    problem    TEXT    NOT NULL CHECK (trim(problem) <> ''),
    cause      TEXT    NOT NULL DEFAULT '',
    strategy   TEXT    NOT NULL DEFAULT '',
    owner      TEXT    NOT NULL DEFAULT '',
    start_date TEXT CHECK (start_date = date(start_date)),
    due_date   TEXT CHECK (due_date = date(due_date) AND (start_date IS NULL OR due_date >= start_date)),
    status     TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    followup   TEXT    NOT NULL DEFAULT '' CHECK (followup IN ('', 'week', 'month', 'quarter', 'half', 'year')),
    review_id  INTEGER REFERENCES reviews (id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;
CREATE TABLE action_goals (
    action_id INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    goal_id   INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, goal_id)
) STRICT;
CREATE TABLE action_measures (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL CHECK (trim(text) <> ''),
    owner     TEXT    NOT NULL DEFAULT '',
    due       TEXT CHECK (due = date(due)),
    done      INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
, review_measure_id INTEGER REFERENCES review_measures (id) ON DELETE SET NULL) STRICT;
CREATE TABLE followups (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    date       TEXT    NOT NULL CHECK (date = date(date)),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
, author TEXT NOT NULL DEFAULT '') STRICT;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE goal_sources (
    goal_id      INTEGER PRIMARY KEY REFERENCES goals (id) ON DELETE CASCADE,
    layout       TEXT    NOT NULL CHECK (layout <> ''),
    columns      TEXT    NOT NULL, -- JSON array of the file's column names
    value_column TEXT    NOT NULL CHECK (trim(value_column) <> ''),
    filter       TEXT    NOT NULL DEFAULT '[]', -- JSON array of {column, op, values}, AND-ed
    updated_at   TEXT    NOT NULL
) STRICT;
CREATE TABLE goal_breakdown (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    history    INTEGER NOT NULL CHECK (history IN (0, 1)),
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    dimension  TEXT    NOT NULL CHECK (dimension <> ''),
    value      TEXT    NOT NULL,
    amount     REAL    NOT NULL,
    rows       INTEGER NOT NULL CHECK (rows >= 0),
    PRIMARY KEY (goal_id, history, period_key, dimension, value)
) STRICT;
CREATE TABLE goal_dimension_plans (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    dimension  TEXT    NOT NULL CHECK (dimension <> ''),
    value      TEXT    NOT NULL,
    amount     REAL    NOT NULL,
    PRIMARY KEY (goal_id, period_key, dimension, value)
) STRICT;
CREATE TABLE checkin_totals_stale (
    goal_id  INTEGER PRIMARY KEY,
    from_key TEXT    NOT NULL
) STRICT;
CREATE TABLE team_feedback (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    author     TEXT    NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key, author)
) STRICT;
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
CREATE TABLE plan_cache (
    goal_id INTEGER PRIMARY KEY REFERENCES goals (id) ON DELETE CASCADE,
    periods BLOB    NOT NULL
) STRICT;
CREATE TABLE plan_cache_stale (
    goal_id INTEGER PRIMARY KEY
) STRICT;
CREATE TABLE checkin_uncounted (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key)
) STRICT;
CREATE TABLE checkin_parts (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    author     TEXT    NOT NULL,
    value      REAL    NOT NULL,
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
    note       TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (goal_id, period_key, author)
) STRICT;
CREATE TABLE checkin_parts_state (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    summing INTEGER NOT NULL DEFAULT 0 CHECK (summing IN (0, 1))
) STRICT;
CREATE TABLE setup_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    g  INTEGER NOT NULL
) STRICT;
CREATE TABLE checkin_totals (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL,
    n          INTEGER NOT NULL CHECK (n >= 1),
    total      REAL    NOT NULL,
    value      REAL    NOT NULL,
    first_key  TEXT    NOT NULL,
    inexact    INTEGER NOT NULL DEFAULT 0,
    units      INTEGER,
    PRIMARY KEY (goal_id, period_key)
) STRICT, WITHOUT ROWID;
CREATE TABLE setup_snapshot (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    g    INTEGER NOT NULL,
    data BLOB    NOT NULL
) STRICT;
CREATE TABLE checkin_heads (
    goal_id    INTEGER PRIMARY KEY,
    period_key TEXT    NOT NULL,
    n          INTEGER NOT NULL,
    total      REAL    NOT NULL,
    value      REAL    NOT NULL
, mark INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE TABLE review_sums_kept (
    key  TEXT    PRIMARY KEY,
    g    INTEGER NOT NULL,
    used INTEGER NOT NULL,
    data BLOB    NOT NULL
) STRICT;
CREATE TABLE setup_changes (
    seq     INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL,
    from_g  INTEGER NOT NULL,
    g       INTEGER NOT NULL
) STRICT;
CREATE TABLE checkin_fold (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    upto INTEGER NOT NULL
) STRICT;
CREATE TABLE heads_kept (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data BLOB    NOT NULL
) STRICT;
CREATE INDEX goals_parent_id ON goals (parent_id);
CREATE INDEX goals_archived_perspective ON goals (archived, perspective);
CREATE INDEX review_measures_review_id ON review_measures (review_id, position);
CREATE INDEX action_plans_status ON action_plans (status);
CREATE INDEX action_plans_review_id ON action_plans (review_id);
CREATE INDEX action_goals_goal_id ON action_goals (goal_id);
CREATE INDEX action_measures_action_id ON action_measures (action_id, position);
CREATE INDEX followups_action_id_date ON followups (action_id, date);
CREATE INDEX action_measures_review_measure_id ON action_measures (review_measure_id)
    WHERE review_measure_id IS NOT NULL;
CREATE TRIGGER checkin_totals_cadence AFTER UPDATE OF cadence ON goals WHEN OLD.cadence IS NOT NEW.cadence BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.id, '')
        ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
END;
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
CREATE TRIGGER sync_checkins_author_update AFTER UPDATE OF goal_id, period_key, value, confidence, note ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_followups_insert AFTER INSERT ON followups
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'followups' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('followups', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_followups_update AFTER UPDATE ON followups
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('followups', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_followups_author AFTER INSERT ON followups
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'followups' AND rid = NEW.rowid;
    UPDATE followups SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_followups_author_update AFTER UPDATE OF action_id, date, note ON followups
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE followups SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
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
CREATE TRIGGER sync_reviews_insert AFTER INSERT ON reviews
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'reviews' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('reviews', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_reviews_update AFTER UPDATE ON reviews
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('reviews', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_reviews_author AFTER INSERT ON reviews
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'reviews' AND rid = NEW.rowid;
    UPDATE reviews SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_reviews_author_update AFTER UPDATE OF goal_id, period_key, cause_category, cause_text, team_feedback, updated_at ON reviews
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE reviews SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER checkin_parts_retyped AFTER UPDATE OF value, confidence, note ON checkins
WHEN (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1
 AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0 BEGIN
    INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    VALUES (NEW.goal_id, NEW.period_key, (SELECT login FROM sync_state), NEW.value, NEW.confidence, NEW.note, NEW.updated_at)
    ON CONFLICT (goal_id, period_key, author) DO UPDATE SET value = excluded.value,
        confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at;
END;
CREATE TRIGGER checkin_parts_untyped AFTER DELETE ON checkins
WHEN (SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id) = 1
 AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0 BEGIN
    DELETE FROM checkin_parts WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
        AND author = (SELECT login FROM sync_state);
END;
CREATE TRIGGER checkin_parts_put AFTER INSERT ON checkin_parts
WHEN (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1 BEGIN
    UPDATE checkin_parts_state SET summing = 1;
    UPDATE checkins SET value = round((SELECT total(value) FROM checkin_parts p
            WHERE p.goal_id = NEW.goal_id AND p.period_key = NEW.period_key), (SELECT decimals FROM goals WHERE id = NEW.goal_id)),
        confidence = NEW.confidence, note = NEW.note, author = NEW.author, updated_at = NEW.updated_at
    WHERE goal_id = NEW.goal_id AND period_key = NEW.period_key;
    INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at, author)
    SELECT NEW.goal_id, NEW.period_key, round(NEW.value, (SELECT decimals FROM goals WHERE id = NEW.goal_id)),
           NEW.confidence, NEW.note, NEW.updated_at, NEW.updated_at, NEW.author
    WHERE NOT EXISTS (SELECT 1 FROM checkins WHERE goal_id = NEW.goal_id AND period_key = NEW.period_key);
    UPDATE checkin_parts_state SET summing = 0;
END;
CREATE TRIGGER checkin_parts_change AFTER UPDATE ON checkin_parts
WHEN (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1 BEGIN
    UPDATE checkin_parts_state SET summing = 1;
    UPDATE checkins SET value = round((SELECT total(value) FROM checkin_parts p
            WHERE p.goal_id = NEW.goal_id AND p.period_key = NEW.period_key), (SELECT decimals FROM goals WHERE id = NEW.goal_id)),
        confidence = NEW.confidence, note = NEW.note, author = NEW.author, updated_at = NEW.updated_at
    WHERE goal_id = NEW.goal_id AND period_key = NEW.period_key;
    UPDATE checkin_parts_state SET summing = 0;
END;
CREATE TRIGGER checkin_parts_begin AFTER UPDATE OF checkins_add_up ON goals
WHEN NEW.checkins_add_up = 1 AND OLD.checkins_add_up = 0 BEGIN
    INSERT OR IGNORE INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    SELECT goal_id, period_key, author, value, confidence, note, updated_at FROM checkins WHERE goal_id = NEW.id;
END;
CREATE TRIGGER sync_checkin_parts_insert AFTER INSERT ON checkin_parts WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'checkin_parts' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkin_parts', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkin_parts_update AFTER UPDATE ON checkin_parts WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkin_parts', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkin_parts_delete AFTER DELETE ON checkin_parts WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('checkin_parts', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'checkin_parts' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'checkin_parts' AND rid = OLD.rowid;
END;
CREATE TRIGGER sync_checkins_update AFTER UPDATE ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state)
 AND (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 0 BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkins_delete AFTER DELETE ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state)
 AND coalesce((SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id), 0) = 0 BEGIN
    INSERT INTO sync_outbox (tbl, rid, op, uid)
        VALUES ('checkins', OLD.rowid, 'del', (SELECT uid FROM sync_ids WHERE tbl = 'checkins' AND rid = OLD.rowid));
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = OLD.rowid;
END;
CREATE TRIGGER checkin_parts_gone AFTER DELETE ON checkin_parts
WHEN (SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id) = 1 BEGIN
    UPDATE checkin_parts_state SET summing = 1;
    UPDATE checkins SET value = round((SELECT total(value) FROM checkin_parts p
            WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key), (SELECT decimals FROM goals WHERE id = OLD.goal_id))
    WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key;
    INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at, author)
    SELECT p.goal_id, p.period_key, round((SELECT total(value) FROM checkin_parts q
               WHERE q.goal_id = OLD.goal_id AND q.period_key = OLD.period_key), (SELECT decimals FROM goals WHERE id = OLD.goal_id)),
           p.confidence, p.note, p.updated_at, p.updated_at, p.author
    FROM checkin_parts p WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key
      AND NOT EXISTS (SELECT 1 FROM checkins WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key)
    ORDER BY p.updated_at DESC LIMIT 1;
    DELETE FROM checkins WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
        AND NOT EXISTS (SELECT 1 FROM checkin_parts p WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key);
    UPDATE checkin_parts_state SET summing = 0;
END;
CREATE TRIGGER checkin_totals_decimals AFTER UPDATE OF decimals ON goals WHEN OLD.decimals IS NOT NEW.decimals BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.id, '')
        ON CONFLICT (goal_id) DO UPDATE SET from_key = '';
END;
CREATE TRIGGER checkin_heads_update AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id = NEW.goal_id AND OLD.period_key = NEW.period_key BEGIN
    UPDATE checkin_heads SET n = iif(period_key = NEW.period_key, NEW.n, n),
            total = iif(period_key = NEW.period_key, NEW.total, total),
            value = iif(period_key = NEW.period_key, NEW.value, value), mark = random()
        WHERE goal_id = NEW.goal_id;
END;
CREATE TRIGGER checkin_heads_move AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id IS NOT NEW.goal_id OR OLD.period_key IS NOT NEW.period_key BEGIN
    DELETE FROM checkin_heads WHERE goal_id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        SELECT t.goal_id, t.period_key, t.n, t.total, t.value, random() FROM checkin_totals t
        WHERE t.goal_id IN (OLD.goal_id, NEW.goal_id)
          AND t.period_key = (SELECT max(period_key) FROM checkin_totals m WHERE m.goal_id = t.goal_id);
END;
CREATE TRIGGER checkin_heads_delete AFTER DELETE ON checkin_totals
WHEN OLD.period_key = (SELECT period_key FROM checkin_heads WHERE goal_id = OLD.goal_id) BEGIN
    DELETE FROM checkin_heads WHERE goal_id = OLD.goal_id;
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        SELECT goal_id, period_key, n, total, value, random() FROM checkin_totals
        WHERE goal_id = OLD.goal_id
        ORDER BY period_key DESC LIMIT 1;
END;
CREATE TRIGGER checkin_heads_mark_delete AFTER DELETE ON checkin_totals
WHEN OLD.period_key < (SELECT period_key FROM checkin_heads WHERE goal_id = OLD.goal_id) BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = OLD.goal_id;
END;
CREATE TRIGGER checkin_heads_mark_history_insert AFTER INSERT ON history_values BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = NEW.goal_id;
END;
CREATE TRIGGER checkin_heads_mark_history_update AFTER UPDATE ON history_values BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id IN (OLD.goal_id, NEW.goal_id);
END;
CREATE TRIGGER checkin_heads_mark_history_delete AFTER DELETE ON history_values BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = OLD.goal_id;
END;
CREATE TRIGGER checkin_heads_mark_uncounted_insert AFTER INSERT ON checkin_uncounted BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = NEW.goal_id;
END;
CREATE TRIGGER checkin_heads_mark_uncounted_update AFTER UPDATE ON checkin_uncounted BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id IN (OLD.goal_id, NEW.goal_id);
END;
CREATE TRIGGER checkin_heads_mark_uncounted_delete AFTER DELETE ON checkin_uncounted BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = OLD.goal_id;
END;
CREATE TRIGGER setup_changes_kept AFTER INSERT ON setup_changes BEGIN
    DELETE FROM setup_changes WHERE seq <= NEW.seq - 5000;
END;
CREATE TRIGGER setup_generation_goals_insert AFTER INSERT ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_goals_update AFTER UPDATE ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.id, g, random() FROM setup_generation WHERE OLD.id IS NOT NEW.id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.id IS NOT NEW.id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_goals_delete AFTER DELETE ON goals BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_plans_insert AFTER INSERT ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_plans_update AFTER UPDATE ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation WHERE OLD.goal_id IS NOT NEW.goal_id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.goal_id IS NOT NEW.goal_id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_plans_delete AFTER DELETE ON plans BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_periods_insert AFTER INSERT ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_periods_update AFTER UPDATE ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation WHERE OLD.goal_id IS NOT NEW.goal_id;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1) WHERE OLD.goal_id IS NOT NEW.goal_id;
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT NEW.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
CREATE TRIGGER setup_generation_periods_delete AFTER DELETE ON plan_periods BEGIN
    INSERT INTO setup_changes (goal_id, from_g, g) SELECT OLD.goal_id, g, random() FROM setup_generation;
    UPDATE setup_generation SET g = (SELECT g FROM setup_changes ORDER BY seq DESC LIMIT 1);
END;
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
CREATE TRIGGER goals_milestone_not_adding AFTER UPDATE OF kind, checkins_add_up ON goals
WHEN NEW.kind = 'milestone' AND NEW.checkins_add_up = 1 BEGIN
    UPDATE goals SET checkins_add_up = 0 WHERE id = NEW.id;
END;
CREATE TRIGGER goals_milestone_not_adding_insert AFTER INSERT ON goals
WHEN NEW.kind = 'milestone' AND NEW.checkins_add_up = 1 BEGIN
    UPDATE goals SET checkins_add_up = 0 WHERE id = NEW.id;
END;
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
CREATE TRIGGER checkin_totals_delete AFTER DELETE ON checkins
WHEN OLD.id <= (SELECT upto FROM checkin_fold) BEGIN
    DELETE FROM checkin_totals WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
      AND NOT EXISTS (SELECT 1 FROM checkin_totals l WHERE l.goal_id = OLD.goal_id AND l.period_key > OLD.period_key);
    INSERT INTO checkin_totals_stale (goal_id, from_key) SELECT OLD.goal_id, OLD.period_key WHERE changes() = 0
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
    UPDATE checkin_fold SET upto = (SELECT coalesce(max(id), 0) FROM checkins WHERE id < OLD.id) WHERE upto = OLD.id;
END;
CREATE TRIGGER checkin_totals_insert AFTER INSERT ON checkins
WHEN NEW.id <= (SELECT upto FROM checkin_fold) BEGIN
    INSERT INTO checkin_totals_stale (goal_id, from_key) VALUES (NEW.goal_id, NEW.period_key)
        ON CONFLICT (goal_id) DO UPDATE SET from_key = min(from_key, excluded.from_key);
END;
INSERT INTO "checkin_fold" ("one", "upto") VALUES (1, 0);
INSERT INTO "checkin_parts_state" ("one", "summing") VALUES (1, 0);
INSERT INTO "setup_generation" ("id", "g") VALUES (1, random());
INSERT INTO "sync_state" ("one", "linked", "applying", "login", "host", "port", "dbname", "sslmode", "cursor", "client", "last_sync") VALUES (1, 0, 0, '', '', 0, '', '', 0, lower(hex(randomblob(16))), '');
