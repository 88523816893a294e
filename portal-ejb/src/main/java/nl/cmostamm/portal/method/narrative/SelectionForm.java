package nl.cmostamm.portal.method.narrative;

import nl.cmostamm.portal.shared.EditForm;

/** A panel's choice in one domain as edited: the story chosen and why. */
public class SelectionForm extends EditForm {

    private Long domainId;
    private Long entryId;
    private String reason;

    /** A blank choice for a domain, or the one the panel made. */
    static SelectionForm of(long domainId, MscSelection selection) {
        SelectionForm form = new SelectionForm();
        form.domainId = domainId;
        if (selection != null) {
            form.id = selection.getId();
            form.version = selection.getVersion();
            form.entryId = selection.getEntry().getId();
            form.reason = selection.getReason();
        }
        return form;
    }

    public Long getDomainId() {
        return domainId;
    }

    public void setDomainId(Long domainId) {
        this.domainId = domainId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
