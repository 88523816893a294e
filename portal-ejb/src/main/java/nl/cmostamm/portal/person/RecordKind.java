package nl.cmostamm.portal.person;

/**
 * The kinds of record that can hold a person's name, e-mail address or phone number, one per place
 * in the schema, and what erasure does to each. Decided per table:
 *
 * <ul>
 *   <li>the account is deactivated and its personal fields blanked, never deleted: other rows point
 *       at it (who wrote a story, who did what in the audit log), and those references must hold;
 *       its invitation and reset links and its trusted browsers are deleted, and so are its board
 *       seats and advisor assignments (an erased account sits on no board);
 *   <li>a volunteer who helped is anonymised by the logbook's own rule (the name becomes
 *       "Oud-vrijwilliger" and a number, contact details, availability and skills are cleared), so
 *       the hours keep counting; one who never helped is deleted;
 *   <li>a story told by or about the person is deleted, with its consent, photo and place in a
 *       Most Significant Change round: a story is the person's own words and life, which no rule can
 *       reliably strip of what identifies them, and without the teller its consent no longer holds;
 *   <li>a help request keeps its date, category, status and hours (the logbook's figures), while
 *       the requester becomes "(geanonimiseerd)" and its free-text description and notes go;
 *   <li>a consent given by the person as a representative keeps counting as given, with the
 *       representative's name anonymised;
 *   <li>a stakeholder group's contact person and a fact sheet's contact line are cleared;
 *   <li>a survey answer that names the person keeps its place in the response (so the counts hold)
 *       with its text replaced; survey answers are otherwise anonymous and cannot be searched;
 *   <li>a panel's member list in a Most Significant Change round keeps the other members;
 *   <li>a workshop participant is deleted with their answers, as the retention timer would.
 * </ul>
 */
public enum RecordKind {
    ACCOUNT(false, "account"),
    INVITATION(false, "uitnodigings- of herstellink"),
    TRUSTED_DEVICE(false, "vertrouwde browser"),
    WORKSHOP_PARTICIPANT(false, "deelnemer aan een werkplaats"),
    BOARD_SEAT(true, "bestuurszetel"),
    ADVISOR_ASSIGNMENT(true, "toewijzing als adviseur"),
    VOLUNTEER(true, "vrijwilliger"),
    HELP_REQUEST(true, "hulpvraag"),
    STORY(true, "verhaal"),
    CONSENT_REPRESENTATIVE(true, "toestemming als vertegenwoordiger"),
    STAKEHOLDER_CONTACT(true, "contactpersoon van belanghebbenden"),
    SURVEY_ANSWER(true, "antwoord op een vragenlijst"),
    FACT_SHEET_CONTACT(true, "contactregel van het feitenblad"),
    MSC_PANEL_MEMBER(true, "lid van een selectiepanel");

    private final boolean inInitiative;
    private final String auditName;

    RecordKind(boolean inInitiative, String auditName) {
        this.inInitiative = inInitiative;
        this.auditName = auditName;
    }

    /** Whether the record belongs to an initiative (and so is read and erased in its tenancy). */
    public boolean inInitiative() {
        return inInitiative;
    }

    /**
     * The Dutch name in an initiative's audit log, which is kept in Dutch like the log's other
     * summaries; the pages name the kinds from the bundles.
     */
    String auditName() {
        return auditName;
    }
}
