package nl.cmostamm.portal.method.chooser;

/** Where the initiative stands: starting (an idea or its first year), running, or long established. */
public enum Phase {
    STARTING,
    RUNNING,
    ESTABLISHED
}
