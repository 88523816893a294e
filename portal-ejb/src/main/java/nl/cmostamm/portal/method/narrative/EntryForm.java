package nl.cmostamm.portal.method.narrative;

import nl.cmostamm.portal.shared.EditForm;

/** A story entered into a round: which story, under which domain, and why it matters to the teller. */
public class EntryForm extends EditForm {

    private Long storyId;
    private Long domainId;
    private String significance;

    static EntryForm of(MscEntry entry) {
        EntryForm form = new EntryForm();
        form.id = entry.getId();
        form.version = entry.getVersion();
        form.storyId = entry.getStory().getId();
        form.domainId = entry.getDomain().getId();
        form.significance = entry.getSignificance();
        return form;
    }

    public Long getStoryId() {
        return storyId;
    }

    public void setStoryId(Long storyId) {
        this.storyId = storyId;
    }

    public Long getDomainId() {
        return domainId;
    }

    public void setDomainId(Long domainId) {
        this.domainId = domainId;
    }

    public String getSignificance() {
        return significance;
    }

    public void setSignificance(String significance) {
        this.significance = significance;
    }
}
