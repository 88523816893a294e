package nl.cmostamm.portal.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.Versioned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A participant's answer to one step: a number (choice, scale) or items (text, items, ranking,
 * canvas). Answering the step again replaces its content in the same row.
 */
@Entity
@Table(name = "workshop_answer")
public class WorkshopAnswer implements Serializable, Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "step_id", nullable = false, updatable = false)
    private long stepId;

    @Column(name = "number_value")
    private Integer numberValue;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt = Instant.now();

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<AnswerItem> items = new ArrayList<>();

    protected WorkshopAnswer() {}

    WorkshopAnswer(long sessionId, Participant participant, long stepId) {
        this.sessionId = sessionId;
        this.participant = participant;
        this.stepId = stepId;
    }

    /** Takes the earlier content away, to be flushed before the new content is written. */
    void clear() {
        items.clear();
    }

    /** Replaces the content with what the participant gave now. */
    void replace(Integer number, List<AnswerItem.Content> contents) {
        numberValue = number;
        answeredAt = Instant.now();
        items.clear();
        int position = 1;
        for (AnswerItem.Content content : contents) {
            items.add(new AnswerItem(this, position++, content));
        }
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Participant getParticipant() {
        return participant;
    }

    public long getStepId() {
        return stepId;
    }

    public Integer getNumberValue() {
        return numberValue;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public List<AnswerItem> getItems() {
        return items;
    }
}
