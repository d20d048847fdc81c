-- Team sync: a check-in or follow-up written on a team file is queued once.
-- In migration 6 the insert queued it and the author trigger's own update
-- queued it again. Now the queueing triggers of these two tables fire only
-- on a row that already carries the file's login; a row that does not gets
-- it from the author triggers, whose update is then queued.

DROP TRIGGER sync_checkins_insert;
DROP TRIGGER sync_checkins_update;
DROP TRIGGER IF EXISTS sync_checkins_author;
DROP TRIGGER IF EXISTS sync_checkins_author_update;

CREATE TRIGGER sync_checkins_insert AFTER INSERT ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid;
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkins_update AFTER UPDATE ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS (SELECT login FROM sync_state) BEGIN
    INSERT INTO sync_outbox (tbl, rid, op) VALUES ('checkins', NEW.rowid, 'put');
END;
CREATE TRIGGER sync_checkins_author AFTER INSERT ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    DELETE FROM sync_ids WHERE tbl = 'checkins' AND rid = NEW.rowid;
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_checkins_author_update AFTER UPDATE OF goal_id, period_key, value, confidence, note ON checkins
WHEN (SELECT linked = 1 AND applying = 0 FROM sync_state) AND NEW.author IS NOT (SELECT login FROM sync_state) BEGIN
    UPDATE checkins SET author = (SELECT login FROM sync_state) WHERE id = NEW.id;
END;

DROP TRIGGER sync_followups_insert;
DROP TRIGGER sync_followups_update;
DROP TRIGGER IF EXISTS sync_followups_author;
DROP TRIGGER IF EXISTS sync_followups_author_update;

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
