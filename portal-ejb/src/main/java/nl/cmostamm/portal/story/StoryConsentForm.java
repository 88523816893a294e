package nl.cmostamm.portal.story;

import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A story's consent as recorded or corrected: who gave it, for which purposes and on which day.
 * Who recorded it and its withdrawal are not in it: the service sets the one and {@code withdraw}
 * the other. {@code version} is the consent's version when the page was opened; saving with an
 * older one is a conflict. A new form is consent given by the person today.
 */
public class StoryConsentForm extends EditForm {

    private ConsentGiver givenBy = ConsentGiver.PERSON;
    private String representative;
    private boolean internalLearning;
    private boolean reports;
    private boolean publication;
    private LocalDate givenOn = LocalDate.now();

    public static StoryConsentForm of(StoryConsent consent) {
        StoryConsentForm form = new StoryConsentForm();
        form.id = consent.getId();
        form.version = consent.getVersion();
        form.givenBy = consent.getGivenBy();
        form.representative = consent.getRepresentative();
        form.internalLearning = consent.isInternalLearning();
        form.reports = consent.isReports();
        form.publication = consent.isPublication();
        form.givenOn = consent.getGivenOn();
        return form;
    }

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public boolean isInternalLearning() {
        return internalLearning;
    }

    public void setInternalLearning(boolean internalLearning) {
        this.internalLearning = internalLearning;
    }

    public boolean isReports() {
        return reports;
    }

    public void setReports(boolean reports) {
        this.reports = reports;
    }

    public boolean isPublication() {
        return publication;
    }

    public void setPublication(boolean publication) {
        this.publication = publication;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
