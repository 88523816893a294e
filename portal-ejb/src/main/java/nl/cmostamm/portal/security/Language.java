package nl.cmostamm.portal.security;

import java.util.Locale;

/** The two languages of the user interface; Dutch is the default. */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(String code) {
        return code != null && code.equalsIgnoreCase("en") ? EN : NL;
    }
}
