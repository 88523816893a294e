package nl.cmostamm.portal.person;

/** What a person asked for: to see their data (inzage), to receive it (export), or to have it erased. */
public enum RequestKind {
    INSPECTION,
    EXPORT,
    ERASURE
}
