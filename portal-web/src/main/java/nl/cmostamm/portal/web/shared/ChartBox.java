package nl.cmostamm.portal.web.shared;

/**
 * The height class of a horizontal bar chart's box, by the number of bars it draws. A fixed box
 * left two yes/no bars floating in blank space and squeezed ten grades together; a height worked
 * out per chart would need an inline style, which the views do not use. A few steps in the
 * stylesheet ({@code .chart-box.bars-*}) are close enough.
 */
public final class ChartBox {

    private ChartBox() {}

    /** {@code bars} counts every bar drawn: labels times series. */
    public static String forBars(int bars) {
        if (bars <= 3) {
            return "bars-few";
        }
        if (bars <= 8) {
            return "bars-some";
        }
        if (bars <= 14) {
            return "bars-many";
        }
        return "bars-lots";
    }
}
