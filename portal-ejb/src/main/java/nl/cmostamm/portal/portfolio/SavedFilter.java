package nl.cmostamm.portal.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import nl.cmostamm.portal.shared.Versioned;

/** An account's own named dashboard filter; row-level security shows each account only its own. */
@Entity
@Table(name = "saved_filter")
@NamedQuery(
        name = SavedFilter.MINE,
        query = "select f from SavedFilter f where f.accountId = :account order by lower(f.name)")
public class SavedFilter implements Serializable, Versioned {

    static final String MINE = "SavedFilter.mine";

    public static final int NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 2000)
    private String filter;

    @Version
    private long version;

    protected SavedFilter() {}

    SavedFilter(long accountId, String name, DashboardFilter filter) {
        this.accountId = accountId;
        this.name = name;
        this.filter = filter.encode();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public DashboardFilter getFilter() {
        return DashboardFilter.decode(filter);
    }

    @Override
    public long getVersion() {
        return version;
    }

    long getAccountId() {
        return accountId;
    }
}
