package nl.cmostamm.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.primefaces.component.api.UICalendar;
import org.primefaces.util.CalendarUtils;

/**
 * Page text from the {@code text} bundle in the view's locale, and Faces messages made of it. Code
 * outside Faces (filters, servlets) reads the bundle in {@link ActiveLocale#of} instead.
 */
public final class Texts {

    private static final String BUNDLE = "nl.cmostamm.portal.web.text";

    private Texts() {}

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle =
                bundle(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** A message for the whole page. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * A message next to the input with the given client id (or for the page when null); the input
     * is marked invalid, so it is outlined and announced as such ({@code aria-invalid}).
     */
    public static void errorAt(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        if (clientId != null && context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            keepWhatWasTyped(context, input);
            input.setValid(false);
        }
        context.validationFailed();
    }

    /**
     * A service refuses after the model was updated, when the field no longer holds what was typed
     * as a submitted value; PrimeFaces then renders an invalid field empty (and a group of check
     * boxes with nothing ticked). Giving it back the model's value as text shows the user their own
     * input next to the message.
     */
    private static void keepWhatWasTyped(FacesContext context, UIInput input) {
        if (input.getSubmittedValue() != null) {
            return;
        }
        Object value = input.getValue();
        if (input instanceof UISelectMany) {
            // the ticked options, each as its option value is written (an enum by its name)
            java.util.List<String> ticked = new java.util.ArrayList<>();
            Iterable<?> values = value instanceof Object[] array
                    ? java.util.Arrays.asList(array)
                    : value instanceof java.util.Collection<?> collection ? collection : java.util.List.of();
            for (Object one : values) {
                ticked.add(
                        input.getConverter() != null
                                ? input.getConverter().getAsString(context, input, one)
                                : one instanceof Enum<?> constant ? constant.name() : String.valueOf(one));
            }
            input.setSubmittedValue(ticked.toArray(String[]::new));
            return;
        }
        String shown;
        if (input instanceof UICalendar calendar) {
            shown = CalendarUtils.getValueAsString(context, calendar, value);
        } else if (input.getConverter() != null) {
            shown = input.getConverter().getAsString(context, input, value);
        } else {
            shown = value == null ? "" : value.toString();
        }
        input.setSubmittedValue(shown == null ? "" : shown);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, summary));
    }
}
