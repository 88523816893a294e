package nl.cmostamm.portal.method.chooser;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The current initiative's method choice. Everyone admitted to the initiative may take the chooser
 * and record the methods it will use; each take is a new row, so the history shows how the choice
 * was revisited. The note on a choice is the advisor's: the initiative's own advisors and the
 * knowledge centre's admins write it. Every change is audited in the same transaction.
 */
@Stateless
@Guarded
public class MethodChoiceService {

    static final String METHOD_CHOICE = "methodChoice";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    /** The advice for complete answers; stores nothing, so the board can look before it chooses. */
    @Allow(Caller.BOARD)
    public Advice advise(ChooserAnswers answers) {
        answers.checkAll();
        return MethodAdvice.advise(answers);
    }

    /** Records a take of the chooser: its answers and the methods the board ticked. */
    @Allow(Caller.BOARD)
    public MethodChoice record(ChooserForm form) {
        ChooserAnswers answers = form.answers();
        answers.checkAll();
        Set<Method> chosen = form.chosenMethods();
        if (chosen.isEmpty()) {
            throw new ValidationFailure("chooser.chosen.required", "chosen");
        }
        MethodChoice choice = new MethodChoice(
                answers, chosen, em.getReference(Account.class, Tenancy.requireAccount()), Instant.now());
        em.persist(choice);
        em.flush();
        audit.record(AuditAction.CREATE, METHOD_CHOICE, choice.getId(), EnumText.join(chosen));
        return choice;
    }

    /** The newest take, with who made it and who wrote its note; empty before the first. */
    @Allow(Caller.BOARD)
    public Optional<MethodChoice> current() {
        return em.createNamedQuery(MethodChoice.NEWEST_FIRST, MethodChoice.class)
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(MethodChoice.WITH_PEOPLE))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every take, newest first (the current one included), one page at a time. */
    @Allow(Caller.BOARD)
    public List<MethodChoice> history(int first, int size) {
        return em.createNamedQuery(MethodChoice.NEWEST_FIRST, MethodChoice.class)
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(MethodChoice.WITH_PEOPLE))
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public long historyCount() {
        return em.createQuery("select count(c) from MethodChoice c", Long.class).getSingleResult();
    }

    /** Writes, replaces or (blank) removes the advisor's note on a choice, as it was when opened. */
    @Allow(Caller.INITIATIVE_ADVISOR)
    public MethodChoice saveNote(AdvisorNoteForm form) {
        if (form.isNew()) {
            throw new ValidationFailure("chooser.note.noChoice", null);
        }
        String note = Input.blankToNull(form.getNote());
        Input.maxLength(note, 2000, "note");
        MethodChoice choice = Input.find(em, MethodChoice.class, form.getId(), form.getVersion());
        choice.note(note, em.getReference(Account.class, Tenancy.requireAccount()), Instant.now());
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                METHOD_CHOICE,
                choice.getId(),
                note == null ? "advisor note removed" : "advisor note");
        return choice;
    }
}
