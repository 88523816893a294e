package nl.cmostamm.portal.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import nl.cmostamm.portal.shared.Versioned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The parent of every entity an initiative owns. EclipseLink fills and filters
 * {@code initiative_id} from the EntityManager's {@value TenantOwned#TENANT_PROPERTY} property; the
 * column is not mapped to a field, so no code can set or change it by hand. Every editable
 * entity is versioned so that concurrent edits conflict instead of overwriting each other.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "initiative_id",
        contextProperty = TenantOwned.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantOwned implements Serializable, Versioned {

    /** The EntityManager property that carries the tenant (the initiative id). */
    public static final String TENANT_PROPERTY = "tenant.id";

    /** The EntityManager property that carries the acting account. */
    public static final String ACCOUNT_PROPERTY = "account.id";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
