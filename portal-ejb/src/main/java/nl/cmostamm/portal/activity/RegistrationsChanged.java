package nl.cmostamm.portal.activity;

/**
 * The activities register announces that a day was registered, corrected or removed. Fired
 * synchronously inside the transaction of the change, so whoever keeps figures derived from the
 * register (the computed indicators) updates them in that transaction and in its tenant; the
 * register itself need not know who listens.
 */
public record RegistrationsChanged() {}
