package nl.cmostamm.portal.audit;

/** What happened to the subject of an audit entry. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    READ,
    IMPORT,
    EXPORT
}
