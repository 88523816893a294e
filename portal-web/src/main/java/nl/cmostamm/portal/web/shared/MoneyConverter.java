package nl.cmostamm.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A typed amount in euros as a {@link BigDecimal}: "14", "14,06", "€ 14,06" are read by the
 * portal's one rule ({@link DecimalConverter}); "14,065" is refused rather than rounded, and so is
 * "1.234,56", whose point could be a decimal point as well as a thousands separator. Shown back
 * with two decimals and a decimal comma, "1234,50", which it reads again as it wrote it.
 */
@FacesConverter("portal.Money")
public class MoneyConverter extends DecimalConverter {

    @Override
    String notANumberKey() {
        return "field.money";
    }

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        BigDecimal amount = (BigDecimal) super.getAsObject(context, component, value);
        if (amount == null) {
            return null;
        }
        if (!inCents(amount)) {
            throw refusal(context, component, "field.money");
        }
        return amount;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return inCents(amount)
                ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',')
                : super.getAsString(context, component, amount);
    }

    /** Whether {@code amount} has no more than two decimals that matter: 12,50 and 12,500 do, 12,505 does not. */
    static boolean inCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
