-- Team check-ins that add up (issue 19): on a goal whose owner says so,
-- each manager checks in their own part of a period (their region's
-- sales) and the period's value is the sum of each author's latest part.
-- The parts are kept here, one row per goal, period and author, synced
-- like any shared row (a newer check-in of an author replaces their own
-- part only). The period's check-in row holds their sum, kept by the
-- triggers below in the same transaction as the part, so the running
-- totals, dashboard, review, detail and exports read the sum as they read
-- any check-in. That check-in row is each laptop's own sum and is not
-- synced while the goal adds up; its parts are.
ALTER TABLE goals ADD COLUMN checkins_add_up INTEGER NOT NULL DEFAULT 0 CHECK (checkins_add_up IN (0, 1));

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

-- summing is set while the triggers write the sum into a check-in row, so
-- that write is not taken for someone checking in.
CREATE TABLE checkin_parts_state (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    summing INTEGER NOT NULL DEFAULT 0 CHECK (summing IN (0, 1))
) STRICT;
INSERT INTO checkin_parts_state (one) VALUES (1);

-- A check-in typed on this laptop on a goal that adds up is this login's
-- part of the period.
CREATE TRIGGER checkin_parts_typed AFTER INSERT ON checkins
WHEN (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1
 AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0 BEGIN
    INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    VALUES (NEW.goal_id, NEW.period_key, (SELECT login FROM sync_state), NEW.value, NEW.confidence, NEW.note, NEW.updated_at)
    ON CONFLICT (goal_id, period_key, author) DO UPDATE SET value = excluded.value,
        confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at;
END;
CREATE TRIGGER checkin_parts_retyped AFTER UPDATE OF value, confidence, note ON checkins
WHEN (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 1
 AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0 BEGIN
    INSERT INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    VALUES (NEW.goal_id, NEW.period_key, (SELECT login FROM sync_state), NEW.value, NEW.confidence, NEW.note, NEW.updated_at)
    ON CONFLICT (goal_id, period_key, author) DO UPDATE SET value = excluded.value,
        confidence = excluded.confidence, note = excluded.note, updated_at = excluded.updated_at;
END;
-- Deleting the period's check-in takes back this login's part; the others'
-- parts stay and still add up.
CREATE TRIGGER checkin_parts_untyped AFTER DELETE ON checkins
WHEN (SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id) = 1
 AND (SELECT summing FROM checkin_parts_state) = 0 AND (SELECT applying FROM sync_state) = 0 BEGIN
    DELETE FROM checkin_parts WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
        AND author = (SELECT login FROM sync_state);
END;

-- A part written here or pulled: the period's check-in becomes the sum of
-- the parts, at the goal's decimals.
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
CREATE TRIGGER checkin_parts_gone AFTER DELETE ON checkin_parts
WHEN (SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id) = 1 BEGIN
    UPDATE checkin_parts_state SET summing = 1;
    UPDATE checkins SET value = round((SELECT total(value) FROM checkin_parts p
            WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key), (SELECT decimals FROM goals WHERE id = OLD.goal_id))
    WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key;
    DELETE FROM checkins WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
        AND NOT EXISTS (SELECT 1 FROM checkin_parts p WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key);
    UPDATE checkin_parts_state SET summing = 0;
END;

-- When a goal starts adding up, each period's check-in so far is its
-- author's part (on every laptop alike, so the parts meet on the server).
CREATE TRIGGER checkin_parts_begin AFTER UPDATE OF checkins_add_up ON goals
WHEN NEW.checkins_add_up = 1 AND OLD.checkins_add_up = 0 BEGIN
    INSERT OR IGNORE INTO checkin_parts (goal_id, period_key, author, value, confidence, note, updated_at)
    SELECT goal_id, period_key, author, value, confidence, note, updated_at FROM checkins WHERE goal_id = NEW.id;
END;

-- The parts are queued like any shared row; the sum is not.
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

DROP TRIGGER sync_checkins_insert;
DROP TRIGGER sync_checkins_update;
DROP TRIGGER sync_checkins_delete;
CREATE TRIGGER sync_checkins_insert AFTER INSERT ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state)
 AND (SELECT checkins_add_up FROM goals WHERE id = NEW.goal_id) = 0 BEGIN
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
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
