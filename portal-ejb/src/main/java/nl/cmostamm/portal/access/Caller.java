package nl.cmostamm.portal.access;

/**
 * Who may call a service method, as declared by {@link Allow}. Each level names a kind of person
 * in the domain; the {@link Guard} decides it from the server-side {@code Tenancy} scope only.
 */
public enum Caller {
    /** Nobody needs to be logged in: survey respondents following a public link, the login itself. */
    ANYONE,
    /** Any active account that is logged in, whichever initiative (if any) it has entered. */
    SIGNED_IN,
    /**
     * Someone admitted to the entered initiative: a board member, a board admin, one of its
     * advisors or a knowledge-centre admin. Anyone else is told the initiative does not exist.
     */
    BOARD,
    /** As {@link #BOARD}, but only those who may manage it: board admins, its advisors, admins. */
    BOARD_ADMIN,
    /** The entered initiative's own advisors and the knowledge centre's admins (survey templates). */
    INITIATIVE_ADVISOR,
    /** Knowledge-centre staff across initiatives: advisors and admins (the portfolio). */
    ADVISOR,
    /** The knowledge centre's admins only (advisor accounts, assignments). */
    KNOWLEDGE_CENTRE_ADMIN,
    /**
     * Only from inside another service method, which has its own rule: building blocks such as
     * the audit trail or the recomputation of indicators that the web layer must not call.
     */
    SERVICE,
    /**
     * Work that no person asked for: start-up (the demo data set). Refused inside every HTTP
     * request, since the web layer opens a scope for each, even an anonymous one.
     */
    SYSTEM
}
