package nl.cmostamm.portal.story;

import java.io.Serializable;

/**
 * A story's photo as it is downloaded: the re-encoded bytes and their type. A projection, because
 * the entity keeps its bytes lazy so that nothing else reads five megabytes by accident.
 */
public record PhotoFile(String contentType, byte[] content) implements Serializable {

    public int byteSize() {
        return content.length;
    }
}
