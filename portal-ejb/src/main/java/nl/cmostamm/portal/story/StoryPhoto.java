package nl.cmostamm.portal.story;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A story's photo, re-encoded without its metadata, kept in the database under the story's tenant. */
@Entity
@Table(name = "story_photo")
public class StoryPhoto extends TenantOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    protected StoryPhoto() {}

    StoryPhoto(Story story) {
        this.story = story;
    }

    void replace(Photos.Checked photo) {
        this.contentType = photo.contentType();
        this.content = photo.content();
        this.byteSize = photo.content().length;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public int getByteSize() {
        return byteSize;
    }
}
