package nl.cmostamm.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A typed whole number as an {@link Integer}: "12" is read; "12,5" is refused rather than
 * rounded, and so is anything that is not a number. See {@link DecimalConverter} for why these
 * replace PrimeFaces' inputNumber.
 */
@FacesConverter("portal.WholeNumber")
public class WholeNumberConverter extends DecimalConverter {

    @Override
    String notANumberKey() {
        return "field.wholeNumber";
    }

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        BigDecimal number = (BigDecimal) super.getAsObject(context, component, value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw refusal(context, component, "field.wholeNumber");
        }
    }
}
