// npm run neo4j -- start|stop|status: a local Neo4j 5 Community on 127.0.0.1 (port NEO4J_BOLT_PORT, 7687), with the
// docker-compose credentials (neo4j / policy-graph-dev) and its data and log under data/neo4j/.
import { boltAnswers, defaultOptions, logFile, runningPid, start, stop } from './local';

const USAGE = 'usage: npm run neo4j -- start|stop|status';

async function main(command: string | undefined): Promise<number> {
  const o = defaultOptions();
  const where = `bolt://127.0.0.1:${o.port} (${o.user}), data in ${o.home}`;
  switch (command) {
    case 'start': {
      const t0 = Date.now();
      const pid = await start(o, { log: (l) => process.stdout.write(`${l}\n`) });
      process.stdout.write(
        `Neo4j running (pid ${pid}) on ${where}, ready after ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      process.stdout.write(
        `log: ${logFile(o)}\nuse it: NEO4J_URI=bolt://127.0.0.1:${o.port} NEO4J_PASSWORD=${o.password === 'policy-graph-dev' ? o.password : '…'} npm start\n`,
      );
      return 0;
    }
    case 'stop': {
      process.stdout.write((await stop(o)) ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
      return 0;
    }
    case 'status': {
      const pid = runningPid(o);
      if (pid === null) {
        process.stdout.write('Neo4j is not running\n');
        return 3;
      }
      const ok = await boltAnswers(o);
      process.stdout.write(`Neo4j running (pid ${pid}) on ${where}; Bolt ${ok ? 'answers' : 'does not answer'}\n`);
      return ok ? 0 : 1;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
