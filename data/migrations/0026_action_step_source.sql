-- A step of an action plan made from a gap analysis names the gap measure
-- it came from, so that the review shows the measure done once its plan
-- has done it (and no longer when the plan is reopened). A gap measure
-- deleted leaves the step, without the link. Synced as the step's column
-- (team server version 3).
ALTER TABLE action_measures ADD COLUMN review_measure_id INTEGER REFERENCES review_measures (id) ON DELETE SET NULL;

CREATE INDEX action_measures_review_measure_id ON action_measures (review_measure_id)
    WHERE review_measure_id IS NOT NULL;

-- The plans made before are linked step by step to the measure of their
-- gap analysis with the same text, as "Create action plan" copied it.
-- Every laptop of a team links its own file alike, so nothing is queued.
UPDATE sync_state SET applying = 1 WHERE applying = 0 AND linked = 1;
UPDATE action_measures SET review_measure_id = (
    SELECT rm.id FROM review_measures rm JOIN action_plans a ON a.review_id = rm.review_id
    WHERE a.id = action_measures.action_id AND rm.text = action_measures.text
    ORDER BY rm.position, rm.id LIMIT 1)
WHERE EXISTS (
    SELECT 1 FROM review_measures rm JOIN action_plans a ON a.review_id = rm.review_id
    WHERE a.id = action_measures.action_id AND rm.text = action_measures.text);
UPDATE sync_state SET applying = 0 WHERE linked = 1;
