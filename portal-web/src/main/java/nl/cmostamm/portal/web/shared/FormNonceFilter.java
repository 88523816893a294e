package nl.cmostamm.portal.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers a Faces form post without PrimeFaces' CSP nonce with a plain Dutch 403 page before Faces
 * sees it. PrimeFaces puts the nonce into every form of a page it rendered, and rejects a post
 * without it; left to Faces, that rejection also breaks the rendering of the error page (the
 * forwarded request is still the nonce-less post), and the visitor would get a broken 500. Such
 * posts come from forged forms or from browsers without JavaScript, with which the portal cannot
 * work anyway.
 */
@WebFilter(filterName = "formNonce", urlPatterns = "*.xhtml")
public class FormNonceFilter extends HttpFilter {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="UTF-8"><title>Formulier niet verwerkt – Inwonerskracht</title></head>
            <body><main><h1>Formulier niet verwerkt</h1>
            <p>Dit formulier kon niet worden verwerkt en er is niets opgeslagen. Open de pagina opnieuw en probeer
            het nog eens. Het portaal werkt alleen met JavaScript aan.</p>
            <p><a href="%s/app/home.xhtml">Naar de startpagina</a></p></main></body></html>
            """;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null
                && request.getParameter("primefaces.nonce") == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(String.format(PAGE, request.getContextPath()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
