package nl.cmostamm.portal.portfolio;

/** The columns the portfolio can be sorted on; anything else from a request is ignored. */
public enum PortfolioSort {
    NAME("name"),
    MUNICIPALITY("municipality"),
    PROVINCE("province"),
    STATUS("status"),
    START_DATE("startDate");

    private final String attribute;

    PortfolioSort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    public static PortfolioSort of(String attribute) {
        for (PortfolioSort sort : values()) {
            if (sort.attribute.equals(attribute)) {
                return sort;
            }
        }
        return NAME;
    }
}
