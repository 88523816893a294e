-- The initiative table itself under row-level security. Until now only the service's own check kept
-- the application role from changing another initiative's profile; from here on the database does too.
--
-- Who may read an initiative's row (the USING of the SELECT policy), following what the portal reads:
--   * the transaction's own tenant: everything inside an initiative, and a public survey page, which
--     shows the initiative's name to an anonymous respondent in the tenant of the link's initiative;
--   * the acting account (app.account_id, set with the tenant on the same connection) when it is an
--     active knowledge-centre admin (the admin's portfolio holds every initiative), is assigned to it
--     as advisor, or sits on its board (login, the initiative switcher, entering by slug, the portfolio).
-- Nothing else: without a tenant and without an account (an anonymous request before its tenant is
-- known) no initiative is visible.
--
-- Writing follows the tenant only. An UPDATE or DELETE reaches the current tenant's own row and no
-- other, whatever the account may read. An INSERT is the creation of an initiative, which only the
-- knowledge centre's active admins and advisors do, in a transaction that already has the new
-- initiative as its tenant (its id is taken from the sequence first; see InitiativeService.create),
-- so the new initiative's themes, categories and advisor are written in that same transaction.
--
-- ENABLE without FORCE, unlike the tenant-owned tables: the owner must keep seeing every initiative.
-- Flyway migrates as the owner and data migrations loop over all initiatives (as V2 and V4 do), and the
-- two lookups below run as the owner. The application role owns nothing, so for it the policies hold
-- either way.

ALTER TABLE initiative ENABLE ROW LEVEL SECURITY;

CREATE POLICY visible_to_tenant_or_account ON initiative FOR SELECT
    USING (id = current_tenant()
        OR EXISTS (SELECT 1 FROM account a WHERE a.id = current_account() AND a.active AND a.admin)
        OR EXISTS (SELECT 1 FROM advisor_assignment x
                    WHERE x.initiative_id = initiative.id AND x.account_id = current_account())
        OR EXISTS (SELECT 1 FROM board_membership m
                    WHERE m.initiative_id = initiative.id AND m.account_id = current_account()));

CREATE POLICY created_by_staff_as_tenant ON initiative FOR INSERT
    WITH CHECK (id = current_tenant()
        AND EXISTS (SELECT 1 FROM account a
                     WHERE a.id = current_account() AND a.active AND (a.admin OR a.advisor)));

CREATE POLICY tenant_update ON initiative FOR UPDATE
    USING (id = current_tenant()) WITH CHECK (id = current_tenant());

CREATE POLICY tenant_delete ON initiative FOR DELETE
    USING (id = current_tenant());

-- Two questions about all initiatives that must be answered without showing any of them. A slug is
-- unique over all initiatives, so whether one is taken cannot be asked of the visible rows only (an
-- advisor would otherwise get a constraint error instead of "slug taken"); and the demo data set loads
-- only into a database without initiatives, which it asks before any account exists. SECURITY DEFINER
-- runs them as the owner, who is not subject to the policies above; each answers yes or no, never a row.
CREATE FUNCTION initiative_slug_taken(wanted VARCHAR, except_id BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM initiative WHERE slug = wanted AND id IS DISTINCT FROM except_id) $$;

CREATE FUNCTION any_initiative() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM initiative) $$;

REVOKE ALL ON FUNCTION initiative_slug_taken(VARCHAR, BIGINT), any_initiative() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION initiative_slug_taken(VARCHAR, BIGINT), any_initiative() TO ${appRole};
