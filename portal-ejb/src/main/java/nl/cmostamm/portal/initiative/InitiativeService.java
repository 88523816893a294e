package nl.cmostamm.portal.initiative;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NamedRows;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import org.eclipse.persistence.config.QueryHints;

/**
 * An initiative's profile: creating one (admins and advisors), reading and editing the one the
 * user has entered. Themes and effects are saved together with the profile and bump its version,
 * so two people editing the same profile conflict instead of overwriting each other.
 */
@Stateless
@Guarded
public class InitiativeService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<InitiativeCreated> initiativeCreated;

    /** The profile of the initiative the user has entered. */
    @Allow(Caller.BOARD)
    public InitiativeForm current() {
        InitiativeForm form = InitiativeForm.of(em.find(Initiative.class, Tenancy.requireInitiative()));
        form.setThemes(
                new ArrayList<>(themes().stream().map(ValueTheme::getName).toList()));
        form.setEffects(
                new ArrayList<>(effects().stream().map(SocietalEffect::getName).toList()));
        form.setTargetGroups(new ArrayList<>(
                targetGroups().stream().map(TargetGroup::getName).toList()));
        return form;
    }

    @Allow(Caller.BOARD)
    public List<ValueTheme> themes() {
        return em.createNamedQuery(ValueTheme.ALL, ValueTheme.class).getResultList();
    }

    @Allow(Caller.BOARD)
    public List<SocietalEffect> effects() {
        return em.createNamedQuery(SocietalEffect.ALL, SocietalEffect.class).getResultList();
    }

    @Allow(Caller.BOARD)
    public List<TargetGroup> targetGroups() {
        return em.createNamedQuery(TargetGroup.ALL, TargetGroup.class).getResultList();
    }

    /** Saves an edited profile of the current initiative. */
    @Allow(Caller.BOARD_ADMIN)
    public Initiative update(InitiativeForm form) {
        if (form.getId() == null || form.getId() != Tenancy.requireInitiative()) {
            throw new NotFoundException("Initiative");
        }
        Initiative managed =
                em.find(Initiative.class, Tenancy.requireInitiative(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (managed.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException();
        }
        String slug =
                validate(form.getName(), form.getMunicipality(), form.getSlug(), form.getMission(), managed.getId());
        managed.setName(form.getName().strip());
        managed.setSlug(slug);
        managed.setMunicipality(form.getMunicipality().strip());
        managed.setProvince(form.getProvince());
        managed.setMission(form.getMission());
        managed.setSocialBasisLevel(form.getSocialBasisLevel());
        managed.setStatus(form.getStatus());
        managed.setStartDate(form.getStartDate());
        replaceThemes(form.getThemes());
        replaceEffects(form.getEffects());
        replaceTargetGroups(form.getTargetGroups());
        return managed;
    }

    /**
     * Creates an initiative with the default themes (or the given ones). An advisor who creates
     * one gets it in their portfolio. One transaction, so a failure anywhere leaves nothing behind;
     * its id is reserved first because that transaction must have the new initiative as its tenant
     * from the start (see {@link Initiative}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.ADVISOR)
    public Initiative create(InitiativeForm form) {
        List<String> themes = form.getThemes().isEmpty() ? DefaultThemes.DUTCH : form.getThemes();
        List<String> groups = form.getTargetGroups().isEmpty() ? DefaultThemes.TARGET_GROUPS : form.getTargetGroups();
        Initiative initiative = new Initiative(Initiative.reserveId(em), form);
        InitiativeService self = context.getBusinessObject(InitiativeService.class);
        return Tenancy.with(
                Tenancy.current().withInitiative(initiative.getId()),
                () -> self.insert(initiative, themes, form.getEffects(), groups));
    }

    /**
     * Writes a new initiative with its lists in a transaction whose tenant is the new initiative; the
     * features that keep their own starting rows (help categories, the creating advisor's portfolio)
     * add them from the {@link InitiativeCreated} event, in the same transaction.
     */
    @Allow(Caller.SERVICE)
    public Initiative insert(
            Initiative initiative, List<String> themes, List<String> effects, List<String> targetGroups) {
        if (initiative.getId() == null || initiative.getId() != Tenancy.requireInitiative()) {
            throw new IllegalStateException("A new initiative is written in its own tenant");
        }
        initiative.setSlug(validate(
                initiative.getName(),
                initiative.getMunicipality(),
                initiative.getSlug(),
                initiative.getMission(),
                null));
        initiative.setName(initiative.getName().strip());
        initiative.setMunicipality(initiative.getMunicipality().strip());
        em.persist(initiative);
        // written before its own rows: they point at it through a column EclipseLink does not map,
        // so it would not order their inserts after this one
        em.flush();
        replaceThemes(themes);
        replaceEffects(effects);
        replaceTargetGroups(targetGroups);
        initiativeCreated.fire(new InitiativeCreated(Tenancy.requireInitiative()));
        return initiative;
    }

    /** The id of the initiative with this slug; whether the user may enter it is Admission's call. */
    @Allow(Caller.SIGNED_IN)
    public Optional<Long> idOfSlug(String slug) {
        return em.createQuery("select i.id from Initiative i where i.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether another initiative has this slug, over all initiatives: the user may see only some of
     * them, so the database answers (a function that says yes or no and shows no row).
     */
    @Allow(Caller.ADVISOR)
    public boolean slugTaken(String slug, Long exceptId) {
        return (Boolean) em.createNativeQuery("select initiative_slug_taken(?1, cast(?2 as bigint))")
                .setParameter(1, slug)
                .setParameter(2, exceptId)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    }

    /**
     * Checks a profile's own fields, for a new initiative or an edited one, and returns the slug as
     * it is stored: trimmed and in lower case.
     */
    private String validate(String name, String municipality, String enteredSlug, String mission, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new ValidationFailure("initiative.name.required", "name");
        }
        if (municipality == null || municipality.isBlank()) {
            throw new ValidationFailure("initiative.municipality.required", "municipality");
        }
        String slug = enteredSlug == null ? "" : enteredSlug.strip().toLowerCase(Locale.ROOT);
        if (!slug.matches(Initiative.SLUG_PATTERN) || slug.length() > 60) {
            throw new ValidationFailure("initiative.slug.invalid", "slug");
        }
        if (slugTaken(slug, exceptId)) {
            throw new ValidationFailure("initiative.slug.taken", "slug");
        }
        if (mission != null && mission.length() > 4000) {
            throw new ValidationFailure("initiative.mission.tooLong", "mission");
        }
        return slug;
    }

    private void replaceThemes(List<String> names) {
        NamedRows.replace(
                em,
                themes(),
                NamedRows.cleaned(names, "initiative.themes.invalid"),
                ValueTheme::getName,
                ValueTheme::setPosition,
                ValueTheme::new);
    }

    private void replaceEffects(List<String> names) {
        NamedRows.replace(
                em,
                effects(),
                NamedRows.cleaned(names, "initiative.effects.invalid"),
                SocietalEffect::getName,
                SocietalEffect::setPosition,
                (name, position) -> new SocietalEffect(name, null, position));
    }

    private void replaceTargetGroups(List<String> names) {
        NamedRows.replace(
                em,
                targetGroups(),
                NamedRows.cleaned(names, "initiative.targetGroups.invalid"),
                TargetGroup::getName,
                TargetGroup::setPosition,
                TargetGroup::new);
    }
}
