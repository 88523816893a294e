package nl.cmostamm.portal.method.toc;

import nl.cmostamm.portal.shared.EditForm;

/** A link as edited: from which element to which, and why the board believes it holds. */
public class LinkForm extends EditForm {

    private Long fromId;
    private Long toId;
    private String assumption;
    private Confidence confidence;
    private String evidence;

    static LinkForm of(TocLink link) {
        LinkForm form = new LinkForm();
        form.id = link.getId();
        form.version = link.getVersion();
        form.fromId = link.getFrom().getId();
        form.toId = link.getTo().getId();
        form.assumption = link.getAssumption();
        form.confidence = link.getConfidence();
        form.evidence = link.getEvidence();
        return form;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public String getAssumption() {
        return assumption;
    }

    public void setAssumption(String assumption) {
        this.assumption = assumption;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
