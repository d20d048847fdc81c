-- A save on a team file queued its change in the outbox's table and in an
-- index of the outbox by row, a b-tree page more for every save (issue 19:
-- the save with the sync on within 1.1x of a file of one's own; it was
-- 1.09-1.12x with the sync stopped). The index served one question, asked
-- while pulled changes are applied: has this row a local change waiting?
-- The sync now reads the outbox's rows once per transaction for that
-- (data/team/apply.go, pending), and the outbox is read by its ID only.
DROP INDEX IF EXISTS sync_outbox_row;
