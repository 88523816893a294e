package nl.cmostamm.portal.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stakeholder register and involvement log in Payara Micro against the real PostgreSQL: unique
 * group names, sessions with how many of each group took part, a group in use that cannot go, a
 * stale edit that conflicts, and another initiative's groups out of reach.
 */
@ExtendWith(ArquillianExtension.class)
class StakeholderServiceIT {

    @EJB
    StakeholderService stakeholders;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void aSessionRecordsHowManyOfEachGroupTookPart() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        StakeholderGroup residents =
                Tenancy.with(scope, () -> stakeholders.save(group("Inwoners", Involvement.CONSULT)));
        StakeholderGroup municipality =
                Tenancy.with(scope, () -> stakeholders.save(group("Gemeente", Involvement.INFORM)));
        assertEquals(
                "stakeholder.name.taken",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        scope, () -> stakeholders.save(group("inwoners", Involvement.INFORM))))
                        .getMessageKey());

        InvolvementSessionForm kickoff = new InvolvementSessionForm();
        kickoff.setHeldOn(LocalDate.of(2026, 3, 12));
        kickoff.setMethod(InvolvementMethod.KICKOFF);
        kickoff.setTitle("Startbijeenkomst in het dorpshuis");
        kickoff.setOutcome("Behoefte aan vervoer naar de huisarts.");
        kickoff.setParticipants(new HashMap<>(Map.of(residents.getId(), 34, municipality.getId(), 2)));
        InvolvementSession saved = Tenancy.with(scope, () -> stakeholders.saveSession(kickoff));

        List<InvolvementSession> log = Tenancy.with(scope, () -> stakeholders.sessions(0, 20));
        assertEquals(1, log.size());
        assertEquals(36, log.get(0).getTotalParticipants());
        assertEquals(
                "stakeholder.inUse",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> {
                                    stakeholders.deleteGroup(residents.getId(), residents.getVersion());
                                    return null;
                                }))
                        .getMessageKey());

        InvolvementSessionForm edited =
                InvolvementSessionForm.of(Tenancy.with(scope, () -> stakeholders.session(saved.getId())));
        Map<Long, Integer> fewer = new HashMap<>();
        fewer.put(residents.getId(), 30);
        fewer.put(municipality.getId(), 0);
        edited.setParticipants(fewer);
        Tenancy.with(scope, () -> stakeholders.saveSession(edited));
        assertEquals(
                30,
                Tenancy.with(scope, () -> stakeholders.session(saved.getId())).getTotalParticipants(),
                "a group set to 0 took no part");
        assertThrows(
                ConcurrentEditException.class,
                () -> Tenancy.with(scope, () -> stakeholders.saveSession(edited)),
                "the page still showed the first version");
        assertTrue(Tenancy.with(scope, () -> audit.page(0, 20)).stream()
                .anyMatch(e -> e.getAction() == AuditAction.CREATE && "involvementSession".equals(e.getSubjectType())));
    }

    @Test
    void anotherInitiativesGroupsAreNotFound() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        StakeholderGroup ofA = Tenancy.with(a, () -> stakeholders.save(group("Vrijwilligers", Involvement.COCREATE)));

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> stakeholders.group(ofA.getId())));
        assertTrue(Tenancy.with(b, stakeholders::groups).isEmpty());
        InvolvementSessionForm session = new InvolvementSessionForm();
        session.setHeldOn(LocalDate.now());
        session.setMethod(InvolvementMethod.INTERVIEWS);
        session.setTitle("Interviews");
        session.setParticipants(Map.of(ofA.getId(), 3));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> stakeholders.saveSession(session)),
                "B cannot count A's group");
        assertEquals(0, Tenancy.with(b, stakeholders::countSessions), "and nothing was half-saved");
    }

    private static StakeholderGroupForm group(String name, Involvement involvement) {
        StakeholderGroupForm group = new StakeholderGroupForm();
        group.setName(name);
        group.setInvolvement(involvement);
        group.setEstimatedSize(120);
        return group;
    }
}
