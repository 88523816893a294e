package nl.cmostamm.portal.survey;

import nl.cmostamm.portal.shared.EditForm;

/**
 * A question as edited: its content (type, texts, options, range), the indicator its answers feed
 * and how. The content is the question's embeddable value, copied, so that an edit that is refused
 * leaves the survey's own question as it was. {@code version} is the question's version when the
 * edit began; saving with an older one is a conflict.
 */
public class QuestionForm extends EditForm {

    private QuestionContent content = new QuestionContent();
    private Long indicatorId;
    private Feed feed;

    public static QuestionForm of(Question question) {
        QuestionForm form = new QuestionForm();
        form.id = question.getId();
        form.version = question.getVersion();
        form.content = question.getContent().copy();
        form.indicatorId =
                question.getIndicator() == null ? null : question.getIndicator().getId();
        form.feed = question.getFeed();
        return form;
    }

    public QuestionContent getContent() {
        return content;
    }

    public void setContent(QuestionContent content) {
        this.content = content;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Feed getFeed() {
        return feed;
    }

    public void setFeed(Feed feed) {
        this.feed = feed;
    }
}
