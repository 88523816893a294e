package nl.cmostamm.portal.method.sroi.proxy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Versioned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One financial proxy of the knowledge centre's library: an amount in euros per unit at a price
 * year, where it comes from, and the outcome types it suits. Belongs to no initiative. Retired
 * rather than deleted, so what an impact map copied from it can still be traced back.
 */
@Entity
@Table(name = "sroi_proxy")
@NamedEntityGraph(
        name = SroiProxy.WITH_OUTCOMES,
        attributeNodes = {@NamedAttributeNode("outcomeNames")})
public class SroiProxy implements Serializable, Versioned {

    /** A proxy with its outcome types, as every view of the library shows it. */
    public static final String WITH_OUTCOMES = "SroiProxy.withOutcomes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(length = 2000)
    private String description;

    /** In euros. */
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, length = 100)
    private String unit;

    @Column(name = "unit_en", length = 100)
    private String unitEn;

    @Column(name = "price_year", nullable = false)
    private int priceYear;

    @Column(name = "source_title", nullable = false, length = 300)
    private String sourceTitle;

    @Column(name = "source_publisher", nullable = false, length = 200)
    private String sourcePublisher;

    @Column(name = "source_url", nullable = false, length = 500)
    private String sourceUrl;

    @Column(length = 4000)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The names of the {@link OutcomeType}s it suits. Kept as names rather than as mapped enums, so
     * that the library's filter compares a text with a text and no converter has to see the query
     * parameter; {@link #getOutcomes()} hands them out as enums.
     */
    @ElementCollection
    @CollectionTable(name = "sroi_proxy_outcome", joinColumns = @JoinColumn(name = "proxy_id"))
    @Column(name = "outcome", nullable = false, length = 20)
    @BatchFetch(BatchFetchType.IN)
    private Set<String> outcomeNames = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected SroiProxy() {}

    SroiProxy(Account createdBy) {
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    /** Whether its price year lies more than five years before {@code today} ({@link PriceYear}). */
    public boolean isOlderThanFiveYears(LocalDate today) {
        return PriceYear.isOlderThanFiveYears(priceYear, today);
    }

    /** The name in English when the reader reads English and there is one; the Dutch name otherwise. */
    public String nameIn(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    /** The unit in English when the reader reads English and there is one; the Dutch unit otherwise. */
    public String unitIn(boolean english) {
        return english && unitEn != null ? unitEn : unit;
    }

    /** Marks the row changed by {@code account}, now. */
    void touch(Account account) {
        this.updatedBy = account;
        this.updatedAt = Instant.now();
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getValue() {
        return value;
    }

    void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    void setUnit(String unit) {
        this.unit = unit;
    }

    public String getUnitEn() {
        return unitEn;
    }

    void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public int getPriceYear() {
        return priceYear;
    }

    void setPriceYear(int priceYear) {
        this.priceYear = priceYear;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    void setSourceTitle(String sourceTitle) {
        this.sourceTitle = sourceTitle;
    }

    public String getSourcePublisher() {
        return sourcePublisher;
    }

    void setSourcePublisher(String sourcePublisher) {
        this.sourcePublisher = sourcePublisher;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The outcome types it suits, in the order of {@link OutcomeType}. */
    public List<OutcomeType> getOutcomes() {
        return outcomeNames.stream().map(OutcomeType::valueOf).sorted().toList();
    }

    void setOutcomes(Collection<OutcomeType> chosen) {
        Set<String> names = chosen.stream().map(OutcomeType::name).collect(Collectors.toSet());
        // changed in place, so EclipseLink writes only the rows that were added or removed
        outcomeNames.retainAll(names);
        outcomeNames.addAll(names);
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Account getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
