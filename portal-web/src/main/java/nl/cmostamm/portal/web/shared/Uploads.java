package nl.cmostamm.portal.web.shared;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded file (a story's photo, a fact sheet's logo) for its service, which checks what it
 * is by its content. Here only what the page can tell at once: nothing chosen, or too large, each
 * refused next to the file field.
 */
public final class Uploads {

    private Uploads() {}

    /**
     * The file's bytes, or null when it was refused (the message is then next to {@code fieldId}).
     *
     */
    public static byte[] read(Part upload, long maxBytes, String fieldId, String emptyKey, String tooLargeKey) {
        if (upload == null || upload.getSize() == 0) {
            Texts.errorAt(fieldId, emptyKey);
            return null;
        }
        if (upload.getSize() > maxBytes) {
            Texts.errorAt(fieldId, tooLargeKey);
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
