package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
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
    void aDatabaseThatCannotBeReachedIsABriefUnavailabilityNotAFault() {
        // as the connection pool reports PostgreSQL refusing connections, under EclipseLink and EJB
        Exception refused = new FacesException(new RuntimeException(new IllegalStateException(
                "Connection could not be allocated",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
        Exception shuttingDown =
                new FacesException(new SQLException("terminating connection due to administrator command", "57P01"));

        assertEquals(503, PortalExceptionHandler.statusFor(refused));
        assertEquals(503, PortalExceptionHandler.statusFor(shuttingDown));
        // a constraint or a deadlock is no outage: the 500 page says so
        assertEquals(
                0, PortalExceptionHandler.statusFor(new FacesException(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void anythingElseIsLeftToTheErrorPages() {
        assertEquals(0, PortalExceptionHandler.statusFor(new FacesException(new IllegalStateException("bug"))));
    }
}
