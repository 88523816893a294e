package nl.cmostamm.portal.web.story;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.story.ConsentGiver;
import nl.cmostamm.portal.story.Photos;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryConsentForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Uploads;
import org.omnifaces.util.Messages;

/**
 * One story ({@code ?id=}): its text, tags and photo, and its consent record: recording it,
 * correcting it, or withdrawing it. Opening the page is audited as a read of the story.
 */
@Named
@ViewScoped
public class ViewStory implements Serializable {

    @EJB
    StoryService stories;

    private Story story;
    private StoryConsentForm consentForm;
    private boolean photo;
    private transient Part upload;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("Story");
        }
        reload(id);
    }

    private void reload(long id) {
        story = stories.read(id);
        photo = stories.hasPhoto(id);
        consentForm = story.getConsent() == null ? new StoryConsentForm() : StoryConsentForm.of(story.getConsent());
    }

    public void saveConsent() {
        if (ServiceCall.attempt("consent", () -> stories.saveConsent(story.getId(), consentForm)) != null) {
            Texts.info("consent.saved");
            reload(story.getId());
        }
    }

    public void withdraw() {
        if (ServiceCall.run("consent", () -> stories.withdraw(story.getId()))) {
            Texts.info("consent.withdrawnNow");
            reload(story.getId());
        }
    }

    public void uploadPhoto() {
        byte[] content = Uploads.read(upload, Photos.MAX_BYTES, "photoForm:photo", "photo.empty", "photo.tooLarge");
        upload = null;
        if (content == null) {
            return;
        }
        if (ServiceCall.run("photoForm", () -> stories.savePhoto(story.getId(), content))) {
            Texts.info("photo.saved");
            photo = true;
        }
    }

    public void delete() {
        if (ServiceCall.run(null, () -> stories.delete(story.getId(), story.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("story.deleted"));
            Navigation.redirect("/app/story/stories.xhtml");
        }
    }

    public Story getStory() {
        return story;
    }

    public StoryConsentForm getConsentForm() {
        return consentForm;
    }

    /** Whether the consent was withdrawn: then the story is kept only to be seen and deleted. */
    public boolean isWithdrawn() {
        return story.getConsent() != null && story.getConsent().isWithdrawn();
    }

    public boolean isPhoto() {
        return photo;
    }

    public ConsentGiver[] getGivers() {
        return ConsentGiver.values();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
