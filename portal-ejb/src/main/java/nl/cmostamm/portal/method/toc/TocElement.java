package nl.cmostamm.portal.method.toc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One box of the Theory of Change: a problem, an end goal, a resource, an activity, an output, an
 * outcome or an impact; with the indicators, stories and surveys that are its evidence.
 */
@Entity
@Table(name = "toc_element")
@NamedQuery(name = TocElement.ALL, query = "select e from TocElement e order by e.level, e.position, e.id")
@NamedEntityGraph(
        name = TocElement.WITH_EVIDENCE,
        attributeNodes = {
            @NamedAttributeNode("indicators"),
            @NamedAttributeNode("stories"),
            @NamedAttributeNode("surveys")
        })
public class TocElement extends TenantOwned {

    public static final String ALL = "TocElement.all";

    /** An element with what it is tied to, as its editor shows it. */
    public static final String WITH_EVIDENCE = "TocElement.withEvidence";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level level;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private int position;

    @ManyToMany
    @JoinTable(
            name = "toc_element_indicator",
            joinColumns = @JoinColumn(name = "element_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    private List<Indicator> indicators = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "toc_element_story",
            joinColumns = @JoinColumn(name = "element_id"),
            inverseJoinColumns = @JoinColumn(name = "story_id"))
    private List<Story> stories = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "toc_element_survey",
            joinColumns = @JoinColumn(name = "element_id"),
            inverseJoinColumns = @JoinColumn(name = "survey_id"))
    private List<Survey> surveys = new ArrayList<>();

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    public List<Story> getStories() {
        return stories;
    }

    public void setStories(List<Story> stories) {
        this.stories = stories;
    }

    public List<Survey> getSurveys() {
        return surveys;
    }

    public void setSurveys(List<Survey> surveys) {
        this.surveys = surveys;
    }
}
