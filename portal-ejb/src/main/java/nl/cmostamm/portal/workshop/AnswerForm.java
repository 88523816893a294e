package nl.cmostamm.portal.workshop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a participant gives at a step; only the part for the step's kind is read: a text, items
 * (one per line as typed), a choice or scale value, the option numbers in ranked order, or canvas
 * notes with their column and row.
 */
public class AnswerForm implements Serializable {

    private String text;
    private String items;
    private Integer number;
    private List<Integer> ranking = new ArrayList<>();
    private List<AnswerItem.Content> notes = new ArrayList<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public List<Integer> getRanking() {
        return ranking;
    }

    public void setRanking(List<Integer> ranking) {
        this.ranking = ranking;
    }

    public List<AnswerItem.Content> getNotes() {
        return notes;
    }

    public void setNotes(List<AnswerItem.Content> notes) {
        this.notes = notes;
    }
}
