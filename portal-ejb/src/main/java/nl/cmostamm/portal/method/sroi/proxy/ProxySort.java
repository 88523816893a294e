package nl.cmostamm.portal.method.sroi.proxy;

/** The columns the library can be sorted on; anything else from a request sorts by name. */
public enum ProxySort {
    NAME("name"),
    VALUE("value"),
    PRICE_YEAR("priceYear");

    private final String attribute;

    ProxySort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    public static ProxySort of(String attribute) {
        for (ProxySort sort : values()) {
            if (sort.attribute.equals(attribute)) {
                return sort;
            }
        }
        return NAME;
    }
}
