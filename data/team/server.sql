-- Pacer's team schema on the server (issue 19), run once by Create as the
-- admin. {{OWNER}} and {{MEMBER}} are the team's two group roles, quoted.
-- Every row of the plan is a JSON document in pacer.rows under its kind
-- (the local table's name) and id; pacer.changes is the log laptops pull,
-- in the order of seq, which the server alone decides. push and pull run
-- with the caller's rights, so the row-level security below holds for any
-- client, not only Pacer.
CREATE SCHEMA pacer;

CREATE TABLE pacer.meta (
    one         int  PRIMARY KEY CHECK (one = 1),
    version     int  NOT NULL,
    owner_role  text NOT NULL,
    member_role text NOT NULL
);

CREATE TABLE pacer.members (
    login text PRIMARY KEY,
    name  text NOT NULL DEFAULT '',
    role  text NOT NULL CHECK (role IN ('owner', 'member'))
);

CREATE SEQUENCE pacer.seq;

CREATE TABLE pacer.changes (
    seq       bigint PRIMARY KEY,
    change_id text   NOT NULL UNIQUE,
    kind      text   NOT NULL,
    uid       text   NOT NULL,
    op        text   NOT NULL CHECK (op IN ('put', 'del')),
    doc       jsonb,
    author    text   NOT NULL DEFAULT current_user,
    client    text   NOT NULL DEFAULT '',
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_row ON pacer.changes (kind, uid, seq);

CREATE TABLE pacer.rows (
    kind    text   NOT NULL,
    uid     text   NOT NULL,
    doc     jsonb  NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    seq     bigint NOT NULL,
    PRIMARY KEY (kind, uid)
);

-- The rights functions are PL/pgSQL, whose plans are kept between calls:
-- row-level security calls them for every row written, and a SQL function
-- with a sub-select is planned again at each call (five times the cost of
-- a push).
CREATE FUNCTION pacer.is_owner() RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN pg_has_role(current_user, (SELECT owner_role FROM pacer.meta), 'MEMBER');
END $$;

-- The names an action plan's owner may be written as for this login.
CREATE FUNCTION pacer.my_names() RETURNS text[] LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY[current_user::text] || coalesce(
        (SELECT array_agg(name) FROM pacer.members WHERE login = current_user AND name <> ''), '{}');
END $$;

-- may_write says whether the caller may write document d of kind k: owners
-- anything; members their own check-ins (and parts of a period that adds
-- up), follow-ups, feedback and flags,
-- and the action plans they own with those plans' measures and goals.
CREATE FUNCTION pacer.may_write(k text, d jsonb) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF pacer.is_owner() THEN
        RETURN true;
    ELSIF k IN ('checkins', 'checkin_parts', 'followups', 'team_feedback') THEN
        RETURN coalesce(d->>'author' = current_user, false);
    ELSIF k = 'team_clashes' THEN
        RETURN coalesce(d->>'author' = current_user AND d->>'what' = 'flag', false);
    ELSIF k = 'action_plans' THEN
        RETURN coalesce(d->>'owner' = ANY (pacer.my_names()), false);
    ELSIF k IN ('action_measures', 'action_goals') THEN
        RETURN EXISTS (SELECT 1 FROM pacer.rows a WHERE a.kind = 'action_plans' AND a.uid = d->>'action_id'
            AND a.doc->>'owner' = ANY (pacer.my_names()));
    END IF;
    RETURN false;
END $$;

-- refusal is the reason a refused change is given, in the laptop's words.
CREATE FUNCTION pacer.refusal(k text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN k IN ('checkins', 'checkin_parts', 'followups', 'team_feedback', 'team_clashes') THEN 'own_name'
        WHEN k IN ('action_plans', 'action_measures', 'action_goals') THEN 'action_owner'
        ELSE 'owner_only' END
$$;

-- policy is how concurrent edits of a kind meet: 'clash' (goals, plans,
-- settings, gap analyses: same-field edits go to the owner), 'event'
-- (check-ins: the latest counts, a stale one is flagged) or 'lww' (the
-- last write wins per field).
CREATE FUNCTION pacer.policy(k text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN k IN ('goals', 'plans', 'plan_periods', 'history_values', 'goal_dimension_plans', 'settings', 'reviews') THEN 'clash'
        WHEN k = 'checkins' THEN 'event'
        ELSE 'lww' END
$$;

-- natural kinds are named by their natural key (a goal and period, a
-- setting's key): made again after a delete, they come back; a delete of
-- any other kind leaves a tombstone no late edit revives.
CREATE FUNCTION pacer.natural(k text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT k IN ('plans', 'plan_periods', 'history_values', 'goal_sources', 'goal_breakdown',
                 'goal_dimension_plans', 'checkins', 'checkin_parts', 'reviews', 'action_goals', 'settings', 'team_feedback')
$$;

-- note records a clash or a flag as a team_clashes row of its own.
CREATE FUNCTION pacer.note(what text, k text, u text, f text, theirs jsonb, mine jsonb, cid text, cl text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s bigint := nextval('pacer.seq');
    d jsonb := jsonb_build_object('what', what, 'kind', k, 'row_uid', u, 'field', f,
        'theirs', theirs::text, 'mine', mine::text, 'author', current_user::text, 'resolved', 0,
        'created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    nu text := cid || '/' || what || '/' || f;
BEGIN
    INSERT INTO pacer.rows (kind, uid, doc, seq) VALUES ('team_clashes', nu, d, s);
    INSERT INTO pacer.changes (seq, change_id, kind, uid, op, doc, client) VALUES (s, nu, 'team_clashes', nu, 'put', d, cl);
END $$;

-- merge applies document d, made on version b of a row now at cur, field
-- by field: what the laptop did not touch stays as it is on the server.
-- Who saved a row and when never clash: they follow the row, and stay the
-- kept writer's when any field clashed.
CREATE FUNCTION pacer.merge(k text, u text, d jsonb, b bigint, cur jsonb, cid text, cl text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    base jsonb := coalesce((SELECT doc FROM pacer.changes WHERE seq = b AND kind = k AND uid = u), '{}');
    res jsonb := cur;
    f text;
    clashed boolean := false;
BEGIN
    IF pacer.policy(k) = 'event' THEN
        -- The latest check-in counts, field by field: what this laptop did
        -- not touch keeps the other's (a note written meanwhile); a value
        -- other than the one it replaces is flagged as before, and so is a
        -- note or confidence both changed apart, which was replaced unsaid
        -- when the values were the same. Who saved it and when follow the
        -- latest.
        res := d;
        FOR f IN SELECT jsonb_object_keys(d) LOOP
            CONTINUE WHEN f IN ('author', 'created_at', 'updated_at') OR cur->f IS NOT DISTINCT FROM d->f;
            IF d->f IS NOT DISTINCT FROM base->f THEN
                res := res || jsonb_build_object(f, cur->f);
            ELSIF f = 'value' OR f IN ('confidence', 'note') AND cur->f IS DISTINCT FROM base->f THEN
                PERFORM pacer.note('flag', k, u, f, cur->f, d->f, cid, cl);
            END IF;
        END LOOP;
        RETURN res;
    END IF;
    FOR f IN SELECT jsonb_object_keys(d) LOOP
        CONTINUE WHEN d->f IS NOT DISTINCT FROM base->f; -- not touched here
        IF pacer.policy(k) = 'clash' AND f NOT IN ('author', 'created_at', 'updated_at')
           AND cur->f IS DISTINCT FROM base->f AND cur->f IS DISTINCT FROM d->f THEN
            PERFORM pacer.note('clash', k, u, f, cur->f, d->f, cid, cl);
            clashed := true;
        ELSE
            res := res || jsonb_build_object(f, d->f);
        END IF;
    END LOOP;
    IF clashed THEN
        res := res || jsonb_strip_nulls(jsonb_build_object('author', cur->'author',
            'created_at', cur->'created_at', 'updated_at', cur->'updated_at'));
    END IF;
    RETURN res;
END $$;

-- revision_taken says whether the plan revision a plan or plan period d
-- belongs to is someone else's: a revision another laptop added under the
-- same number, which this laptop has not seen. Plan revisions are never
-- rewritten, only added, so the laptop's revision takes the next number.
CREATE FUNCTION pacer.revision_taken(d jsonb, cl text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM pacer.rows p WHERE p.kind = 'plans' AND NOT p.deleted
        AND p.doc->'goal_id' = d->'goal_id' AND p.doc->'revision' = d->'revision'
        AND NOT EXISTS (SELECT 1 FROM pacer.changes x WHERE x.kind = 'plans' AND x.uid = p.uid AND x.client = cl));
END $$;

-- push_one applies one change c of a batch: {id, kind, uid, op, base, doc}.
-- A change id seen before is not applied again; its first result is
-- returned.
CREATE FUNCTION pacer.push_one(c jsonb, cl text,
    OUT change_id text, OUT seq bigint, OUT op text, OUT doc jsonb, OUT merged boolean, OUT refused text)
LANGUAGE plpgsql AS $$
DECLARE
    k text := c->>'kind';
    u text := c->>'uid';
    d jsonb := c->'doc';
    b bigint := coalesce((c->>'base')::bigint, 0);
    prev pacer.changes;
    cur pacer.rows;
    found_row boolean;
    s bigint;
BEGIN
    change_id := c->>'id'; merged := false;
    SELECT * INTO prev FROM pacer.changes x WHERE x.change_id = c->>'id';
    IF FOUND THEN
        seq := prev.seq; op := prev.op; doc := prev.doc;
        RETURN;
    END IF;
    SELECT * INTO cur FROM pacer.rows r WHERE r.kind = k AND r.uid = u;
    found_row := FOUND;
    IF NOT pacer.may_write(k, coalesce(d, cur.doc))
       OR (found_row AND k <> 'checkins' AND NOT pacer.may_write(k, cur.doc)) THEN
        seq := coalesce(cur.seq, 0); doc := cur.doc; merged := true; refused := pacer.refusal(k);
        op := CASE WHEN found_row AND NOT cur.deleted THEN 'put' ELSE 'del' END;
        RETURN;
    END IF;
    IF c->>'op' = 'del' THEN
        op := 'del'; doc := cur.doc; seq := coalesce(cur.seq, 0);
        IF NOT found_row OR cur.deleted THEN
            RETURN;
        END IF;
        seq := nextval('pacer.seq');
        UPDATE pacer.rows r SET deleted = true, seq = push_one.seq WHERE r.kind = k AND r.uid = u;
        INSERT INTO pacer.changes (seq, change_id, kind, uid, op, doc, client) VALUES (push_one.seq, c->>'id', k, u, 'del', cur.doc, cl);
        RETURN;
    END IF;
    op := 'put'; doc := d;
    IF found_row AND cur.deleted AND NOT pacer.natural(k) THEN
        seq := cur.seq; op := 'del'; doc := cur.doc; merged := true; -- the tombstone stays
        RETURN;
    ELSIF k IN ('plans', 'plan_periods') AND b = 0 AND pacer.revision_taken(d, cl) THEN
        seq := 0; op := 'renumber'; doc := NULL; -- the laptop takes the next number
        RETURN;
    ELSIF found_row AND NOT cur.deleted AND b < cur.seq AND EXISTS (
        SELECT 1 FROM pacer.changes x WHERE x.kind = k AND x.uid = u AND x.seq > b AND x.client <> cl) THEN
        doc := pacer.merge(k, u, d, b, cur.doc, c->>'id', cl);
        merged := doc IS DISTINCT FROM d;
    END IF;
    s := nextval('pacer.seq');
    seq := s;
    INSERT INTO pacer.rows AS r (kind, uid, doc, seq) VALUES (k, u, push_one.doc, s)
        ON CONFLICT (kind, uid) DO UPDATE SET doc = excluded.doc, seq = excluded.seq, deleted = false;
    INSERT INTO pacer.changes (seq, change_id, kind, uid, op, doc, client) VALUES (s, c->>'id', k, u, 'put', push_one.doc, cl);
END $$;

-- push applies a batch of changes in order. One push at a time: the lock
-- is held to the commit, so changes commit in the order of their seq and a
-- laptop pulling "after seq N" never skips one that commits later.
CREATE FUNCTION pacer.push(batch jsonb, cl text, shape int)
RETURNS TABLE (change_id text, seq bigint, op text, doc jsonb, merged boolean, refused text)
LANGUAGE plpgsql AS $$
DECLARE
    c jsonb;
BEGIN
    IF shape < (SELECT version FROM pacer.meta) THEN
        RAISE EXCEPTION 'this Pacer is older than the team''s server: update Pacer' USING ERRCODE = 'PA001';
    END IF;
    PERFORM pg_advisory_xact_lock(7243001);
    FOR c IN SELECT value FROM jsonb_array_elements(batch) LOOP
        RETURN QUERY SELECT * FROM pacer.push_one(c, cl);
    END LOOP;
    PERFORM pg_notify('pacer_changes', '');
END $$;

CREATE FUNCTION pacer.pull(after bigint, lim int)
RETURNS TABLE (seq bigint, kind text, uid text, op text, doc jsonb)
LANGUAGE sql STABLE AS $$
    SELECT c.seq, c.kind, c.uid, c.op, c.doc FROM pacer.changes c WHERE c.seq > after ORDER BY c.seq LIMIT lim
$$;

ALTER TABLE pacer.rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE pacer.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE pacer.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE pacer.meta ENABLE ROW LEVEL SECURITY;

CREATE POLICY read ON pacer.rows FOR SELECT USING (true);
CREATE POLICY add ON pacer.rows FOR INSERT WITH CHECK (pacer.may_write(kind, doc));
-- Anyone may add the latest check-in of a period; other rows stay their
-- writer's.
CREATE POLICY change ON pacer.rows FOR UPDATE USING (kind = 'checkins' OR pacer.may_write(kind, doc))
    WITH CHECK (pacer.may_write(kind, doc));
CREATE POLICY read ON pacer.changes FOR SELECT USING (true);
CREATE POLICY add ON pacer.changes FOR INSERT WITH CHECK (author = current_user AND pacer.may_write(kind, doc));
CREATE POLICY read ON pacer.members FOR SELECT USING (true);
CREATE POLICY manage ON pacer.members FOR ALL USING (pacer.is_owner()) WITH CHECK (pacer.is_owner());
CREATE POLICY read ON pacer.meta FOR SELECT USING (true);

GRANT USAGE ON SCHEMA pacer TO {{MEMBER}}, {{OWNER}};
GRANT SELECT ON ALL TABLES IN SCHEMA pacer TO {{MEMBER}}, {{OWNER}};
GRANT INSERT, UPDATE ON pacer.rows TO {{MEMBER}}, {{OWNER}};
GRANT INSERT ON pacer.changes TO {{MEMBER}}, {{OWNER}};
GRANT INSERT, UPDATE, DELETE ON pacer.members TO {{OWNER}};
GRANT USAGE ON SEQUENCE pacer.seq TO {{MEMBER}}, {{OWNER}};
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pacer FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pacer TO {{MEMBER}}, {{OWNER}};
