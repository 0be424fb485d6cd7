package se.stockholm.varna.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stockholm.varna.deploy.MigrationScripts.Statement;

/**
 * Every Flyway migration can run on a MariaDB Galera cluster (ADR 0012): each table has a primary
 * key (Galera needs one to apply row events and to certify deletes), only InnoDB, no table or named
 * locks (node-local), no switching replication off, no events (they would run on every node), and
 * no write whose outcome depends on the clock, chance or the session: DDL is replicated as a
 * statement and run by each node itself, and a migration must leave the same rows everywhere. Each
 * rule is also shown catching a bad statement: a rule that cannot fail protects nothing.
 */
class MigrationGaleraSafetyTest {

    @Test
    void everyMigrationIsSafeForGalera() throws IOException {
        List<Path> files = MigrationScripts.versioned();
        assertTrue(files.size() >= 10, "migrations found: " + files);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(MigrationScripts.galeraProblems(MigrationScripts.read(file)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTableHasAPrimaryKey() throws IOException {
        int tables = 0;
        for (Path file : MigrationScripts.versioned()) {
            for (Statement s : MigrationScripts.read(file)) {
                if (s.sql().startsWith("CREATE TABLE")) {
                    tables++;
                    assertTrue(s.sql().contains("PRIMARY KEY"), s + " has no PRIMARY KEY");
                }
            }
        }
        assertTrue(tables >= 40, "tables found: " + tables);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE note (id BIGINT NOT NULL, text VARCHAR(10)) ENGINE=InnoDB",
                "CREATE TABLE IF NOT EXISTS `note` (id BIGINT, UNIQUE KEY uk (id))",
                "CREATE TABLE note_copy AS SELECT * FROM org_unit",
                "ALTER TABLE org_unit DROP PRIMARY KEY",
                "CREATE TABLE note (id BIGINT PRIMARY KEY) ENGINE=MyISAM",
                "LOCK TABLES org_unit WRITE",
                "UNLOCK TABLES",
                "SELECT GET_LOCK('varna', 10)",
                "DO RELEASE_LOCK('varna')",
                "FLUSH TABLES org_unit WITH READ LOCK",
                "SET SESSION wsrep_on = OFF",
                "SET sql_log_bin = 0",
                "SET GLOBAL max_connections = 500",
                "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM audit_event",
                "ALTER TABLE org_unit ADD COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP",
                "ALTER TABLE org_unit ADD COLUMN token CHAR(36) DEFAULT (UUID())",
                "INSERT INTO org_unit_kind (code, name) VALUES (UUID(), 'x')",
                "UPDATE org_unit SET valid_from = NOW()",
                "UPDATE org_unit SET depth = depth + 1 WHERE RAND() < 0.5",
                "INSERT INTO note (created_by) VALUES (CURRENT_USER())",
                "DELETE FROM org_unit_history LIMIT 10",
                "UPDATE org_unit SET depth = 0 LIMIT 1",
            })
    void catches(String statement) {
        List<Statement> parsed = MigrationScripts.split("bad.sql", statement);
        assertEquals(1, MigrationScripts.galeraProblems(parsed).size(), statement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE note (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB",
                "CREATE TABLE note (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b))",
                "CREATE TABLE note (id BIGINT PRIMARY KEY, at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE note (id BIGINT PRIMARY KEY); CREATE TABLE note_two LIKE note",
                "INSERT INTO note (text) VALUES ('LOCK TABLES; GET_LOCK(x); NOW(); RAND()')",
                "-- LOCK TABLES in a comment\nINSERT INTO note (id) VALUES (1)",
                "/* UNLOCK TABLES; */ UPDATE org_unit SET depth = 0 ORDER BY id LIMIT 1",
                "INSERT INTO note (text) VALUES ('it''s; fine'), (\"say \\\"hi\\\"; there\")",
                "UPDATE org_unit c JOIN org_unit p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/')",
                "ALTER TABLE it_service ADD COLUMN supplier_id BIGINT NULL",
            })
    void letsThrough(String statements) {
        List<Statement> parsed = MigrationScripts.split("good.sql", statements);
        assertTrue(!parsed.isEmpty());
        assertEquals(List.of(), MigrationScripts.galeraProblems(parsed), statements);
    }

    @Test
    void splitsOnlyOnSemicolonsOutsideQuotesAndComments() {
        List<Statement> parsed = MigrationScripts.split(
                "x.sql", "INSERT INTO a VALUES ('x;y'); -- c;\n/* d; */ INSERT INTO b VALUES (1);\n\nSELECT 1");
        assertEquals(3, parsed.size(), parsed.toString());
        assertEquals(new Statement("x.sql", 2, "INSERT INTO B VALUES (1)"), parsed.get(1));
    }
}
