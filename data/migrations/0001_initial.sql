-- Pacer's schema. Later versions add columns and tables; they do not redesign.
-- Dates are 'YYYY-MM-DD' text (NULL when not set), timestamps RFC 3339 UTC text,
-- values REAL rounded to the goal's decimals, flags 0/1. Period keys are text
-- that sorts in time order ('2025-03', '2025-Q1').

PRAGMA application_id = 1346454354; -- 'PACR'

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
) STRICT;

CREATE INDEX goals_parent_id ON goals (parent_id);
CREATE INDEX goals_archived_perspective ON goals (archived, perspective);

-- A plan is kept per revision: changing the split adds a revision, so the
-- plan the year started with stays on record.
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

-- One check-in per goal and period: a second one for the same period is a
-- conflict the user resolves (replace or keep), never a silent duplicate.
CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    value      REAL    NOT NULL,
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
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
    updated_at     TEXT    NOT NULL,
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

CREATE INDEX review_measures_review_id ON review_measures (review_id, position);

-- An action plan outlives the goals and the review it came from: deleting a
-- goal removes only the link, deleting a review clears review_id.
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

CREATE INDEX action_plans_status ON action_plans (status);
CREATE INDEX action_plans_review_id ON action_plans (review_id);

CREATE TABLE action_goals (
    action_id INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    goal_id   INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, goal_id)
) STRICT;

CREATE INDEX action_goals_goal_id ON action_goals (goal_id);

CREATE TABLE action_measures (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL CHECK (trim(text) <> ''),
    owner     TEXT    NOT NULL DEFAULT '',
    due       TEXT CHECK (due = date(due)),
    done      INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;

CREATE INDEX action_measures_action_id ON action_measures (action_id, position);

CREATE TABLE followups (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    date       TEXT    NOT NULL CHECK (date = date(date)),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
) STRICT;

CREATE INDEX followups_action_id_date ON followups (action_id, date);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
