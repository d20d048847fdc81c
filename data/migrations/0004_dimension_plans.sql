-- The owner's plan for one value of a dimension in one period of a goal
-- (issue 16: "Q1 plan per product"). Where a value has one, the gap by
-- value expects it instead of the value's share of last year. Set per
-- period and dimension at once, replacing that period's plans by value.
CREATE TABLE goal_dimension_plans (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    period_key TEXT    NOT NULL CHECK (period_key <> ''),
    dimension  TEXT    NOT NULL CHECK (dimension <> ''),
    value      TEXT    NOT NULL,
    amount     REAL    NOT NULL,
    PRIMARY KEY (goal_id, period_key, dimension, value)
) STRICT;
