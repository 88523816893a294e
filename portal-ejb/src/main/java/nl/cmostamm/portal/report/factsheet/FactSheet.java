package nl.cmostamm.portal.report.factsheet;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * The board's choices for its fact sheet, one row per initiative. The chosen figures and stories are
 * kept as short comma-separated lists in the order the board put them: they are only ever read
 * whole, with this row, and a story that disappears or loses its consent is skipped when the sheet
 * is made rather than removed from here (its consent may be given again).
 */
@Entity
@Table(name = "fact_sheet")
public class FactSheet extends TenantOwned {

    /** The largest logo accepted, in bytes; the database holds the same limit. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    public static final int MAX_CONTACT = 200;

    /** The most stories a sheet shows. */
    public static final int MAX_STORIES = 3;

    @Column(nullable = false, length = 200)
    private String figures;

    @Column(name = "story_ids", nullable = false, length = 100)
    private String storyIds = "";

    @Column(name = "show_goals", nullable = false)
    private boolean showGoals = true;

    @Column(name = "show_chain", nullable = false)
    private boolean showChain = true;

    @Column(name = "show_sroi", nullable = false)
    private boolean showSroi = true;

    @Column(nullable = false, length = 2)
    private String language = "nl";

    @Column(length = MAX_CONTACT)
    private String contact;

    // lazy: the page's form reads the choices many times, the logo only when a sheet is made
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    public List<KeyFigure> getFigures() {
        return figures == null || figures.isEmpty()
                ? List.of()
                : Arrays.stream(figures.split(",")).map(KeyFigure::valueOf).toList();
    }

    void setFigures(List<KeyFigure> chosen) {
        this.figures = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<Long> getStoryIds() {
        return storyIds == null || storyIds.isEmpty()
                ? List.of()
                : Arrays.stream(storyIds.split(",")).map(Long::valueOf).toList();
    }

    void setStoryIds(List<Long> chosen) {
        this.storyIds = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public boolean isShowGoals() {
        return showGoals;
    }

    void setShowGoals(boolean showGoals) {
        this.showGoals = showGoals;
    }

    public boolean isShowChain() {
        return showChain;
    }

    void setShowChain(boolean showChain) {
        this.showChain = showChain;
    }

    public boolean isShowSroi() {
        return showSroi;
    }

    void setShowSroi(boolean showSroi) {
        this.showSroi = showSroi;
    }

    public Language getLanguage() {
        return Language.of(language);
    }

    void setLanguage(Language language) {
        this.language = language.code();
    }

    public String getContact() {
        return contact;
    }

    void setContact(String contact) {
        this.contact = contact;
    }

    byte[] getLogo() {
        return logo;
    }

    public String getLogoType() {
        return logoType;
    }

    public boolean hasLogo() {
        return logoType != null;
    }

    void setLogo(byte[] logo, String logoType) {
        this.logo = logo;
        this.logoType = logoType;
    }
}
