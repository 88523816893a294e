package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.HoursSource;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.OutcomeEvidence;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The SROI report and workbook from a small map: the figures a reviewer checks (ratio with its range,
 * the settings, the sources), the workbook's formulas giving the engine's impact when a spreadsheet
 * works them out, and a description with markup or a leading "=" kept as plain text.
 */
class SroiExportsTest {

    private static final ResourceBundle DUTCH =
            ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag("nl"));
    private static final Function<String, String> TEXT = DUTCH::getString;

    /**
     * One input of € 5.000; one outcome 20 × € 1.000 × (1 − 0,20) × (1 − 0) × (1 − 0,10) = € 14.400
     * in year 1 and € 7.200 in year 2. At 2,25 % with year 1 discounted: PV = 14.400 / 1,0225 +
     * 7.200 / 1,0225² = € 20.969,75; ratio 4,1939.
     */
    private static Appraisal appraisal(String outcomeName) {
        SroiAnalysis analysis = new SroiAnalysis();
        analysis.setTitle("Prognose dorpsdiner 2026");
        analysis.setKind(AnalysisKind.FORECAST);
        analysis.setPeriodStart(LocalDate.of(2026, 1, 1));
        analysis.setPeriodEnd(LocalDate.of(2026, 12, 31));
        StakeholderGroup guests = new StakeholderGroup();
        guests.setName("Gasten van het dorpsdiner");
        SroiStakeholder stakeholder = new SroiStakeholder(analysis, guests, 0);
        SroiInput time = new SroiInput(analysis);
        time.setStakeholder(stakeholder);
        time.setKind(InputKind.VOLUNTEER_TIME);
        time.setDescription("Uren van vrijwilligers");
        time.setHours(new BigDecimal("200"));
        time.setHourlyValue(new BigDecimal("25"));
        time.setHoursFrom(HoursSource.TYPED);
        time.setValueSource("Waarde vrijwilligersuur (demo)");
        SroiOutcome outcome = new SroiOutcome(analysis);
        outcome.setStakeholder(stakeholder);
        outcome.setDescription(outcomeName);
        outcome.setEvidence(OutcomeEvidence.ESTIMATE);
        outcome.setEstimateSource("Gesprekken met gasten in maart");
        outcome.setQuantity(new BigDecimal("20"));
        outcome.setDuration(2);
        outcome.setProxyDescription("Waarde van minder eenzaamheid");
        outcome.setProxyValue(new BigDecimal("1000"));
        outcome.setProxySource("Loneliness monetisation report, DCMS");
        outcome.setProxyPriceYear(2020);
        outcome.setDeadweight(new BigDecimal("0.20"));
        outcome.setDeadweightWhy("Sommigen gingen al naar de soos");
        outcome.setAttribution(new BigDecimal("0.10"));
        outcome.setDropOff(new BigDecimal("0.50"));
        return Appraisal.of(
                new ImpactMap(analysis, List.of(stakeholder), List.of(time), List.of(), List.of(outcome), List.of()));
    }

    @Test
    void theReportStatesTheRatioWithItsRangeTheSettingsAndTheSources() throws IOException {
        byte[] pdf = SroiReport.pdf(
                appraisal("Minder eenzaam <b>echt</b>"),
                List.of(),
                null,
                "Dorpshuis Smilde",
                Locale.forLanguageTag("nl"),
                TEXT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Prognose dorpsdiner 2026"), text);
            assertTrue(text.contains("1 : 4,19 (bandbreedte "), text);
            assertTrue(text.contains("€\u00a020.969,75"), text);
            assertTrue(text.contains("disconteringsvoet van 2,25 %; ook jaar 1"), text);
            assertTrue(text.contains("Loneliness monetisation report, DCMS (2020)"), "the proxy's source: " + text);
            assertTrue(text.contains("Sommigen gingen al naar de soos"), "the reason for the deadweight: " + text);
            assertTrue(text.contains("Minder eenzaam <b>echt</b>"), "markup stays text: " + text);
        }
    }

    @Test
    void theWorkbooksFormulasGiveTheEnginesImpactAndTypedTextStaysText() throws IOException {
        Appraisal appraisal = appraisal("=HYPERLINK(\"http://x\")");
        byte[] xlsx = SroiWorkbook.xlsx(appraisal, List.of(), TEXT);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    List.of("Uitkomst", "Inbreng", "Uitkomsten", "Gevoeligheid", "Scenario's"),
                    List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3),
                            workbook.getSheetName(4)));
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet outcomes = workbook.getSheet("Uitkomsten");
            Cell impact = outcomes.getRow(1).getCell(18);
            assertEquals("D2*F2*(1-I2)*(1-K2)*(1-M2)", impact.getCellFormula());
            assertEquals(14400.0, evaluator.evaluate(impact).getNumberValue(), 1e-9);
            assertEquals(
                    appraisal.result().outcomes().get(0).impact().doubleValue(),
                    evaluator.evaluate(impact).getNumberValue(),
                    1e-9,
                    "the spreadsheet's arithmetic is the engine's");
            Cell name = outcomes.getRow(1).getCell(1);
            assertEquals("=HYPERLINK(\"http://x\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed(), "stays text when edited");
            assertEquals(
                    "Loneliness monetisation report, DCMS",
                    outcomes.getRow(1).getCell(7).getStringCellValue());
            Sheet inputs = workbook.getSheet("Inbreng");
            assertEquals(5000.0, evaluator.evaluate(inputs.getRow(1).getCell(6)).getNumberValue(), 1e-9);
            Sheet result = workbook.getSheet("Uitkomst");
            boolean ratioFound = false;
            for (int r = 1; r <= result.getLastRowNum(); r++) {
                if (result.getRow(r) != null
                        && result.getRow(r).getCell(0) != null
                        && result.getRow(r).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "SROI-verhouding".equals(result.getRow(r).getCell(0).getStringCellValue())) {
                    assertEquals(4.1939, result.getRow(r).getCell(1).getNumericCellValue(), 1e-9);
                    ratioFound = true;
                }
            }
            assertTrue(ratioFound, "the ratio is on the result sheet");
        }
    }
}
