package nl.cmostamm.portal.web.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code text} bundle in one given language, for files made outside a page's rendering (a PDF,
 * a workbook): the reader's language is passed in rather than read from the view, so the code that
 * makes a file stays plain Java a unit test can call. A missing key shows as itself, as on a page.
 */
public record Words(ResourceBundle bundle, Locale locale) {

    public static Words in(Locale locale) {
        return new Words(Texts.bundle(locale), locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with its parameters filled in ({@code {0}}, choices, numbers). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
