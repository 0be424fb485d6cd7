package se.stockholm.varna.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcurementRequirementsTest {

    static final ScaleView SCALE = new ScaleView(
            List.of(
                    new ScaleView.Aspect("K", "Konfidentialitet", "", Map.of()),
                    new ScaleView.Aspect("T", "Tillgänglighet", "", Map.of())),
            List.of(),
            List.of());

    static ProcurementRequirements export(List<Requirement> requirements) {
        var levels = new ProtectionLevelsView(7, List.of(), 0, List.of(), false, false);
        return new ProcurementRequirements(7, "Tjänst", levels, 1, requirements, SCALE);
    }

    @Test
    void theCsvHasABomAHeaderAndOneLinePerRequirement() {
        var csv = export(List.of(
                        new Requirement("K1-01", "K", 1, "FORVALTNING", "5.12", "Ägare", "Ägare är utsedda."),
                        new Requirement("T2-03", "T", 2, "IT_SAKERHET", "8.13", "Säkerhetskopior", "Återläsning.")))
                .csv();
        assertTrue(csv.startsWith("\uFEFFkod;aspekt;lägsta nivå;typ;ISO 27002;krav\r\n"), csv);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("K1-01;Konfidentialitet;1;Förvaltning;5.12;Ägare: Ägare är utsedda.", lines[1]);
        assertEquals("T2-03;Tillgänglighet;2;It-säkerhet;8.13;Säkerhetskopior: Återläsning.", lines[2]);
        byte[] bytes = export(List.of()).csvBytes();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark");
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        assertEquals("\uFEFF" + ProcurementRequirements.HEADER + "\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrFormulasAreEscaped() {
        assertEquals("\"a;b\"", ProcurementRequirements.cell("a;b"));
        assertEquals("\"säg \"\"hej\"\"\"", ProcurementRequirements.cell("säg \"hej\""));
        assertEquals("\"rad 1\nrad 2\"", ProcurementRequirements.cell("rad 1\nrad 2"));
        assertEquals("'=SUM(A1)", ProcurementRequirements.cell("=SUM(A1)"));
        assertEquals("'@x", ProcurementRequirements.cell("@x"));
        assertEquals("5.15", ProcurementRequirements.cell("5.15"));
    }

    @Test
    void theFileNameIsPlainAscii() {
        assertEquals("upphandlingskrav-it-tjanst-7.csv", export(List.of()).fileName());
    }
}
