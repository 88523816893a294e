package nl.cmostamm.portal.method.chooser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One take of the chooser: the answers, the methods the board chose to use, who chose them and
 * when, and the advisor's note on it. Each take is a new row and none is changed afterwards except
 * for the note, so the newest row is the current choice and the older ones show how it was
 * revisited.
 */
@Entity
@Table(name = "method_choice")
@NamedQuery(
        name = MethodChoice.NEWEST_FIRST,
        query = "select c from MethodChoice c order by c.chosenAt desc, c.id desc")
@NamedEntityGraph(
        name = MethodChoice.WITH_PEOPLE,
        attributeNodes = {@NamedAttributeNode("chosenBy"), @NamedAttributeNode("noteBy")})
public class MethodChoice extends TenantOwned {

    /** A choice with who made it and who wrote its note, as the chooser page shows them. */
    public static final String WITH_PEOPLE = "MethodChoice.withPeople";

    public static final String NEWEST_FIRST = "MethodChoice.newestFirst";

    @Column(nullable = false, length = 200)
    private String purposes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Euros euros;

    @Column(name = "existing_data", nullable = false, length = 100)
    private String data;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Capacity capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "outside_help", nullable = false, length = 10)
    private OutsideHelp help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Phase phase;

    @Column(nullable = false, length = 100)
    private String methods;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chosen_by")
    private Account chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private Instant chosenAt;

    @Column(name = "advisor_note", length = 2000)
    private String advisorNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "note_by")
    private Account noteBy;

    @Column(name = "note_at")
    private Instant noteAt;

    protected MethodChoice() {}

    /** A take of the chooser; the caller has checked the answers and that a method was chosen. */
    public MethodChoice(ChooserAnswers answers, Set<Method> chosen, Account chosenBy, Instant chosenAt) {
        this.purposes = EnumText.join(answers.purposes());
        this.euros = answers.euros();
        this.data = EnumText.join(answers.data());
        this.capacity = answers.capacity();
        this.help = answers.help();
        this.phase = answers.phase();
        this.methods = EnumText.join(chosen);
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }

    /** Writes, replaces or (with null) removes the advisor's note. */
    public void note(String note, Account by, Instant at) {
        this.advisorNote = note;
        this.noteBy = note == null ? null : by;
        this.noteAt = note == null ? null : at;
    }

    public ChooserAnswers getAnswers() {
        return new ChooserAnswers(
                EnumText.split(purposes, Purpose.class),
                euros,
                EnumText.split(data, ExistingData.class),
                capacity,
                help,
                phase);
    }

    /** The methods the board chose, in the order of {@link Method}. */
    public List<Method> getMethods() {
        return List.copyOf(EnumText.split(methods, Method.class));
    }

    public Account getChosenBy() {
        return chosenBy;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public String getAdvisorNote() {
        return advisorNote;
    }

    public Account getNoteBy() {
        return noteBy;
    }

    public Instant getNoteAt() {
        return noteAt;
    }
}
