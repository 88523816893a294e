/**
 * The mechanics of tenant isolation. An initiative is a tenant; everything it owns carries its
 * {@code initiative_id}. Isolation is enforced twice:
 * <ol>
 * <li>by EclipseLink: entities extending {@link nl.cmostamm.portal.tenant.TenantOwned} are
 * {@code @Multitenant(SINGLE_TABLE)}, so every query, find and bulk update is filtered on the
 * tenant property of the transaction's EntityManager;</li>
 * <li>by PostgreSQL: row-level security policies read the transaction-local setting
 * {@code app.tenant_id}, which {@link nl.cmostamm.portal.tenant.TenantConnectionListener} sets on
 * the very connection EclipseLink uses inside the transaction.</li>
 * </ol>
 * Both come from one value: the {@link nl.cmostamm.portal.tenant.Tenancy} scope of the current
 * thread, which the web layer fills from the server-side session only, and which
 * {@link nl.cmostamm.portal.tenant.TenantBinding} copies onto the EntityManager at the start of
 * each service call (the service guard, {@code security.Guard}, calls it before it checks the
 * method's rule). One transaction, one tenant.
 *
 * <p>The same listener sets {@code app.account_id} from the acting account, for the few tables that
 * are read across tenants. Those are not {@code TenantOwned}, because EclipseLink's filter knows only
 * one tenant and the rows are needed before there is one; for them the database is the guard that
 * sees the tenant, and every query names the initiative or the account it wants:
 * <ul>
 * <li>{@code initiative} (the tenant itself): the portfolio, login and the initiative switcher list
 * initiatives across tenants. The database shows a row to its own tenant and to the accounts admitted
 * to it (admin, assigned advisor, board member), and lets only its own tenant change it. A new
 * initiative's id is therefore reserved before the one transaction that writes it and all its first
 * rows, with the new initiative as that transaction's tenant from the start;</li>
 * <li>{@code board_membership} and {@code advisor_assignment} (who may enter which initiative): an
 * account reads its own seats before it has entered any initiative (login, the switcher, the
 * portfolio). The database shows a row to its initiative and to its own account, and lets only its
 * initiative add, change or remove it;</li>
 * <li>{@code survey_link}: an anonymous respondent's link is looked up by the hash of its token
 * before its initiative is known; that lookup is what tells the tenant. Anyone may read a row (it
 * holds a hash, never the token), only the link's initiative may add, change or remove it.</li>
 * </ul>
 * So for these tables the writes are enforced by the database in the transaction's tenant, and the
 * reads by the database on the tenant or the account; the application's half is the rule each
 * service method declares ({@code access.Allow}, checked by {@code security.Guard}), not EclipseLink.
 */
package nl.cmostamm.portal.tenant;
