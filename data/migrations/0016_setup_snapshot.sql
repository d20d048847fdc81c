-- The setup snapshot (issue 17): the goals and current plans as one
-- store last read them, encoded in one value (data/setup_snapshot.go)
-- with the setup generation (migration 14) they were read at. A store
-- just opened reads this one value instead of every goal's row and plan
-- while the generation still matches; any write to goals or plans, by
-- any program, changes the generation and so retires the snapshot. A
-- store writes it when it closes, so it costs a goal's edit nothing. The
-- team sync leaves it alone: it is this file's cache, not a record.
CREATE TABLE setup_snapshot (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    g    INTEGER NOT NULL,
    data BLOB    NOT NULL
) STRICT;
