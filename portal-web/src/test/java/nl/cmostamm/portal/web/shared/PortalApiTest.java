package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class PortalApiTest {

    /** The filters ask this; it must follow the container's mapping, not the raw address. */
    @Test
    void anApiRequestIsOneTheContainerMapsToTheApi() {
        assertTrue(PortalApi.isApiRequest(mappedTo("/api")));
        assertFalse(PortalApi.isApiRequest(mappedTo("/app/admin/advisors.xhtml")), "/api/../app/… is mapped here");
        assertFalse(PortalApi.isApiRequest(mappedTo("/api-help.xhtml")));
        assertFalse(PortalApi.isApiRequest(mappedTo("/s")));
    }

    @Test
    void noApiDescriptionIsPublished() {
        assertEquals(true, new PortalApi().getProperties().get("jersey.config.server.wadl.disableWadl"));
    }

    private static HttpServletRequest mappedTo(String servletPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PortalApiTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> "getServletPath".equals(method.getName()) ? servletPath : null);
    }
}
