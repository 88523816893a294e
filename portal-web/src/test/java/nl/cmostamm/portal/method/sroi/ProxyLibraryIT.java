package nl.cmostamm.portal.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.method.sroi.proxy.OutcomeType;
import nl.cmostamm.portal.method.sroi.proxy.ProxyChange;
import nl.cmostamm.portal.method.sroi.proxy.ProxyFilter;
import nl.cmostamm.portal.method.sroi.proxy.ProxyForm;
import nl.cmostamm.portal.method.sroi.proxy.ProxyLibrary;
import nl.cmostamm.portal.method.sroi.proxy.ProxySort;
import nl.cmostamm.portal.method.sroi.proxy.SroiProxy;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge centre's proxy library in Payara Micro against the real PostgreSQL: advisors add and
 * edit proxies, a board member reads the library but may not change it, a stale edit conflicts,
 * refused input changes nothing, a retired proxy leaves the default list but can still be found,
 * and the seed of V12 holds a dozen proxies that each name their source.
 */
@ExtendWith(ArquillianExtension.class)
class ProxyLibraryIT {

    /** The names of the proxies V12 seeds. */
    private static final Set<String> SEEDED = Set.of(
            "Uur vrijwillige inzet (wettelijk minimumloon)",
            "Uur mantelzorg (schaduwprijs)",
            "Vermeden huisartsconsult",
            "Vermeden bezoek aan de spoedeisende hulp",
            "Loonkosten per uur (gemiddeld)",
            "Gewonnen gezond levensjaar (QALY), laagste referentiewaarde",
            "Gewonnen gezond levensjaar (QALY), hoogste referentiewaarde",
            "Eén punt meer levenstevredenheid gedurende een jaar (WELLBY)",
            "Ernstige eenzaamheid opgeheven",
            "Voorkomen woninginbraak",
            "Voorkomen geweldsdelict met letsel",
            "Bespaarde bijstandsuitkering");

    private static final ProxyFilter EVERY_PROXY = new ProxyFilter(null, null, true);

    @EJB
    ProxyLibrary library;

    @EJB
    InitiativeService initiatives;

    @EJB
    MembersService members;

    @EJB
    TestAccounts accounts;

    @Test
    void anAdvisorAddsAndEditsAProxyAndEachChangeIsInItsHistory() {
        Tenancy.Scope advisor = advisor();
        String name = unique("Uur maatjescontact");

        SroiProxy added = Tenancy.with(advisor, () -> library.save(form(name)));
        ProxyForm edit = Tenancy.with(advisor, () -> library.form(added.getId()));
        edit.setValue(new BigDecimal("15.50"));
        edit.setOutcomes(OutcomeType.LONELINESS, OutcomeType.SOCIAL_CONTACT);
        edit.setNotes("Controleer vóór gebruik.");
        Tenancy.with(advisor, () -> library.save(edit));

        SroiProxy now = Tenancy.with(advisor, () -> library.find(added.getId()));
        assertEquals(new BigDecimal("15.50"), now.getValue());
        assertEquals(List.of(OutcomeType.LONELINESS, OutcomeType.SOCIAL_CONTACT), now.getOutcomes());
        assertEquals("per uur", now.getUnit());
        assertEquals(2024, now.getPriceYear());
        assertEquals("https://www.example.nl/bron", now.getSourceUrl());
        assertTrue(now.getVersion() > added.getVersion(), "an edit raises the version");
        assertEquals(
                List.of(ProxyChange.Kind.EDITED, ProxyChange.Kind.CREATED),
                Tenancy.with(advisor, () -> library.history(added.getId())).stream()
                        .map(ProxyChange::getKind)
                        .toList());
        assertTrue(
                Tenancy.with(advisor, () -> library.history(added.getId()))
                        .get(0)
                        .getSummary()
                        .contains("15,50"),
                "the history says what the proxy said after the change");
        assertEquals(
                List.of(added.getId()),
                Tenancy.with(
                                advisor,
                                () -> library.page(
                                        new ProxyFilter(name.toUpperCase(), OutcomeType.LONELINESS, false),
                                        ProxySort.NAME,
                                        true,
                                        0,
                                        25))
                        .stream()
                        .map(SroiProxy::getId)
                        .toList(),
                "found by text, whatever its case, and by outcome type");
        assertEquals(
                0,
                Tenancy.with(advisor, () -> library.count(new ProxyFilter(name, OutcomeType.SAFETY, false))),
                "not found under an outcome type it does not suit");
    }

    @Test
    void aKnowledgeCentreAdminEditsTheLibraryToo() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);

        SroiProxy added = Tenancy.with(admin, () -> library.save(form(unique("Dagje dorpshuis"))));

        assertTrue(added.getId() != null);
    }

    @Test
    void aBoardMemberReadsTheLibraryButMayNotChangeIt() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        String email = InContainer.uniqueEmail("lid");
        Tenancy.with(admin, () -> members.invite(email, "Lid", BoardRole.BOARD_MEMBER));
        Tenancy.Scope member = new Tenancy.Scope(accounts.idOf(email), admin.initiativeId());
        SroiProxy existing = Tenancy.with(advisor(), () -> library.save(form(unique("Kopje koffie"))));
        long before = Tenancy.with(member, () -> library.count(EVERY_PROXY));

        assertTrue(before >= 13, "the seed and the proxy just added: " + before);
        assertEquals(
                existing.getName(),
                Tenancy.with(member, () -> library.find(existing.getId())).getName());
        assertTrue(
                Tenancy.with(member.withInitiative(null), () -> library.count(ProxyFilter.ACTIVE)) >= 12,
                "also outside any initiative");
        ProxyForm change = form(existing.getName());
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.save(change)));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.form(existing.getId())));
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(member, () -> library.retire(existing.getId(), existing.getVersion())));
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(member, () -> library.save(form(unique("Door een lid")))));
        assertEquals(before, Tenancy.with(member, () -> library.count(EVERY_PROXY)), "nothing was added");
        assertTrue(Tenancy.with(member, () -> library.find(existing.getId())).isActive(), "nothing was retired");
    }

    @Test
    void twoAdvisorsSavingTheSameProxyConflictInsteadOfOverwriting() {
        Tenancy.Scope advisor = advisor();
        Tenancy.Scope colleague = advisor();
        SroiProxy saved = Tenancy.with(advisor, () -> library.save(form(unique("Uur buurtbemiddeling"))));
        ProxyForm mine = Tenancy.with(advisor, () -> library.form(saved.getId()));
        ProxyForm theirs = Tenancy.with(colleague, () -> library.form(saved.getId()));
        mine.setValue(new BigDecimal("21.00"));
        Tenancy.with(advisor, () -> library.save(mine));

        theirs.setPriceYear(2025);
        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(colleague, () -> library.save(theirs)));
        assertThrows(
                ConcurrentEditException.class,
                () -> Tenancy.with(colleague, () -> library.retire(saved.getId(), saved.getVersion())),
                "retiring what was opened before someone's edit conflicts too");

        SroiProxy now = Tenancy.with(advisor, () -> library.find(saved.getId()));
        assertEquals(new BigDecimal("21.00"), now.getValue());
        assertEquals(2024, now.getPriceYear(), "the second save changed nothing");
        assertTrue(now.isActive());
    }

    @Test
    void anInvalidAmountLinkOrPriceYearIsRefusedAtItsFieldAndChangesNothing() {
        Tenancy.Scope advisor = advisor();
        SroiProxy saved = Tenancy.with(advisor, () -> library.save(form(unique("Uur voorlezen"))));
        long count = Tenancy.with(advisor, () -> library.count(EVERY_PROXY));
        int history =
                Tenancy.with(advisor, () -> library.history(saved.getId())).size();

        assertRefused(advisor, saved, "proxy.value.positive", "value", f -> f.setValue(BigDecimal.ZERO));
        assertRefused(advisor, saved, "proxy.value.positive", "value", f -> f.setValue(new BigDecimal("-1")));
        assertRefused(advisor, saved, "proxy.value.cents", "value", f -> f.setValue(new BigDecimal("1.005")));
        assertRefused(
                advisor, saved, "proxy.sourceUrl.invalid", "sourceUrl", f -> f.setSourceUrl("javascript:alert(1)"));
        assertRefused(
                advisor, saved, "proxy.sourceUrl.invalid", "sourceUrl", f -> f.setSourceUrl("ftp://example.nl/x"));
        assertRefused(advisor, saved, "proxy.priceYear.range", "priceYear", f -> f.setPriceYear(1989));
        assertRefused(advisor, saved, "proxy.priceYear.range", "priceYear", f -> f.setPriceYear(2101));
        assertRefused(advisor, saved, "proxy.outcomes.required", "outcomes", f -> f.setOutcomes());
        assertRefused(advisor, saved, "proxy.name.taken", "name", f -> f.setName("uur MANTELZORG (schaduwprijs)"));
        ProxyForm fresh = form(unique("Nieuw maar fout"));
        fresh.setSourceUrl("www.example.nl");
        assertEquals(
                "proxy.sourceUrl.invalid",
                assertThrows(ValidationFailure.class, () -> Tenancy.with(advisor, () -> library.save(fresh)))
                        .getMessageKey());

        SroiProxy now = Tenancy.with(advisor, () -> library.find(saved.getId()));
        assertEquals(saved.getVersion(), now.getVersion(), "the proxy is as it was");
        assertEquals(new BigDecimal("12.75"), now.getValue());
        assertEquals("https://www.example.nl/bron", now.getSourceUrl());
        assertEquals(2024, now.getPriceYear());
        assertEquals(count, Tenancy.with(advisor, () -> library.count(EVERY_PROXY)), "nothing was added");
        assertEquals(
                history,
                Tenancy.with(advisor, () -> library.history(saved.getId())).size(),
                "and no change was recorded");
    }

    @Test
    void aRetiredProxyLeavesTheDefaultListButCanStillBeFoundAndReactivated() {
        Tenancy.Scope advisor = advisor();
        String name = unique("Uur taalmaatje");
        SroiProxy saved = Tenancy.with(advisor, () -> library.save(form(name)));
        ProxyFilter byName = new ProxyFilter(name, null, false);
        assertEquals(1, Tenancy.with(advisor, () -> library.count(byName)));

        SroiProxy retired = Tenancy.with(advisor, () -> library.retire(saved.getId(), saved.getVersion()));

        assertFalse(retired.isActive());
        assertEquals(0, Tenancy.with(advisor, () -> library.count(byName)), "not among the choices");
        assertEquals(List.of(), Tenancy.with(advisor, () -> library.page(byName, ProxySort.NAME, true, 0, 25)));
        assertEquals(
                1,
                Tenancy.with(advisor, () -> library.count(new ProxyFilter(name, null, true))),
                "shown when asked for");
        assertFalse(
                Tenancy.with(advisor, () -> library.find(saved.getId())).isActive(),
                "a map that copied it can still find it");

        Tenancy.with(advisor, () -> library.reactivate(retired.getId(), retired.getVersion()));
        assertEquals(1, Tenancy.with(advisor, () -> library.count(byName)));
        assertEquals(
                List.of(ProxyChange.Kind.REACTIVATED, ProxyChange.Kind.RETIRED, ProxyChange.Kind.CREATED),
                Tenancy.with(advisor, () -> library.history(saved.getId())).stream()
                        .map(ProxyChange::getKind)
                        .toList());
    }

    @Test
    void theSeedHoldsADozenProxiesThatEachNameTheirSource() {
        Tenancy.Scope advisor = advisor();

        List<SroiProxy> seeded =
                Tenancy.with(advisor, () -> library.page(EVERY_PROXY, ProxySort.NAME, true, 0, 100)).stream()
                        .filter(p -> SEEDED.contains(p.getName()))
                        .toList();

        assertEquals(SEEDED.size(), seeded.size(), "every seeded proxy is there: " + seeded);
        assertTrue(seeded.size() >= 12);
        for (SroiProxy proxy : seeded) {
            String which = proxy.getName();
            assertTrue(proxy.isActive(), which);
            assertTrue(proxy.getValue().signum() > 0, which);
            assertFalse(proxy.getUnit().isBlank(), which);
            assertTrue(proxy.getPriceYear() >= 1990 && proxy.getPriceYear() <= 2100, which);
            assertFalse(proxy.getSourceTitle().isBlank(), which);
            assertFalse(proxy.getSourcePublisher().isBlank(), which);
            assertTrue(proxy.getSourceUrl().startsWith("https://"), which + ": " + proxy.getSourceUrl());
            assertFalse(proxy.getOutcomes().isEmpty(), which);
            assertTrue(proxy.getNotes().contains("Controleer vóór gebruik"), which + " asks to be checked");
            assertTrue(proxy.getNameEn() != null && proxy.getUnitEn() != null, which + " reads in English too");
        }
        assertTrue(
                Tenancy.with(
                                advisor,
                                () -> library.page(
                                        new ProxyFilter(null, OutcomeType.LONELINESS, false),
                                        ProxySort.NAME,
                                        true,
                                        0,
                                        100))
                        .stream()
                        .anyMatch(p -> p.getName().equals("Ernstige eenzaamheid opgeheven")),
                "the seed is found by outcome type");
    }

    private void assertRefused(
            Tenancy.Scope advisor, SroiProxy saved, String key, String field, Consumer<ProxyForm> change) {
        ProxyForm form = Tenancy.with(advisor, () -> library.form(saved.getId()));
        change.accept(form);
        ValidationFailure refused =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(advisor, () -> library.save(form)));
        assertEquals(key, refused.getMessageKey());
        assertEquals(field, refused.getField());
    }

    /** A new advisor of the knowledge centre, in no initiative. */
    private Tenancy.Scope advisor() {
        Account account = new Account(InContainer.uniqueEmail("adviseur"), "Adviseur");
        account.setAdvisor(true);
        return new Tenancy.Scope(accounts.create(account, "geen-wachtwoord").getId(), null);
    }

    private static ProxyForm form(String name) {
        ProxyForm form = new ProxyForm();
        form.setName(name);
        form.setValue(new BigDecimal("12.75"));
        form.setUnit("per uur");
        form.setPriceYear(2024);
        form.setSourceTitle("Testbron");
        form.setSourcePublisher("Testuitgever");
        form.setSourceUrl("https://www.example.nl/bron");
        form.setOutcomes(OutcomeType.VOLUNTEERING);
        return form;
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
