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
 * {@link nl.cmostamm.portal.tenant.TenantInterceptor} copies onto the EntityManager at the start
 * of each {@link nl.cmostamm.portal.tenant.TenantAware} service call. One transaction, one tenant.
 */
package nl.cmostamm.portal.tenant;
