package nl.cmostamm.portal.survey;

/** What kind of answer a question asks for. */
public enum QuestionType {
    /** Five labelled steps from "strongly disagree" to "strongly agree", scored 1 to 5. */
    LIKERT,
    SINGLE,
    MULTIPLE,
    NUMBER,
    /** Yes is choice 1, no is choice 2. */
    YES_NO,
    SHORT_TEXT,
    LONG_TEXT;

    public static final int LIKERT_STEPS = 5;

    /** Whether the question's options are typed in by its author. */
    public boolean hasOptions() {
        return this == LIKERT || this == SINGLE || this == MULTIPLE;
    }

    /** Whether an answer is one or more of a fixed list of choices. */
    public boolean isChoice() {
        return hasOptions() || this == YES_NO;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** Whether answers have a mean worth comparing between waves. */
    public boolean isScored() {
        return this == LIKERT || this == NUMBER || this == YES_NO;
    }

    /** The longest answer accepted for a text question. */
    public int maxTextLength() {
        return this == SHORT_TEXT ? 200 : 4000;
    }
}
