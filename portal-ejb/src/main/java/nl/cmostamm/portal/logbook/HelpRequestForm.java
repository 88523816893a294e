package nl.cmostamm.portal.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A help request as edited: its own fields, the ids of its category and (optionally) of the target
 * group it helped, and its helpers' hours
 * ({@code hours}: volunteer id to hours, in the order shown; a volunteer left out no longer helps).
 * {@code version} is the request's version when the page was opened; saving with an older one is
 * a conflict.
 */
public class HelpRequestForm extends EditForm {

    private LocalDate requestedOn;
    private Long categoryId;
    private Long targetGroupId;
    private String requester;
    private String description;
    private HelpStatus status = HelpStatus.OPEN;
    private Referral referral;
    private String referralNote;
    private Competition competition = Competition.NOT_CHECKED;
    private String notes;
    private Map<Long, BigDecimal> hours = new LinkedHashMap<>();

    public static HelpRequestForm of(HelpRequest request) {
        HelpRequestForm form = new HelpRequestForm();
        form.id = request.getId();
        form.version = request.getVersion();
        form.requestedOn = request.getRequestedOn();
        form.categoryId =
                request.getCategory() == null ? null : request.getCategory().getId();
        form.targetGroupId = request.getTargetGroup() == null
                ? null
                : request.getTargetGroup().getId();
        form.requester = request.getRequester();
        form.description = request.getDescription();
        form.status = request.getStatus();
        form.referral = request.getReferral();
        form.referralNote = request.getReferralNote();
        form.competition = request.getCompetition();
        form.notes = request.getNotes();
        request.getAssignments().forEach(a -> form.hours.put(a.getVolunteer().getId(), a.getHours()));
        return form;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getTargetGroupId() {
        return targetGroupId;
    }

    public void setTargetGroupId(Long targetGroupId) {
        this.targetGroupId = targetGroupId;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public HelpStatus getStatus() {
        return status;
    }

    public void setStatus(HelpStatus status) {
        this.status = status;
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    public Competition getCompetition() {
        return competition;
    }

    public void setCompetition(Competition competition) {
        this.competition = competition;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Map<Long, BigDecimal> getHours() {
        return hours;
    }

    public void setHours(Map<Long, BigDecimal> hours) {
        this.hours = hours;
    }
}
