package nl.cmostamm.portal.web.workshop;

import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import nl.cmostamm.portal.web.cluster.DataGrid;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells open pages of a session that something changed; the pages then fetch what they show with
 * an ordinary ajax request, so a push carries no content, only "the step moved" or "an answer
 * came in", and nothing reaches a page its own request could not read. The socket's user is the
 * session's id: every participant page of that session listens to {@code workshop}, the presenter's
 * page to {@code presenter}.
 *
 * <p>A page's socket is connected to one node. On a cluster every push therefore goes through a
 * Data Grid topic, and each node (the sender's too) passes it on to the pages connected to it, so
 * a participant on one node follows a presenter on another. A participant whose connection drops
 * sees the current step again when the socket reconnects (to any node) or the page is reloaded.
 */
@ApplicationScoped
public class WorkshopPush {

    private static final Logger LOG = Logger.getLogger(WorkshopPush.class.getName());

    static final String STEP = "step";
    static final String ANSWER = "answer";
    static final String TOPIC = "portal-workshop-push";

    @Inject
    @Push(channel = "workshop")
    PushContext participants;

    @Inject
    @Push(channel = "presenter")
    PushContext presenters;

    @Inject
    DataGrid grid;

    @Resource
    ManagedExecutorService executor;

    private ITopic<String> topic;
    private UUID listener;

    /** Listens from the start, so a node whose pages have not pushed anything yet still passes pushes on. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // the call makes the container create this bean, and so subscribe it
        LOG.fine(() -> "Workshop pushes " + (topic == null ? "stay on this node" : "go through the Data Grid"));
    }

    @PostConstruct
    void subscribe() {
        grid.member().ifPresent(member -> {
            topic = member.getTopic(TOPIC);
            // the grid's event thread only hands over; the pages are told on a container thread
            listener = topic.addMessageListener(message -> executor.execute(() -> deliver(message.getMessageObject())));
        });
    }

    @PreDestroy
    void unsubscribe() {
        if (topic != null) {
            topic.removeMessageListener(listener);
        }
    }

    /** The step, the pace or the session's state changed: every participant reloads their step. */
    public void stepChanged(long sessionId) {
        publish(STEP + ":" + sessionId);
    }

    /** A participant joined or answered: the presenter's view reloads its figures. */
    public void answered(long sessionId) {
        publish(ANSWER + ":" + sessionId);
    }

    private void publish(String message) {
        if (topic == null) {
            deliver(message);
        } else {
            topic.publish(message);
        }
    }

    /** Passes a push on to the pages connected to this node. */
    void deliver(String message) {
        int colon = message.indexOf(':');
        String kind = message.substring(0, colon);
        long sessionId = Long.parseLong(message.substring(colon + 1));
        if (STEP.equals(kind)) {
            participants.send(STEP, sessionId);
            presenters.send(STEP, sessionId);
        } else {
            presenters.send(ANSWER, sessionId);
        }
    }
}
