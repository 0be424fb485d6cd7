package se.stockholm.varna.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway SQL migrations read as statements (comments dropped, string literals emptied, so that text
 * never looks like SQL), and the rules a MariaDB Galera cluster imposes on them (ADR 0012).
 */
final class MigrationScripts {

    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    /** One statement: where it starts, and its SQL in upper case on one line. */
    record Statement(String file, int line, String sql) {

        @Override
        public String toString() {
            return file + ":" + line + " " + (sql.length() > 90 ? sql.substring(0, 90) + " …" : sql);
        }
    }

    private static final Pattern CREATE_TABLE =
            Pattern.compile("^CREATE (OR REPLACE )?TABLE (IF NOT EXISTS )?`?(\\w+)`?(.*)$");
    private static final Pattern ENGINE = Pattern.compile("\\bENGINE\\s*=?\\s*(\\w+)");
    private static final Pattern LOCKS = Pattern.compile(
            "^(LOCK|UNLOCK) TABLES?\\b|\\b(GET_LOCK|RELEASE_LOCK|RELEASE_ALL_LOCKS|IS_FREE_LOCK|IS_USED_LOCK)\\s*\\("
                    + "|\\bWITH READ LOCK\\b|^BACKUP STAGE\\b");
    private static final Pattern NON_DETERMINISTIC = Pattern.compile(
            "\\b(RAND|UUID|UUID_SHORT|SYS_GUID|SYSDATE|NOW|CURDATE|CURTIME|UTC_TIMESTAMP|UTC_DATE|UTC_TIME"
                    + "|CONNECTION_ID|USER|CURRENT_USER|SESSION_USER)\\s*\\("
                    + "|\\b(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME|LOCALTIME|LOCALTIMESTAMP)\\b");
    private static final Pattern DML = Pattern.compile("^(INSERT|REPLACE|UPDATE|DELETE)\\b");
    private static final Pattern REPLICATION_SWITCH =
            Pattern.compile("^SET\\b.*\\b(WSREP_\\w+|SQL_LOG_BIN|BINLOG_FORMAT)\\b|^SET GLOBAL\\b|^XA\\b");

    private MigrationScripts() {}

    static List<Path> versioned() throws IOException {
        try (var files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .sorted()
                    .toList();
        }
    }

    static List<Statement> read(Path file) throws IOException {
        return split(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Splits on semicolons outside comments and quotes. */
    static List<Statement> split(String file, String text) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        int line = 1;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
            }
            if ((c == '-' && next == '-') || c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 1;
                line += (int)
                        text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
                sql.append(' ');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = closingQuote(text, i);
                line += (int)
                        text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
                sql.append("''");
                continue;
            }
            if (c == ';') {
                add(statements, file, start, sql);
                start = -1;
                continue;
            }
            if (start < 0 && !Character.isWhitespace(c)) {
                start = line;
            }
            sql.append(Character.isWhitespace(c) ? ' ' : c);
        }
        add(statements, file, start, sql);
        return statements;
    }

    /** What a Galera cluster would not take, or would take differently on each node. */
    static List<String> galeraProblems(List<Statement> statements) {
        List<String> problems = new ArrayList<>();
        Set<String> keyed = new HashSet<>();
        for (Statement s : statements) {
            String sql = s.sql();
            Matcher table = CREATE_TABLE.matcher(sql);
            if (table.matches()) {
                String rest = table.group(4);
                Matcher like = Pattern.compile("^\\s*\\(?\\s*LIKE `?(\\w+)`?").matcher(rest);
                boolean keyedLike = like.find() && keyed.contains(like.group(1));
                if (rest.contains("PRIMARY KEY") || keyedLike) {
                    keyed.add(table.group(3));
                } else {
                    problems.add(s + ": table without a PRIMARY KEY");
                }
            }
            if (sql.startsWith("ALTER TABLE") && sql.contains("DROP PRIMARY KEY") && !sql.contains("ADD PRIMARY KEY")) {
                problems.add(s + ": drops the PRIMARY KEY");
            }
            Matcher engine = ENGINE.matcher(sql);
            while (engine.find()) {
                if (!engine.group(1).equals("INNODB")) {
                    problems.add(s + ": ENGINE=" + engine.group(1) + " is not replicated (InnoDB only)");
                }
            }
            if (LOCKS.matcher(sql).find()) {
                problems.add(s + ": table or named locks are node-local on Galera");
            }
            if (REPLICATION_SWITCH.matcher(sql).find()) {
                problems.add(s + ": changes replication or server settings");
            }
            if (sql.startsWith("CREATE EVENT") || sql.matches("^CREATE DEFINER\\s*=.*\\bEVENT\\b.*")) {
                problems.add(s + ": an event runs on every node");
            }
            if (sql.startsWith("DELIMITER")) {
                problems.add(s + ": stored programs need a review for Galera");
            }
            boolean dml = DML.matcher(sql).find();
            if ((dml || sql.startsWith("ALTER TABLE"))
                    && NON_DETERMINISTIC.matcher(sql).find()) {
                problems.add(s + ": non-deterministic value (clock, random, session) in a write");
            }
            if (dml && sql.matches(".*\\bLIMIT\\b.*") && !sql.matches(".*\\bORDER BY\\b.*")) {
                problems.add(s + ": LIMIT without ORDER BY picks rows at random");
            }
        }
        return problems;
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unterminated " + quote + " literal");
    }

    private static void add(List<Statement> statements, String file, int line, StringBuilder sql) {
        String text = sql.toString().trim().replaceAll(" +", " ").toUpperCase(Locale.ROOT);
        if (!text.isEmpty()) {
            statements.add(new Statement(file, line, text));
        }
        sql.setLength(0);
    }
}
