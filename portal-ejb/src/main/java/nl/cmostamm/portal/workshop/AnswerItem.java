package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;
import nl.cmostamm.portal.shared.Versioned;

/**
 * One text of an answer: the whole text of a free-text step, one item of a list, one option of a
 * ranking (its number in x, its rank as position) or one note on a canvas (column in x, row in y).
 * The presenter's handling (hidden, spotlight, group, picked) lives here, per item.
 */
@Entity
@Table(name = "workshop_answer_item")
public class AnswerItem implements Serializable, Versioned {

    /** What a participant gives for one item. */
    public record Content(String text, Integer x, Integer y) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false, updatable = false)
    private WorkshopAnswer answer;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String text;

    private Integer x;

    private Integer y;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean spotlight;

    @Column(nullable = false)
    private boolean picked;

    @Column(name = "group_label", length = 60)
    private String groupLabel;

    protected AnswerItem() {}

    AnswerItem(WorkshopAnswer answer, int position, Content content) {
        this.answer = answer;
        this.position = position;
        this.text = content.text();
        this.x = content.x();
        this.y = content.y();
    }

    /** Whether {@code other} says the same in the same place (text, column and row). */
    boolean sameAs(AnswerItem other) {
        return text.equals(other.text) && Objects.equals(x, other.x) && Objects.equals(y, other.y);
    }

    /** Takes over how the presenter handled {@code earlier}: hidden, spotlight, picked, group. */
    void handledAs(AnswerItem earlier) {
        hidden = earlier.hidden;
        spotlight = earlier.spotlight;
        picked = earlier.picked;
        groupLabel = earlier.groupLabel;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public WorkshopAnswer getAnswer() {
        return answer;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Integer getX() {
        return x;
    }

    public Integer getY() {
        return y;
    }

    public boolean isHidden() {
        return hidden;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isSpotlight() {
        return spotlight;
    }

    void setSpotlight(boolean spotlight) {
        this.spotlight = spotlight;
    }

    public boolean isPicked() {
        return picked;
    }

    void setPicked(boolean picked) {
        this.picked = picked;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    void setGroupLabel(String groupLabel) {
        this.groupLabel = groupLabel;
    }
}
