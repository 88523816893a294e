package nl.cmostamm.portal.survey;

import java.time.LocalDate;

/**
 * When a survey link takes a response, and how many choices a question offers. Pure, so that the
 * JPA side (the public form, {@link Answering}; the waves list) and the JDBC submit path
 * ({@link ResponseWriter}) decide from the same lines, whichever way they read the rows; what the
 * answers themselves must be is {@link AnswerRules}, which the submit path applies with
 * {@link #choices}. SurveyService's queries for open waves say the same window in JPQL
 * ({@code opensOn <= :today and closesOn >= :today}); change them together.
 */
public final class SubmitRules {

    private SubmitRules() {}

    /** A wave takes answers from its first day up to and including its last. */
    public static boolean isOpen(LocalDate opensOn, LocalDate closesOn, LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /**
     * Whether a link has given what it can: a one-time link (a case closure) after its one
     * response. A link for everyone is never spent.
     */
    public static boolean isSpent(boolean oneTime, boolean used) {
        return oneTime && used;
    }

    /** Whether a link takes a response on {@code day}: its wave open and the link not spent. */
    public static boolean takesResponse(
            LocalDate opensOn, LocalDate closesOn, boolean oneTime, boolean used, LocalDate day) {
        return isOpen(opensOn, closesOn, day) && !isSpent(oneTime, used);
    }

    /**
     * The number of choices a question offers, numbered from 1: yes and no for a yes/no question,
     * otherwise its non-blank option lines (none for a question without options).
     */
    public static int choices(QuestionType type, String options) {
        return type == QuestionType.YES_NO ? 2 : QuestionContent.lines(options).size();
    }
}
