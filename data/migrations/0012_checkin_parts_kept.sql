-- Team check-ins that add up: deleting one's check-in of a period takes
-- back one's own part only. In migration 11 the period's check-in went
-- with it even when others' parts were left; now it holds their sum.
DROP TRIGGER checkin_parts_gone;
CREATE TRIGGER checkin_parts_gone AFTER DELETE ON checkin_parts
WHEN (SELECT checkins_add_up FROM goals WHERE id = OLD.goal_id) = 1 BEGIN
    UPDATE checkin_parts_state SET summing = 1;
    UPDATE checkins SET value = round((SELECT total(value) FROM checkin_parts p
            WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key), (SELECT decimals FROM goals WHERE id = OLD.goal_id))
    WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key;
    INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at, author)
    SELECT p.goal_id, p.period_key, round((SELECT total(value) FROM checkin_parts q
               WHERE q.goal_id = OLD.goal_id AND q.period_key = OLD.period_key), (SELECT decimals FROM goals WHERE id = OLD.goal_id)),
           p.confidence, p.note, p.updated_at, p.updated_at, p.author
    FROM checkin_parts p WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key
      AND NOT EXISTS (SELECT 1 FROM checkins WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key)
    ORDER BY p.updated_at DESC LIMIT 1;
    DELETE FROM checkins WHERE goal_id = OLD.goal_id AND period_key = OLD.period_key
        AND NOT EXISTS (SELECT 1 FROM checkin_parts p WHERE p.goal_id = OLD.goal_id AND p.period_key = OLD.period_key);
    UPDATE checkin_parts_state SET summing = 0;
END;
