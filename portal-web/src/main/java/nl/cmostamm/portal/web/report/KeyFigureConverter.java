package nl.cmostamm.portal.web.report;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import nl.cmostamm.portal.report.factsheet.KeyFigure;

/**
 * A key figure by its name, for the fact sheet's list of figures: Faces cannot see the element type
 * of a {@code List<KeyFigure>} and would put plain strings in it. Strict: a name that is no figure
 * is refused, never read as another.
 */
@FacesConverter("portal.KeyFigure")
public class KeyFigureConverter implements Converter<KeyFigure> {

    @Override
    public KeyFigure getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return KeyFigure.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, KeyFigure value) {
        return value == null ? "" : value.name();
    }
}
