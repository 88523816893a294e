package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What a question asks and how, shared by template questions and survey questions so that copying a
 * template copies exactly this. Options are kept one per line; a Likert question's options are its
 * five step labels.
 */
@Embeddable
public class QuestionContent implements Serializable {

    @Column(length = 200)
    private String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type = QuestionType.LIKERT;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(name = "text_en", length = 500)
    private String textEn;

    @Column(length = 1000)
    private String help;

    @Column(name = "help_en", length = 1000)
    private String helpEn;

    @Column(length = 2000)
    private String options;

    @Column(name = "options_en", length = 2000)
    private String optionsEn;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "number_min", precision = 12, scale = 2)
    private BigDecimal numberMin;

    @Column(name = "number_max", precision = 12, scale = 2)
    private BigDecimal numberMax;

    public QuestionContent copy() {
        QuestionContent copy = new QuestionContent();
        copy.section = section;
        copy.type = type;
        copy.text = text;
        copy.textEn = textEn;
        copy.help = help;
        copy.helpEn = helpEn;
        copy.options = options;
        copy.optionsEn = optionsEn;
        copy.required = required;
        copy.numberMin = numberMin;
        copy.numberMax = numberMax;
        return copy;
    }

    /** The options in Dutch, one per entry, blank lines dropped. */
    public List<String> optionList() {
        return lines(options);
    }

    /** The options in English, or the Dutch ones where no English was given. */
    public List<String> optionListEn() {
        List<String> english = lines(optionsEn);
        List<String> dutch = optionList();
        return english.size() == dutch.size() ? english : dutch;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getOptionsEn() {
        return optionsEn;
    }

    public void setOptionsEn(String optionsEn) {
        this.optionsEn = optionsEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public BigDecimal getNumberMin() {
        return numberMin;
    }

    public void setNumberMin(BigDecimal numberMin) {
        this.numberMin = numberMin;
    }

    public BigDecimal getNumberMax() {
        return numberMax;
    }

    public void setNumberMax(BigDecimal numberMax) {
        this.numberMax = numberMax;
    }
}
