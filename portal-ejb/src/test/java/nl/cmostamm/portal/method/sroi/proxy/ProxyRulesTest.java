package nl.cmostamm.portal.method.sroi.proxy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Consumer;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyRulesTest {

    @Test
    void aCompleteProxyFits() {
        assertDoesNotThrow(() -> ProxyRules.check(valid()));
    }

    @Test
    void theAmountMustBeMoreThanZeroInWholeCentsAndFitTheColumn() {
        assertRefused("proxy.value.required", "value", f -> f.setValue(null));
        assertRefused("proxy.value.positive", "value", f -> f.setValue(BigDecimal.ZERO));
        assertRefused("proxy.value.positive", "value", f -> f.setValue(new BigDecimal("-14.00")));
        assertRefused("proxy.value.cents", "value", f -> f.setValue(new BigDecimal("12.345")));
        assertRefused("proxy.value.tooLarge", "value", f -> f.setValue(new BigDecimal("1000000000000")));
        assertDoesNotThrow(() -> ProxyRules.check(with(f -> f.setValue(new BigDecimal("0.01")))));
        assertDoesNotThrow(
                () -> ProxyRules.check(with(f -> f.setValue(new BigDecimal("12.500")))), "trailing zeros are cents");
        assertDoesNotThrow(() -> ProxyRules.check(with(f -> f.setValue(ProxyRules.MAXIMUM_VALUE))));
    }

    @Test
    void thePriceYearLiesBetween1990And2100() {
        assertRefused("proxy.priceYear.required", "priceYear", f -> f.setPriceYear(null));
        assertRefused("proxy.priceYear.range", "priceYear", f -> f.setPriceYear(1989));
        assertRefused("proxy.priceYear.range", "priceYear", f -> f.setPriceYear(2101));
        assertRefused("proxy.priceYear.range", "priceYear", f -> f.setPriceYear(25));
    }

    @Test
    void aProxyHasANameAUnitAFullSourceAndAtLeastOneOutcomeType() {
        assertRefused("proxy.name.required", "name", f -> f.setName("  "));
        assertRefused("field.tooLong", "name", f -> f.setName("x".repeat(201)));
        assertRefused("proxy.unit.required", "unit", f -> f.setUnit(null));
        assertRefused("proxy.sourceTitle.required", "sourceTitle", f -> f.setSourceTitle(""));
        assertRefused("proxy.sourcePublisher.required", "sourcePublisher", f -> f.setSourcePublisher(null));
        assertRefused("proxy.sourceUrl.required", "sourceUrl", f -> f.setSourceUrl(" "));
        assertRefused("proxy.outcomes.required", "outcomes", f -> f.setOutcomes());
        assertRefused("field.tooLong", "notes", f -> f.setNotes("x".repeat(4001)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "ftp://example.nl/proxy.pdf",
                "mailto:info@example.nl",
                "www.rijksoverheid.nl",
                "https://",
                "https:///pad",
                "https://www.example .nl",
                "data:text/html,<script>alert(1)</script>",
                "//example.nl"
            })
    void aSourceLinkIsAWebAddressAndNothingElse(String url) {
        assertFalse(ProxyRules.isWebAddress(url), url);
        assertRefused("proxy.sourceUrl.invalid", "sourceUrl", f -> f.setSourceUrl(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.gov.uk/government/publications/loneliness-monetisation-report",
                "http://example.nl",
                "HTTPS://EXAMPLE.NL/Pad?vraag=1#deel",
                "https://www.zorginstituutnederland.nl/publicaties/rapport/2015/06/26/kosteneffectiviteit-in-de-praktijk"
            })
    void httpAndHttpsAddressesAreTaken(String url) {
        assertTrue(ProxyRules.isWebAddress(url), url);
    }

    private static void assertRefused(String key, String field, Consumer<ProxyForm> change) {
        ValidationFailure refused = assertThrows(ValidationFailure.class, () -> ProxyRules.check(with(change)));
        assertEquals(key, refused.getMessageKey());
        assertEquals(field, refused.getField());
    }

    private static ProxyForm with(Consumer<ProxyForm> change) {
        ProxyForm form = valid();
        change.accept(form);
        return form;
    }

    private static ProxyForm valid() {
        ProxyForm form = new ProxyForm();
        form.setName("Uur mantelzorg");
        form.setValue(new BigDecimal("14.00"));
        form.setUnit("per uur");
        form.setPriceYear(2014);
        form.setSourceTitle("Kostenhandleiding");
        form.setSourcePublisher("Zorginstituut Nederland");
        form.setSourceUrl("https://www.zorginstituutnederland.nl/");
        form.setOutcomes(OutcomeType.CARE_RELIEF);
        return form;
    }
}
