package nl.cmostamm.portal.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a Faces form post without PrimeFaces' CSP nonce with a plain 403 page in the visitor's language before Faces
 * sees it. PrimeFaces puts the nonce into every form of a page it rendered, and rejects a post
 * without it; left to Faces, that rejection also breaks the rendering of the error page (the
 * forwarded request is still the nonce-less post), and the visitor would get a broken 500. Such
 * posts come from forged forms or from browsers without JavaScript, with which the portal cannot
 * work anyway.
 *
 * <p>A nonce that PrimeFaces could not have made (anything but base64 of a modest length) is
 * refused the same way: on ajax requests PrimeFaces takes the posted nonce for the response's
 * script policy, where a quote or semicolon would break the header or add directives to it.
 */
@WebFilter(filterName = "formNonce", urlPatterns = "*.xhtml")
public class FormNonceFilter extends HttpFilter {

    private static final java.util.regex.Pattern NONCE =
            java.util.regex.Pattern.compile("[A-Za-z0-9+/_-]{16,128}={0,2}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && request.getParameter("jakarta.faces.ViewState") != null
                && !isWellFormed(request.getParameter("primefaces.nonce"))) {
            PlainPage.send(request, response, HttpServletResponse.SC_FORBIDDEN, "forgedForm");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWellFormed(String nonce) {
        return nonce != null && NONCE.matcher(nonce).matches();
    }
}
