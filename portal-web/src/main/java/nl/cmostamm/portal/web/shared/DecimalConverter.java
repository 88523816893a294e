package nl.cmostamm.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import nl.cmostamm.portal.shared.Input;
import org.primefaces.util.ComponentUtils;

/**
 * A typed number as a {@link BigDecimal}, by the portal's one rule ({@link Input#number(String)}):
 * "12,5" and "12.5" are read, "abc" or "12abc" are refused next to the field. Used on plain text
 * inputs instead of PrimeFaces' inputNumber, whose script silently strips a minus sign, drops
 * letters and clamps to its bounds, so that "-3" was saved as 3 and "9999" as 999. Here what was
 * typed stays in the field and the bounds are checked by a range validator with a Dutch message.
 */
@FacesConverter("portal.Decimal")
public class DecimalConverter implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal number = Input.number(value.strip());
        if (number == null) {
            throw refusal(context, component, notANumberKey());
        }
        return number;
    }

    /** The bundle key of the message for a text that is no number at all. */
    String notANumberKey() {
        return "field.number";
    }

    /** Dutch notation with a decimal comma; also formats the bounds a range validator names. */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static ConverterException refusal(FacesContext context, UIComponent component, String key) {
        String message = Texts.text(key, ComponentUtils.getLabel(context, component));
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
