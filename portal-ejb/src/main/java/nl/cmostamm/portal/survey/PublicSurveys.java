package nl.cmostamm.portal.survey;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The public side of surveys, used without an account. A link is looked up by the hash of its
 * token (outside any tenant); its work then runs in a transaction of the link's own initiative,
 * taken from the link row and never from the request. Unknown and malformed tokens are simply
 * not found. A plain CDI bean rather than an EJB: it opens no transaction of its own (the link is
 * read outside any, the rest in {@link Answering}'s or {@link ResponseWriter}'s), and the submit
 * path, which strangers drive, is kept free of container work it does not need.
 */
@ApplicationScoped
@Guarded
public class PublicSurveys {

    private static final Pattern SUBMISSION_KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Answering answering;

    @Inject
    ResponseWriter writer;

    /**
     * Whether a text can be the submission key a form was shown with: a random (version 4) UUID, as
     * the server makes them. A key a client made up, such as all zeros, is a form this server never
     * showed, so its sender gets the form again under a fresh key.
     */
    public static boolean isSubmissionKey(String key) {
        return key != null && SUBMISSION_KEY.matcher(key).matches();
    }

    /** The link a token opens, if any. */
    @Allow(Caller.ANYONE)
    public Optional<SurveyLink> link(String token) {
        if (!LinkTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SurveyLink.class, LinkTokens.hash(token)));
    }

    /** The questionnaire of a link, in Dutch or (when the survey has it) English. */
    @Allow(Caller.ANYONE)
    public PublicForm form(SurveyLink link, String language) {
        return inInitiative(link, () -> answering.form(link, language));
    }

    /**
     * Stores a response once per submission key (see {@link ResponseWriter}).
     *
     * @throws AnswerProblems when answers are missing or malformed; nothing is stored then
     * @throws IllegalArgumentException without a well-formed submission key
     */
    @Allow(Caller.ANYONE)
    public SubmitOutcome submit(String token, Submission submission) {
        if (!isSubmissionKey(submission.key())) {
            throw new IllegalArgumentException("A submission needs the key its form was shown with");
        }
        if (!LinkTokens.isWellFormed(token)) {
            return SubmitOutcome.UNKNOWN;
        }
        return writer.submit(LinkTokens.hash(token), submission);
    }

    private static <T> T inInitiative(SurveyLink link, java.util.function.Supplier<T> work) {
        return Tenancy.with(new Tenancy.Scope(null, link.getInitiativeId()), work);
    }
}
