package nl.cmostamm.portal.web.survey;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.survey.AnswerProblems;
import nl.cmostamm.portal.survey.LinkTokens;
import nl.cmostamm.portal.survey.PublicForm;
import nl.cmostamm.portal.survey.PublicSurveys;
import nl.cmostamm.portal.survey.Submission;
import nl.cmostamm.portal.survey.SubmitOutcome;
import nl.cmostamm.portal.survey.SurveyLink;
import nl.cmostamm.portal.web.shared.ClientAddress;

/**
 * The public survey link {@code /s/<token>}: shows the questionnaire (GET) and takes the answers
 * (POST), then redirects to the thank-you page, so a reload does not post again. A double click
 * or a resubmitted form carries the same submission key and stores nothing new. The page itself
 * is rendered by Faces ({@code /survey/answer.xhtml}) from what this servlet found; it needs no
 * account, no session and no JavaScript.
 *
 * <p>Going Back from the thank-you page makes the browser fetch the form anew (it is not kept in
 * the back-forward cache), with a fresh submission key, and refill the answers; sending it then
 * would store the same answers twice. So a stored response leaves a cookie on this link's path
 * holding only "1" (no key, no id: it cannot be tied to the response), and a send from a device
 * with that cookie stores nothing until the respondent confirms that this is another response, as
 * on a tablet the initiative passes around. The form says so from the start.
 */
@WebServlet(urlPatterns = PublicLinks.SURVEY_PATH + "*")
public class SurveyAnswerServlet extends HttpServlet {

    static final String VIEW = "/survey/answer.xhtml";
    /** The honeypot: a field people do not see and bots fill in. */
    static final String HONEYPOT = "website";

    private static final Pattern QUESTION = Pattern.compile("q(\\d{1,18})");
    private static final int MAX_VALUES = 25;
    /** The cookie that marks a device as having answered this link's wave; see the class comment. */
    static final String ANSWERED_COOKIE = "answered";
    /** The form field that confirms another response from a device that answered before. */
    static final String AGAIN = "again";

    private static final int ANSWERED_DAYS = 180;
    /** The thank-you page's parameter after a form that had been received already. */
    static final String AGAIN_RECEIVED = "eerder";

    @Inject
    PublicSurveys surveys;

    @Inject
    SubmitLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = token(request);
        Optional<SurveyLink> link = find(request, response, token);
        if (link.isEmpty()) {
            return;
        }
        PublicForm form = surveys.form(link.get(), language(request));
        if (request.getParameter("klaar") != null) {
            show(
                    request,
                    response,
                    AnswerPage.State.THANKS,
                    form,
                    token,
                    null,
                    Map.of(),
                    Map.of(),
                    request.getParameter(AGAIN_RECEIVED) != null
                            ? AnswerPage.Notice.ALREADY_RECEIVED
                            : AnswerPage.Notice.NONE);
        } else if (!form.open()) {
            show(request, response, AnswerPage.State.CLOSED, form, token, null, Map.of(), Map.of());
        } else {
            show(
                    request,
                    response,
                    AnswerPage.State.FORM,
                    form,
                    token,
                    UUID.randomUUID().toString(),
                    Map.of(),
                    Map.of(),
                    answeredBefore(request) ? AnswerPage.Notice.ANSWERED_BEFORE : AnswerPage.Notice.NONE);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = token(request);
        String address = ClientAddress.of(request);
        String language = language(request);
        if (!limits.mayLookUp(address) || !limits.trySubmit(address)) {
            response.setStatus(429);
            show(request, response, AnswerPage.State.LIMITED, null, null, null, Map.of(), Map.of());
            return;
        }
        if (!LinkTokens.isWellFormed(token)) {
            // nothing from a malformed token goes into a header or a page: it is simply not found
            find(request, response, token);
            return;
        }
        String thanks = request.getContextPath() + PublicLinks.SURVEY_PATH + token + "?klaar=1"
                + ("en".equals(language) ? "&lang=en" : "");
        String honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            // a bot: it gets the thank-you page and nothing is stored
            response.sendRedirect(thanks);
            return;
        }
        String key = request.getParameter("key");
        Map<Long, List<String>> values = values(request);
        if (!PublicSurveys.isSubmissionKey(key)) {
            // not a form this server showed: show it again, with the answers, under a fresh key
            Optional<SurveyLink> link = find(request, response, token);
            if (link.isPresent()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                show(
                        request,
                        response,
                        AnswerPage.State.FORM,
                        surveys.form(link.get(), language),
                        token,
                        UUID.randomUUID().toString(),
                        values,
                        Map.of(0L, "answer.again"));
            }
            return;
        }
        boolean confirmed = "1".equals(request.getParameter(AGAIN));
        boolean answeredBefore = answeredBefore(request);
        SubmitOutcome outcome;
        try {
            outcome = surveys.submit(token, new Submission(key, language, values, answeredBefore && !confirmed));
        } catch (AnswerProblems problems) {
            Optional<SurveyLink> link = find(request, response, token);
            if (link.isPresent()) {
                response.setStatus(422);
                show(
                        request,
                        response,
                        AnswerPage.State.FORM,
                        surveys.form(link.get(), language),
                        token,
                        key,
                        values,
                        problems.getProblems(),
                        confirmed
                                ? AnswerPage.Notice.CONFIRM_AGAIN
                                : answeredBefore ? AnswerPage.Notice.ANSWERED_BEFORE : AnswerPage.Notice.NONE);
            }
            return;
        }
        if (outcome == SubmitOutcome.ANSWERED_BEFORE) {
            // nothing stored: the same form again, answers and key kept, asking to confirm
            Optional<SurveyLink> link = find(request, response, token);
            if (link.isPresent()) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                show(
                        request,
                        response,
                        AnswerPage.State.FORM,
                        surveys.form(link.get(), language),
                        token,
                        key,
                        values,
                        Map.of(),
                        AnswerPage.Notice.CONFIRM_AGAIN);
            }
            return;
        }
        if (outcome == SubmitOutcome.STORED || outcome == SubmitOutcome.DUPLICATE) {
            markAnswered(request, response, token);
            // see other: the browser shows the thank-you page with a GET, so a reload posts nothing
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            // the same form once more (a double click, or Back after sending and send again): its
            // first sending counts, and the respondent is told so, not led to think a change was saved
            response.setHeader(
                    "Location", outcome == SubmitOutcome.DUPLICATE ? thanks + "&" + AGAIN_RECEIVED + "=1" : thanks);
            return;
        }
        // closed, or unknown (then find answers 404)
        Optional<SurveyLink> link = find(request, response, token);
        if (link.isPresent()) {
            show(
                    request,
                    response,
                    AnswerPage.State.CLOSED,
                    surveys.form(link.get(), language),
                    token,
                    null,
                    Map.of(),
                    Map.of());
        }
    }

    private static boolean answeredBefore(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies)
                        .anyMatch(c -> ANSWERED_COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
    }

    /** Only for this link (the path holds its token, which is well-formed by now) and only "1". */
    private static void markAnswered(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(ANSWERED_COOKIE, "1");
        cookie.setPath(request.getContextPath() + PublicLinks.SURVEY_PATH + token);
        cookie.setMaxAge((int) java.time.Duration.ofDays(ANSWERED_DAYS).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The link of the token, or empty after answering "not found" (and counting the try). */
    private Optional<SurveyLink> find(HttpServletRequest request, HttpServletResponse response, String token)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        if (!limits.mayLookUp(address)) {
            response.setStatus(429);
            show(request, response, AnswerPage.State.LIMITED, null, null, null, Map.of(), Map.of());
            return Optional.empty();
        }
        Optional<SurveyLink> link = surveys.link(token);
        if (link.isEmpty()) {
            limits.tryUnknownLink(address);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            show(request, response, AnswerPage.State.UNKNOWN, null, null, null, Map.of(), Map.of());
        }
        return link;
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? "" : path.substring(1);
    }

    private static String language(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? "en" : "nl";
    }

    /** The answers by question id; parameters that are no answers are ignored. */
    private static Map<Long, List<String>> values(HttpServletRequest request) {
        Map<Long, List<String>> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            Matcher matcher = QUESTION.matcher(name);
            if (matcher.matches() && values.size() < 200) {
                values.put(
                        Long.parseLong(matcher.group(1)),
                        List.of(given).subList(0, Math.min(given.length, MAX_VALUES)));
            }
        });
        return values;
    }

    private static void show(
            HttpServletRequest request,
            HttpServletResponse response,
            AnswerPage.State state,
            PublicForm form,
            String token,
            String key,
            Map<Long, List<String>> values,
            Map<Long, String> problems)
            throws ServletException, IOException {
        show(request, response, state, form, token, key, values, problems, AnswerPage.Notice.NONE);
    }

    private static void show(
            HttpServletRequest request,
            HttpServletResponse response,
            AnswerPage.State state,
            PublicForm form,
            String token,
            String key,
            Map<Long, List<String>> values,
            Map<Long, String> problems,
            AnswerPage.Notice notice)
            throws ServletException, IOException {
        request.setAttribute(
                AnswerPage.ATTRIBUTE, new AnswerPage.Found(state, form, token, key, values, problems, notice));
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
