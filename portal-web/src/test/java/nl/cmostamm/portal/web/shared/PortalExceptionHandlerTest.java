package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.lang.reflect.InvocationTargetException;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class PortalExceptionHandlerTest {

    @Test
    void aRefusalDeepInTheCauseChainDecidesTheStatus() {
        Exception wrapped = new FacesException(new ELException(
                new RuntimeException(new InvocationTargetException(new NotFoundException("Initiative")))));

        assertEquals(404, PortalExceptionHandler.statusFor(wrapped));
        assertEquals(403, PortalExceptionHandler.statusFor(new FacesException(new AccessDeniedException("no"))));
    }

    @Test
    void anythingElseIsLeftToTheErrorPages() {
        assertEquals(0, PortalExceptionHandler.statusFor(new FacesException(new IllegalStateException("bug"))));
    }
}
