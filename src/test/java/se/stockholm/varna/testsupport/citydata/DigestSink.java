package se.stockholm.varna.testsupport.citydata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts planned rows per table and folds every value into one SHA-256 digest; writes nothing. */
final class DigestSink implements RowSink {

    private final MessageDigest sha;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    DigestSink() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void row(String table, Object... values) {
        if (values.length != CityTables.columns(table).size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for "
                    + CityTables.columns(table).size() + " columns");
        }
        counts.merge(table, 1L, Long::sum);
        StringBuilder line = new StringBuilder(table);
        for (Object v : values) {
            line.append('|').append(v);
        }
        sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Long> counts() {
        return counts;
    }

    String digest() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
