package nl.cmostamm.portal.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A story told by someone the initiative touches, under a pseudonym, tagged with themes and goals. */
@Entity
@Table(name = "story")
@NamedEntityGraph(
        name = Story.PAGE,
        attributeNodes = {
            @NamedAttributeNode("themes"),
            @NamedAttributeNode("goals"),
            @NamedAttributeNode(value = "consent", subgraph = "consent")
        },
        subgraphs = @NamedSubgraph(name = "consent", attributeNodes = @NamedAttributeNode("recordedBy")))
public class Story extends TenantOwned {

    /** A story with its tags and its consent, and who recorded that, as its own page shows them. */
    public static final String PAGE = "Story.page";

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "told_on", nullable = false)
    private LocalDate toldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "teller_role", nullable = false, length = 20)
    private TellerRole tellerRole = TellerRole.PARTICIPANT;

    @Column(length = 80)
    private String pseudonym;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @ManyToMany
    @JoinTable(
            name = "story_value_theme",
            joinColumns = @JoinColumn(name = "story_id"),
            inverseJoinColumns = @JoinColumn(name = "value_theme_id"))
    @OrderBy("position")
    private List<ValueTheme> themes = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "story_goal",
            joinColumns = @JoinColumn(name = "story_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_id"))
    @OrderBy("title")
    private List<Goal> goals = new ArrayList<>();

    @OneToOne(mappedBy = "story", fetch = FetchType.LAZY)
    private StoryConsent consent;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getToldOn() {
        return toldOn;
    }

    public void setToldOn(LocalDate toldOn) {
        this.toldOn = toldOn;
    }

    public TellerRole getTellerRole() {
        return tellerRole;
    }

    public void setTellerRole(TellerRole tellerRole) {
        this.tellerRole = tellerRole;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Account createdBy) {
        this.createdBy = createdBy;
    }

    public List<ValueTheme> getThemes() {
        return themes;
    }

    public void setThemes(List<ValueTheme> themes) {
        this.themes = themes;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public void setGoals(List<Goal> goals) {
        this.goals = goals;
    }

    public StoryConsent getConsent() {
        return consent;
    }
}
