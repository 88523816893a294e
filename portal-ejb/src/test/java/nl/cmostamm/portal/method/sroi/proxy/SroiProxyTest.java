package nl.cmostamm.portal.method.sroi.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SroiProxyTest {

    @Test
    void anEnglishReaderGetsTheEnglishNameAndUnitWhenThereAreAny() {
        SroiProxy proxy = new SroiProxy(null);
        proxy.setName("Uur mantelzorg");
        proxy.setUnit("per uur");

        assertEquals("Uur mantelzorg", proxy.nameIn(true), "no English name: the Dutch one");
        proxy.setNameEn("Hour of informal care");
        proxy.setUnitEn("per hour");
        assertEquals("Hour of informal care", proxy.nameIn(true));
        assertEquals("per hour", proxy.unitIn(true));
        assertEquals("Uur mantelzorg", proxy.nameIn(false));
        assertEquals("per uur", proxy.unitIn(false));
    }

    @Test
    void outcomeTypesAreKeptAsChosenAndListedInTheirOwnOrder() {
        SroiProxy proxy = new SroiProxy(null);
        proxy.setOutcomes(List.of(OutcomeType.SAFETY, OutcomeType.LONELINESS));
        proxy.setOutcomes(List.of(OutcomeType.WELLBEING, OutcomeType.SAFETY));

        assertEquals(List.of(OutcomeType.WELLBEING, OutcomeType.SAFETY), proxy.getOutcomes());
    }

    @Test
    void theHistoryNamesTheAmountAsTheLibraryShowsIt() {
        SroiProxy proxy = new SroiProxy(null);
        proxy.setName("Uur mantelzorg (schaduwprijs)");
        proxy.setValue(new BigDecimal("1234.50"));
        proxy.setUnit("per uur");
        proxy.setPriceYear(2014);

        assertEquals("Uur mantelzorg (schaduwprijs) · €\u00A01.234,50 per uur · 2014", ProxyLibrary.summary(proxy));
    }
}
