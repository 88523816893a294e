package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.web.shared.ClientAddress;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.workshop.JoinCodes;
import nl.cmostamm.portal.workshop.JoinOutcome;
import nl.cmostamm.portal.workshop.Seat;
import nl.cmostamm.portal.workshop.WorkshopService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public join page ({@code /workshop/join.xhtml}, also reached by the QR code with the code
 * filled in): a code and a name, then the participant's step page. A browser that already has a
 * seat in a session that has not ended goes straight back to it.
 */
@Named
@ViewScoped
public class JoinSession implements Serializable {

    @EJB
    WorkshopService workshops;

    @Inject
    JoinLimits limits;

    @Inject
    WorkshopPush push;

    private String code;
    private String name;
    private String refusal;

    /** The page's view action: back to the step page when this browser already sits in a session. */
    public String resume() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return null;
        }
        Seat seat = workshops.seat(ParticipantCookie.token()).orElse(null);
        // back to one's seat, unless the link carries the code of another session to join
        boolean otherCode = code != null
                && !JoinCodes.normalise(code)
                        .orElse("")
                        .equals(seat == null ? "" : seat.session().getJoinCode());
        if (seat != null && !seat.session().isEnded() && !otherCode) {
            return "/workshop/step?faces-redirect=true";
        }
        return null;
    }

    public String join() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String address =
                ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
        if (!limits.tryJoin(address)) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
            refusal = "workshop.join.limited";
            return null;
        }
        JoinOutcome outcome = ServiceCall.attempt("join", () -> workshops.join(code, name));
        if (outcome == null) {
            return null;
        }
        switch (outcome.result()) {
            case JOINED -> {
                ParticipantCookie.give(outcome.token());
                push.answered(outcome.seat().session().getId());
                return "/workshop/step?faces-redirect=true";
            }
            case UNKNOWN_CODE -> {
                limits.wrongCode(address);
                Texts.errorAt("join:code", "workshop.join.unknown");
            }
            case ENDED -> Texts.errorAt("join:code", "workshop.join.ended");
            case FULL -> Texts.errorAt("join:code", "workshop.join.full");
        }
        faces.validationFailed();
        return null;
    }

    /** How long answers are kept, for the notice on the page. */
    public int getRetentionDays() {
        return ConfigProvider.getConfig()
                .getOptionalValue(PortalConfig.WORKSHOP_RETENTION_DAYS, Integer.class)
                .orElse(90);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The bundle key of why joining was refused as a whole (too many tries), or null. */
    public String getRefusal() {
        return refusal;
    }
}
