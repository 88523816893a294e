package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board's own rules, in Payara Micro against the real PostgreSQL: who may invite, no one twice,
 * someone with an account needs no link, and the last board admin stays.
 */
@ExtendWith(ArquillianExtension.class)
class MembersServiceIT {

    @EJB
    MembersService members;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void theLastBoardAdminStaysAndOtherMembersCanBeRemoved() {
        Tenancy.Scope admin = newInitiativeAsAdmin();
        Tenancy.with(admin, () -> members.invite(unique("voorzitter"), "Voorzitter", BoardRole.BOARD_ADMIN));
        Tenancy.with(admin, () -> members.invite(unique("lid"), "Lid", BoardRole.BOARD_MEMBER));
        BoardMembership chair = only(admin, BoardRole.BOARD_ADMIN);
        BoardMembership member = only(admin, BoardRole.BOARD_MEMBER);

        ValidationFailure refused = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(admin, () -> {
                    members.remove(chair.getId());
                    return null;
                }));
        assertEquals("member.lastAdmin", refused.getMessageKey());

        Tenancy.with(admin, () -> {
            members.remove(member.getId());
            return null;
        });
        assertEquals(1, Tenancy.with(admin, members::members).size());
    }

    @Test
    void nobodySitsOnABoardTwiceAndSomeoneWithAPasswordNeedsNoLink() {
        Tenancy.Scope admin = newInitiativeAsAdmin();
        String email = unique("dubbel");
        Invitation first = Tenancy.with(admin, () -> members.invite(email, "Dubbel", BoardRole.BOARD_MEMBER));
        assertTrue(first.needsPassword(), "a new person gets a link");

        ValidationFailure twice = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(admin, () -> members.invite(email.toUpperCase(), "Dubbel", BoardRole.BOARD_MEMBER)));
        assertEquals("member.exists", twice.getMessageKey());

        Tenancy.Scope otherBoard = newInitiativeAsAdmin();
        Account withPassword = new Account(unique("heeft-wachtwoord"), "Met wachtwoord");
        accounts.create(withPassword, accounts.hash("een lang wachtwoord"));
        Invitation known = Tenancy.with(
                otherBoard, () -> members.invite(withPassword.getEmail(), "Met wachtwoord", BoardRole.BOARD_MEMBER));
        assertFalse(known.needsPassword());
        assertNull(known.link());
    }

    @Test
    void aBoardMemberCannotInviteOrRemove() {
        Tenancy.Scope admin = newInitiativeAsAdmin();
        String email = unique("gewoon-lid");
        Tenancy.with(admin, () -> members.invite(email, "Gewoon lid", BoardRole.BOARD_MEMBER));
        long memberId = accounts.idOf(email);
        Tenancy.Scope asMember = new Tenancy.Scope(memberId, admin.initiativeId());

        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(
                        asMember, () -> members.invite(unique("nog-een"), "Nog een", BoardRole.BOARD_ADMIN)));
        assertEquals(1, Tenancy.with(asMember, members::members).size(), "a board member does see the board");
    }

    private Tenancy.Scope newInitiativeAsAdmin() {
        return InContainer.newInitiativeAsAdmin(accounts, initiatives);
    }

    private BoardMembership only(Tenancy.Scope scope, BoardRole role) {
        return Tenancy.with(scope, members::members).stream()
                .filter(m -> m.getRole() == role)
                .findFirst()
                .orElseThrow();
    }

    private static String unique(String name) {
        return InContainer.uniqueEmail(name);
    }
}
