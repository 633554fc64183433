package policygraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Neo4j 5 Community as an embedded DBMS with its Bolt connector on, for `npm run neo4j` and the tests.
 *
 * <p>Arguments: the DBMS home folder (data and Neo4j's own logs go under it). Environment: NEO4J_BOLT_PORT (7687),
 * NEO4J_USER (neo4j), NEO4J_PASSWORD (policy-graph-dev), NEO4J_PAGECACHE_MB (128). Authentication stays on: the
 * password of the built-in user is set through the system database, as `neo4j-admin dbms set-initial-password` does
 * for a server. Runs until SIGTERM or SIGINT, then shuts the DBMS down cleanly (checkpoint, files closed).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Launcher <home-folder>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home);
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"));
        String user = env.getOrDefault("NEO4J_USER", "neo4j");
        String password = env.getOrDefault("NEO4J_PASSWORD", "policy-graph-dev");
        long pageCacheMb = Long.parseLong(env.getOrDefault("NEO4J_PAGECACHE_MB", "128"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt only: the app never speaks HTTP to Neo4j, and a second port is one more thing to collide.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No usage reports: nothing leaves the machine.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("policy-graph-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("policy-graph-neo4j: stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
        System.out.println("policy-graph-neo4j: ready, bolt://127.0.0.1:" + port + " as " + user);
        stopped.await();
    }

    /** The built-in user gets the configured password; creating the user when another name is configured. */
    private static void setPassword(GraphDatabaseService system, String user, String password) {
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", Map.of("user", user),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        String statement = exists
                ? "ALTER USER " + quoteName(user) + " SET PASSWORD $password CHANGE NOT REQUIRED"
                : "CREATE USER " + quoteName(user) + " SET PASSWORD $password CHANGE NOT REQUIRED";
        try {
            system.executeTransactionally(statement, Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused by Neo4j; that is the state we want.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    /** A user name as a backquoted identifier (names cannot be parameters in administration commands). */
    private static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
