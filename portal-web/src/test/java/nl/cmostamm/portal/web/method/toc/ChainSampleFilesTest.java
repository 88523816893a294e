package nl.cmostamm.portal.web.method.toc;

import static nl.cmostamm.portal.web.method.toc.ChainSamples.DUTCH;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cmostamm.portal.method.toc.Chain;
import org.junit.jupiter.api.Test;

/**
 * Writes the help desk's chain in every export to {@code target/toc-samples/}, for a person to look
 * at before a change to the diagram or its exports goes in: the tests check the rules, the eye
 * checks that it reads well.
 */
class ChainSampleFilesTest {

    @Test
    void writeTheSamplesForAPersonToLookAt() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "toc-samples"));
        Chain chain = ChainSamples.helpDesk();
        String svg = ChainDiagram.svg(chain, DUTCH, ChainSamples.text(DUTCH));

        Files.writeString(folder.resolve("verandertheorie.svg"), svg, StandardCharsets.UTF_8);
        Files.write(folder.resolve("verandertheorie.png"), ChainDiagram.png(svg, 2400));
        Files.write(
                folder.resolve("verandertheorie.pdf"),
                ChainReport.pdf(chain, "Dorpsloket Middelstum", "Huidige versie", DUTCH, ChainSamples.text(DUTCH)));
        Files.write(folder.resolve("verandertheorie.xlsx"), ChainWorkbook.xlsx(chain, DUTCH, ChainSamples.text(DUTCH)));

        try (var files = Files.list(folder)) {
            assertTrue(files.filter(f -> f.getFileName().toString().startsWith("verandertheorie."))
                            .count()
                    >= 4);
        }
    }
}
