-- A goal's saved data source (issue 16): the layout of the file its last
-- import came from, its value column and the filter on the other columns
-- ("销售额(元) where 地区 = 北美"), so the goal detail can say where its
-- actuals come from. Columns are named as the file's header names them.
CREATE TABLE goal_sources (
    goal_id      INTEGER PRIMARY KEY REFERENCES goals (id) ON DELETE CASCADE,
    layout       TEXT    NOT NULL CHECK (layout <> ''),
    columns      TEXT    NOT NULL, -- JSON array of the file's column names
    value_column TEXT    NOT NULL CHECK (trim(value_column) <> ''),
    filter       TEXT    NOT NULL DEFAULT '[]', -- JSON array of {column, op, values}, AND-ed
    updated_at   TEXT    NOT NULL
) STRICT;
