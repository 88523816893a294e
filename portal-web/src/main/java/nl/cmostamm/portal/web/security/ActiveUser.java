package nl.cmostamm.portal.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.Admittance;

/**
 * Who is logged in, as far as pages need to know: a few small fields, so that the session stays
 * cheap to replicate across a cluster.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private Long accountId;
    private String displayName;
    private boolean admin;
    private boolean advisor;
    private List<Admittance> boards = List.of();

    void signIn(Account account) {
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.admin = account.isAdmin();
        this.advisor = account.isAdvisor();
    }

    /** The boards the user sits on, for the switcher; refreshed on landing and on entering one. */
    void remember(List<Admittance> boards) {
        this.boards = List.copyOf(boards);
    }

    public List<Admittance> getBoards() {
        return boards;
    }

    public void rename(String name) {
        this.displayName = name;
    }

    public boolean isLoggedIn() {
        return accountId != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isAdvisor() {
        return advisor;
    }

    /** Admins and advisors work across initiatives; board members only in their own. */
    public boolean isStaff() {
        return admin || advisor;
    }
}
