package nl.cmostamm.portal.web.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells open pages of a session that something changed; the pages then fetch what they show with
 * an ordinary ajax request, so a push carries no content, only "the step moved" or "an answer
 * came in", and nothing reaches a page its own request could not read. The socket's user is the
 * session's id: every participant page of that session listens to {@code workshop}, the presenter's
 * page to {@code presenter}.
 *
 * <p>A push reaches the pages connected to this server; a participant whose connection drops sees
 * the current step again when the socket reconnects or the page is reloaded.
 */
@ApplicationScoped
public class WorkshopPush {

    static final String STEP = "step";
    static final String ANSWER = "answer";

    @Inject
    @Push(channel = "workshop")
    PushContext participants;

    @Inject
    @Push(channel = "presenter")
    PushContext presenters;

    /** The step, the pace or the session's state changed: every participant reloads their step. */
    public void stepChanged(long sessionId) {
        participants.send(STEP, sessionId);
        presenters.send(STEP, sessionId);
    }

    /** A participant joined or answered: the presenter's view reloads its figures. */
    public void answered(long sessionId) {
        presenters.send(ANSWER, sessionId);
    }
}
