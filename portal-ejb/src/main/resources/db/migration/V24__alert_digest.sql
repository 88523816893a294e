-- The morning's alerts for advisors. Once a day, once per cluster (job_run), every active
-- initiative's dashboard figures and alerts are worked out in no one's name, and each advisor who
-- wants it gets one e-mail with the alerts that are new in their portfolio since the last run.

-- When an alert was first seen: a refresh that finds the same alert again keeps the moment, so
-- "new since the last e-mail" means new, not merely worked out again.
ALTER TABLE initiative_alert ADD COLUMN first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now();

-- Up to which moment of first sight an alerts run has mailed: the next run mails what came after,
-- so an alert first seen while a run was working is mailed once, by that run or the next.
ALTER TABLE job_run ADD COLUMN covered_until TIMESTAMPTZ;

-- The advisor's choice on their profile page; on by default for the knowledge centre's staff.
ALTER TABLE account ADD COLUMN alert_digest BOOLEAN NOT NULL DEFAULT TRUE;

-- The nightly run must know which initiatives to work out before it enters any of them, and row-level
-- security shows a caller without tenant or account none. SECURITY DEFINER answers with the ids of
-- the active initiatives only, never a row's content; the run then enters each in its own tenant.
CREATE FUNCTION active_initiative_ids() RETURNS SETOF BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM initiative WHERE status = 'ACTIVE' ORDER BY id $$;

REVOKE ALL ON FUNCTION active_initiative_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION active_initiative_ids() TO ${appRole};
