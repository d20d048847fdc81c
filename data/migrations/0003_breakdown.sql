-- What each value of a dimension column (产品, 地区, 渠道) made of a flow
-- goal's imported period value (issue 16): aggregates per goal, period and
-- value, not the rows, so a year of daily invoices stays small. An import
-- replaces the breakdown of every period it writes.
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
