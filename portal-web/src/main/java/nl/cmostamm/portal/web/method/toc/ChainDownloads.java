package nl.cmostamm.portal.web.method.toc;

import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.StreamedContent;

/**
 * The four downloads of a chain, the current one or a frozen version, in the reader's language:
 * the diagram as SVG and PNG, the PDF for A4 landscape and the Excel workbook. The file name says
 * what it is and when it was downloaded ({@code verandertheorie-2026-11-30}).
 */
final class ChainDownloads {

    /** Wide enough to print sharp on A4 landscape at about 200 dpi. */
    private static final int PNG_WIDTH = 2400;

    private ChainDownloads() {}

    /** The language of the page the download was asked from. */
    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String svg(Chain chain) {
        return ChainDiagram.svg(chain, locale(), Texts::text);
    }

    /** The diagram on the Theory of Change page: each box opens its element's editor. */
    static String editableSvg(Chain chain) {
        String editor = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/method/toc-element.xhtml?id=";
        return ChainDiagram.svg(chain, locale(), Texts::text, id -> editor + id);
    }

    static StreamedContent svgFile(Chain chain) {
        return Downloads.svg(svg(chain).getBytes(StandardCharsets.UTF_8), Downloads.dated("file.toc"));
    }

    static StreamedContent pngFile(Chain chain) {
        return Downloads.png(ChainDiagram.png(svg(chain), PNG_WIDTH), Downloads.dated("file.toc"));
    }

    static StreamedContent pdfFile(Chain chain, String initiative, String versionLabel) {
        return Downloads.pdf(
                ChainReport.pdf(chain, initiative, versionLabel, locale(), Texts::text), Downloads.dated("file.toc"));
    }

    static StreamedContent excelFile(Chain chain) {
        return Downloads.excel(ChainWorkbook.xlsx(chain, locale(), Texts::text), Downloads.dated("file.toc"));
    }
}
