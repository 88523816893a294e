package nl.cmostamm.portal.web.datacollection;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.math.BigDecimal;
import java.util.Locale;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.util.ComponentUtils;

/**
 * Checks a typed measurement against its indicator's kind of value (the component's
 * {@code valueType} attribute) in the same validation pass as every other field of the grid, so a
 * board member who typed "-3", "abc" and "12,5" in three rows sees all three messages at once
 * instead of one per save. The same rule ({@link ValueType#refusal}) runs again in the service; a
 * score's scale is only known there.
 */
@FacesValidator("portal.MeasurementValue")
public class MeasurementValueValidator implements Validator<BigDecimal> {

    @Override
    public void validate(FacesContext context, UIComponent component, BigDecimal value) {
        Object type = component.getAttributes().get("valueType");
        if (value == null || !(type instanceof ValueType valueType) || valueType == ValueType.SCORE) {
            return;
        }
        String key = valueType.refusal(value, null, null);
        if (key != null) {
            String reason = Texts.text(key);
            String message = ComponentUtils.getLabel(context, component) + ": "
                    + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
