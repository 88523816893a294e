package nl.cmostamm.portal.web.shared;

import java.io.OutputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.util.Callbacks.SerializableConsumer;

/**
 * A ZIP that is written while it downloads, unlike the files of {@link Downloads}, which are made
 * before: an initiative's full export can be far too large to hold. A failure halfway therefore
 * breaks the file instead of showing a message; the export's read-me is written last, so a file
 * without it is recognisably incomplete.
 */
public final class ZipDownload {

    private ZipDownload() {}

    /** {@code name}: the file's name without extension. */
    public static StreamedContent of(String name, SerializableConsumer<OutputStream> writer) {
        return DefaultStreamedContent.builder()
                .name(name + ".zip")
                .contentType("application/zip")
                .writer(writer)
                .build();
    }
}
