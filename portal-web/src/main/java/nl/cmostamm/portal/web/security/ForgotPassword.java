package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * "Forgot password": mails a one-time link when the address belongs to an account. The answer on
 * screen is the same either way, so the page cannot be used to find out who has an account.
 */
@Named
@RequestScoped
public class ForgotPassword {

    @EJB
    AccountService accounts;

    @NotBlank
    @Size(max = 254)
    private String email;

    private boolean sent;

    public void submit() {
        accounts.requestPasswordReset(email);
        sent = true;
        Texts.info("forgot.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
