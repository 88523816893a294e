package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AccountService;

/**
 * Checks e-mail and password against the accounts. The caller's name is the account id, not the
 * e-mail address, so logs and the container never carry personal data. Groups become roles:
 * {@code USER} for everyone, {@code ADMIN} and {@code ADVISOR} for the knowledge centre's staff;
 * board roles are per initiative and are checked by the services, not by the container. The
 * browser's trusted-device cookie travels to the account service and back through
 * {@link TrustedBrowser}.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    @Inject
    TrustedBrowser browser;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPassword().getValue(), browser.presented())
                .map(signIn -> {
                    browser.confirm(signIn.deviceToken());
                    return new CredentialValidationResult(
                            String.valueOf(signIn.account().getId()), groups(signIn.account()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Account account) {
        Set<String> groups = new HashSet<>();
        groups.add("USER");
        if (account.isAdmin()) {
            groups.add("ADMIN");
        }
        if (account.isAdvisor()) {
            groups.add("ADVISOR");
        }
        return groups;
    }
}
