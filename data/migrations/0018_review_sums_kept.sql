-- The review's sums kept in the file (issue 17). A review of a period
-- reads each goal's running totals at six ends: at 2,000 goals × 10
-- years, 12,000 searches, 30 of a first review's 45 ms. A store keeps
-- what those reads found while it is open (data/live_cache.go); as it
-- closes, it writes them here (data/review_kept.go), so that the next
-- store to open the file reads one value and the marks below instead of
-- searching again, for every goal whose mark is the one written.
--
-- Each goal's head (migration 17) gets a mark: a random number drawn
-- anew whenever anything the review's sums depend on changes, in the
-- same transaction. Every change of a goal's check-ins changes its
-- running totals from that period on, and so its head; its history
-- values and its check-ins the totals leave out change it through the
-- triggers below. Random, not counted up: a head deleted and made again
-- must not come back with a mark written before, and a counter shared by
-- all goals would add a page to every save. Two draws agree once in
-- 2^64. A goal with no head has no mark, and is always searched.
ALTER TABLE checkin_heads ADD COLUMN mark INTEGER NOT NULL DEFAULT 0;

UPDATE checkin_heads SET mark = random();

DROP TRIGGER checkin_heads_insert;
CREATE TRIGGER checkin_heads_insert AFTER INSERT ON checkin_totals
WHEN NOT EXISTS (SELECT 1 FROM checkin_heads WHERE goal_id = NEW.goal_id AND period_key > NEW.period_key) BEGIN
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        VALUES (NEW.goal_id, NEW.period_key, NEW.n, NEW.total, NEW.value, random())
        ON CONFLICT (goal_id) DO UPDATE SET period_key = excluded.period_key, n = excluded.n,
            total = excluded.total, value = excluded.value, mark = excluded.mark;
END;

-- A row before the head written (a recomputation from an earlier
-- period, which rewrites the head too, or another program): the sums of
-- the periods before the head change.
CREATE TRIGGER checkin_heads_mark_insert AFTER INSERT ON checkin_totals
WHEN EXISTS (SELECT 1 FROM checkin_heads WHERE goal_id = NEW.goal_id AND period_key > NEW.period_key) BEGIN
    UPDATE checkin_heads SET mark = random() WHERE goal_id = NEW.goal_id;
END;

-- The head's own row changed in place, or a row before it (the sums of
-- the periods before the head change).
DROP TRIGGER checkin_heads_update;
CREATE TRIGGER checkin_heads_update AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id = NEW.goal_id AND OLD.period_key = NEW.period_key BEGIN
    UPDATE checkin_heads SET n = iif(period_key = NEW.period_key, NEW.n, n),
            total = iif(period_key = NEW.period_key, NEW.total, total),
            value = iif(period_key = NEW.period_key, NEW.value, value), mark = random()
        WHERE goal_id = NEW.goal_id;
END;

DROP TRIGGER checkin_heads_move;
CREATE TRIGGER checkin_heads_move AFTER UPDATE ON checkin_totals
WHEN OLD.goal_id IS NOT NEW.goal_id OR OLD.period_key IS NOT NEW.period_key BEGIN
    DELETE FROM checkin_heads WHERE goal_id IN (OLD.goal_id, NEW.goal_id);
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        SELECT t.goal_id, t.period_key, t.n, t.total, t.value, random() FROM checkin_totals t
        WHERE t.goal_id IN (OLD.goal_id, NEW.goal_id)
          AND t.period_key = (SELECT max(period_key) FROM checkin_totals m WHERE m.goal_id = t.goal_id);
END;

DROP TRIGGER checkin_heads_delete;
CREATE TRIGGER checkin_heads_delete AFTER DELETE ON checkin_totals
WHEN OLD.period_key = (SELECT period_key FROM checkin_heads WHERE goal_id = OLD.goal_id) BEGIN
    DELETE FROM checkin_heads WHERE goal_id = OLD.goal_id;
    INSERT INTO checkin_heads (goal_id, period_key, n, total, value, mark)
        SELECT goal_id, period_key, n, total, value, random() FROM checkin_totals
        WHERE goal_id = OLD.goal_id
        ORDER BY period_key DESC LIMIT 1;
END;

-- A row before the head deleted.
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

-- The kept sums: one value a review key (a cadence and its ranges of
-- keys, data/review_sums.go), of the setup generation g it was read at
-- (migration 14: the goals' decimals and cadences), written in the order
-- used; a store keeps the latest few. Like the setup snapshot, the team
-- sync leaves it alone.
CREATE TABLE review_sums_kept (
    key  TEXT    PRIMARY KEY,
    g    INTEGER NOT NULL,
    used INTEGER NOT NULL,
    data BLOB    NOT NULL
) STRICT;
