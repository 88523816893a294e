package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import nl.cmostamm.portal.shared.Versioned;

/**
 * An exercise of the library by its stable code ({@code stakeholder-map}); what it says lives in its
 * {@link ExerciseVersion}s. Retired exercises stay, since sessions keep the versions they used.
 */
@Entity
@Table(name = "exercise")
public class Exercise implements Serializable, Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false)
    private boolean retired;

    protected Exercise() {}

    public Exercise(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
