package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * Choosing a password through a one-time link from an invitation or a reset. An unknown, used or
 * expired link shows a kind explanation instead of the form.
 */
@Named
@ViewScoped
public class SetPassword implements Serializable {

    @EJB
    AccountService accounts;

    private String token;
    private boolean usable;
    private boolean done;
    private String password;
    private String repeat;

    public void load() {
        usable = accounts.usableToken(token).isPresent();
    }

    public void submit() {
        if (password == null || !password.equals(repeat)) {
            Texts.errorAt("password:repeat", "password.mismatch");
            return;
        }
        done = ServiceCall.run("password", () -> accounts.setPasswordWithToken(token, password));
        if (done) {
            Texts.info("password.set");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
