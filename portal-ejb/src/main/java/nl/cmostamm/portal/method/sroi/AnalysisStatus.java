package nl.cmostamm.portal.method.sroi;

/**
 * Where an analysis stands: the board and advisors draft it, an advisor of the initiative reviews it,
 * and a final analysis (what the municipality or fund received) can no longer be changed; a new
 * one can start as its copy.
 */
public enum AnalysisStatus {
    DRAFT,
    IN_REVIEW,
    FINAL;

    public boolean editable() {
        return this != FINAL;
    }
}
