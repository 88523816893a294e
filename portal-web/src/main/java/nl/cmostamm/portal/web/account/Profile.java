package nl.cmostamm.portal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.web.security.ActiveUser;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The profile page: the user's name and password (the language is in the menu bar), and for
 * advisors whether they get the morning e-mail with new alerts.
 */
@Named
@ViewScoped
public class Profile implements Serializable {

    @EJB
    AccountService accounts;

    @Inject
    ActiveUser activeUser;

    private String displayName;
    private String current;
    private String replacement;
    private String repeat;
    private boolean alertDigest;
    private boolean digestSaved;

    @PostConstruct
    void load() {
        displayName = activeUser.getDisplayName();
        if (activeUser.isAdvisor()) {
            alertDigest = accounts.wantsAlertDigest();
        }
    }

    /** The advisor's choice for the morning e-mail with new alerts, saved as soon as it is ticked. */
    public void saveAlertDigest() {
        // said beside the box (role="status"), where the eye and the focus are, not at the page's top
        digestSaved = ServiceCall.run("alerts", () -> accounts.setAlertDigest(alertDigest));
    }

    /** Whether the choice was just saved: the page then says, beside the box, what it now means. */
    public boolean isDigestSaved() {
        return digestSaved;
    }

    public boolean isAlertDigest() {
        return alertDigest;
    }

    public void setAlertDigest(boolean alertDigest) {
        this.alertDigest = alertDigest;
    }

    public void saveName() {
        if (ServiceCall.run("name", () -> accounts.setDisplayName(displayName))) {
            activeUser.rename(displayName.strip());
            Texts.info("profile.nameSaved");
        }
    }

    public void changePassword() {
        if (replacement == null || !replacement.equals(repeat)) {
            Texts.errorAt("password:repeat", "password.mismatch");
            return;
        }
        if (ServiceCall.run("password", () -> accounts.changePassword(current, replacement))) {
            Texts.info("password.changed");
        }
        current = null;
        replacement = null;
        repeat = null;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
