package nl.cmostamm.portal.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.eclipse.persistence.sessions.Session;

/**
 * A citizen initiative: the tenant. Not an EclipseLink multitenant entity, because the portfolio,
 * login and the initiative switcher read initiatives across tenants; who may enter one is decided
 * by board membership and advisor assignment (see {@code security}). The database guards the row
 * itself (migration V9): it is read by its own tenant and by the accounts admitted to it, and
 * written only by its own tenant.
 *
 * <p>That is why a new initiative's id is reserved ({@link #reserveId(EntityManager)}) before the
 * transaction that writes it begins: that transaction must have the new initiative as its tenant
 * from its first statement on, both for the database to admit the row and for its themes and the
 * rest to be written in the same transaction.
 */
@Entity
@Table(name = "initiative")
public class Initiative implements Serializable {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    // The identity column's own sequence, so that an id can be taken before the row is written.
    @Id
    @SequenceGenerator(name = "initiative_id", sequenceName = "initiative_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_id")
    private Long id;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = SLUG_PATTERN, message = "{portal.slug.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Province province = Province.GRONINGEN;

    @Size(max = 4000)
    @Column(length = 4000)
    private String mission;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "social_basis_level", nullable = false)
    private SocialBasisLevel socialBasisLevel = SocialBasisLevel.COMMUNAL;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status = InitiativeStatus.ACTIVE;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Version
    @Column(nullable = false)
    private long version;

    public Initiative() {}

    /**
     * A new initiative under the id reserved for it, with the profile as entered (its lists are
     * written separately). A copy, so the entered profile stays a form that can be sent again when
     * the creation is refused. EclipseLink keeps an id that is set before {@code persist}.
     */
    public Initiative(long reservedId, InitiativeForm profile) {
        this.id = reservedId;
        this.slug = profile.getSlug();
        this.name = profile.getName();
        this.municipality = profile.getMunicipality();
        this.province = profile.getProvince();
        this.mission = profile.getMission();
        this.socialBasisLevel = profile.getSocialBasisLevel();
        this.status = profile.getStatus();
        this.startDate = profile.getStartDate();
    }

    /**
     * Takes the id for an initiative that is about to be created. A sequence value is not part of
     * any transaction, so this may run in its own (or none), and a creation that fails afterwards
     * only leaves a gap in the numbers.
     */
    public static long reserveId(EntityManager em) {
        return em.unwrap(Session.class)
                .getNextSequenceNumberValue(Initiative.class)
                .longValue();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public SocialBasisLevel getSocialBasisLevel() {
        return socialBasisLevel;
    }

    public void setSocialBasisLevel(SocialBasisLevel socialBasisLevel) {
        this.socialBasisLevel = socialBasisLevel;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
