package nl.cmostamm.portal.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A citizen initiative: the tenant. Not itself tenant-filtered, because the portfolio lists
 * initiatives across tenants; who may enter one is decided by board membership and advisor
 * assignment (see {@code security}).
 */
@Entity
@Table(name = "initiative")
public class Initiative implements Serializable {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
