package nl.cmostamm.portal.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input the service refuses, with the bundle key of the message the user sees and, when it
 * concerns one field, that field's name. Nothing has been saved when this is thrown.
 */
@ApplicationException(rollback = true)
public class ValidationFailure extends RuntimeException {

    private final String messageKey;
    private final String field;

    public ValidationFailure(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }
}
