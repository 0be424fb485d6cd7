package se.stockholm.varna.classification;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The applicable requirements of an it-tjänst as upphandlingskrav: what a supplier must meet, for a
 * procurement. Written as CSV for spreadsheets (UTF-8 with BOM so that Excel reads å, ä, ö;
 * semicolons as in Swedish Excel; CRLF line ends) or shown as a printable page.
 */
public record ProcurementRequirements(
        long itServiceId,
        String itServiceName,
        ProtectionLevelsView levels,
        int catalogueVersion,
        List<Requirement> requirements,
        ScaleView scale) {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final String BOM = "\uFEFF";
    static final String HEADER = "kod;aspekt;lägsta nivå;typ;ISO 27002;krav";

    public String csv() {
        StringBuilder out = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (Requirement r : requirements) {
            out.append(String.join(
                            ";",
                            cell(r.code()),
                            cell(aspectName(r.aspect())),
                            cell(String.valueOf(r.minLevel())),
                            cell(kindName(r.kind())),
                            cell(r.isoControl()),
                            cell(r.title() + ": " + r.text())))
                    .append("\r\n");
        }
        return out.toString();
    }

    public byte[] csvBytes() {
        return csv().getBytes(StandardCharsets.UTF_8);
    }

    /** The Content-Disposition of the download, with an ASCII file name that no browser mangles. */
    public String contentDisposition() {
        return "attachment; filename=\"" + fileName() + "\"";
    }

    /** An ASCII file name, so that no browser or mail client mangles it. */
    public String fileName() {
        return "upphandlingskrav-it-tjanst-" + itServiceId + ".csv";
    }

    public String aspectName(String code) {
        return scale.aspects().stream()
                .filter(a -> a.code().equals(code))
                .map(ScaleView.Aspect::name)
                .findFirst()
                .orElse(code);
    }

    public static String kindName(String kind) {
        return switch (kind) {
            case "FORVALTNING" -> "Förvaltning";
            case "IT_SAKERHET" -> "It-säkerhet";
            default -> kind;
        };
    }

    /**
     * One CSV field: quoted when it holds a separator, a quote or a line break; a leading =, +, - or @
     * is defused with an apostrophe so that a spreadsheet never runs it as a formula.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
