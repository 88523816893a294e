package nl.cmostamm.portal.web.initiative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.Invitation;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The board of the entered initiative: everyone sees who is on it; board admins and advisors
 * invite and remove people. After an invitation the one-time link is shown to copy, because many
 * boards pass it on by WhatsApp rather than e-mail.
 */
@Named
@ViewScoped
public class Members implements Serializable {

    @EJB
    MembersService members;

    @Inject
    ActiveInitiative activeInitiative;

    private List<BoardMembership> board;
    private String email;
    private String displayName;
    private BoardRole role = BoardRole.BOARD_MEMBER;
    private String invitationLink;

    @PostConstruct
    void load() {
        board = members.members();
    }

    public void invite() {
        Invitation invitation = ServiceCall.attempt("invite", () -> members.invite(email, displayName, role));
        if (invitation == null) {
            return;
        }
        invitationLink = invitation.link();
        if (!invitation.needsPassword()) {
            Texts.info("members.added", invitation.email());
        } else if (invitation.mailed()) {
            Texts.info("members.invitedMailed", invitation.email());
        } else {
            Texts.info("members.invitedCopy", invitation.email());
        }
        email = null;
        displayName = null;
        role = BoardRole.BOARD_MEMBER;
        board = members.members();
    }

    public void remove(long membershipId) {
        if (ServiceCall.run(null, () -> members.remove(membershipId))) {
            Texts.info("members.removed");
        }
        board = members.members();
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public List<BoardMembership> getBoard() {
        return board;
    }

    public BoardRole[] getRoles() {
        return BoardRole.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public String getInvitationLink() {
        return invitationLink;
    }
}
