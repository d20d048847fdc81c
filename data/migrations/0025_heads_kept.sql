-- The kept heads (issue 17): a copy of checkin_heads that a store writes as
-- it closes, with the count and the sums of the low and high halves of the
-- heads' marks at that moment. A store just opened compares those with the
-- same aggregate of checkin_heads (one row, about 0.5 ms at 2,000 goals)
-- and, when they match, decodes the copy rather than reading 2,000 rows
-- through database/sql (about 4 ms of the dashboard's first read). A cache
-- only: a row missing or of another format is read past.
CREATE TABLE heads_kept (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data BLOB    NOT NULL
) STRICT;
