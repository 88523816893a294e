package nl.cmostamm.portal.web.story;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.story.PhotoFile;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * Serves a story's photo ({@code ?story=}) as a download, never inline, from the database of the
 * entered initiative only; the read is audited by the service. Anything else is a plain 404.
 */
@WebServlet("/app/story/photo")
public class StoryPhotoServlet extends HttpServlet {

    @EJB
    StoryService stories;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PhotoFile> photo;
        try {
            long storyId = Long.parseLong(String.valueOf(request.getParameter("story")));
            photo = stories.photo(storyId);
        } catch (NumberFormatException | NotFoundException e) {
            photo = Optional.empty();
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = photo.get().contentType().equals("image/png") ? "png" : "jpg";
        response.setContentType(photo.get().contentType());
        response.setContentLength(photo.get().byteSize());
        String name = Texts.bundle(ActiveLocale.of(request)).getString("file.storyPhoto");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(photo.get().content());
    }
}
