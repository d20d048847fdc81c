-- Team sync: a gap analysis names who wrote it, the login that last saved
-- it on a team file (synced with the review; empty in a file of one's own).
-- As in migration 7, the queueing triggers fire on a row that already
-- carries the file's login; a row that does not gets it from the author
-- triggers, whose update is then queued, so each save is queued once.
ALTER TABLE reviews ADD COLUMN author TEXT NOT NULL DEFAULT '';

DROP TRIGGER sync_reviews_insert;
DROP TRIGGER sync_reviews_update;

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
