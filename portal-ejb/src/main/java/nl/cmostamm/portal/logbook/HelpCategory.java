package nl.cmostamm.portal.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A kind of help asked for, such as transport or PC help; each help desk keeps its own list. */
@Entity
@Table(name = "help_category")
@NamedQuery(name = HelpCategory.ALL, query = "select c from HelpCategory c order by c.position, c.name")
public class HelpCategory extends TenantOwned {

    public static final String ALL = "HelpCategory.all";

    /** Every new help desk's categories, after Dorpsloket Middelstum; the migrations give the same. */
    public static final List<String> DEFAULTS =
            List.of("Vervoer", "Klussen in huis en tuin", "Pc-hulp", "Gezelschap", "Administratie", "Overig");

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    /** The societal effect the help of this category serves (the insight report groups help by it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "societal_effect_id")
    private SocietalEffect effect;

    protected HelpCategory() {}

    public HelpCategory(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public SocietalEffect getEffect() {
        return effect;
    }

    public void setEffect(SocietalEffect effect) {
        this.effect = effect;
    }
}
