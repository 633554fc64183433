// A local Neo4j 5 Community for development and tests: the Maven module in neo4j/ (one launcher class) built once,
// then run as `java -cp … Launcher <home>` in the background, with a pid file and its log under <home>.
// Nothing here downloads anything but Maven's own dependency resolution on the first build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export const ROOT = path.resolve(__dirname, '..', '..');
export const MODULE_DIR = path.join(ROOT, 'neo4j');
const LIB_DIR = path.join(MODULE_DIR, 'target', 'lib');
const LAUNCHER_CLASS = path.join(MODULE_DIR, 'target', 'classes', 'policygraph', 'neo4j', 'Launcher.class');
const LAUNCHER_SOURCE = path.join(MODULE_DIR, 'src', 'main', 'java', 'policygraph', 'neo4j', 'Launcher.java');
const MAIN = 'policygraph.neo4j.Launcher';

export interface LocalNeo4jOptions {
  /** DBMS home: data, Neo4j's own logs, neo4j.log (our stdout) and neo4j.pid. */
  home: string;
  port: number;
  user: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
}

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): LocalNeo4jOptions {
  return {
    home: path.resolve(ROOT, env.NEO4J_HOME ?? path.join('data', 'neo4j')),
    port: Number(env.NEO4J_BOLT_PORT ?? 7687),
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'policy-graph-dev',
    heapMb: Number(env.NEO4J_HEAP_MB ?? 1024),
    pageCacheMb: Number(env.NEO4J_PAGECACHE_MB ?? 256),
  };
}

export const logFile = (o: Pick<LocalNeo4jOptions, 'home'>): string => path.join(o.home, 'neo4j.log');
const pidFile = (o: Pick<LocalNeo4jOptions, 'home'>): string => path.join(o.home, 'neo4j.pid');

function javaBin(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The Java feature version (17, 21, …), or null when there is no java. */
export function javaVersion(): number | null {
  const r = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr);
  if (!m) return null;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export function isBuilt(): boolean {
  if (!fs.existsSync(LAUNCHER_CLASS) || !fs.existsSync(LIB_DIR)) return false;
  const built = fs.statSync(LAUNCHER_CLASS).mtimeMs;
  return [path.join(MODULE_DIR, 'pom.xml'), LAUNCHER_SOURCE].every((f) => fs.statSync(f).mtimeMs <= built);
}

/** Why a local Neo4j cannot run here (no Java 17+, or not built and no Maven), or null when it can. */
export function missingPrerequisite(): string | null {
  const v = javaVersion();
  if (v === null) return 'no Java found (Neo4j 5 needs Java 17 or 21; set JAVA_HOME or put java on PATH)';
  if (v < 17) return `Java ${v} found; Neo4j 5 needs Java 17 or 21`;
  if (!isBuilt() && spawnSync('mvn', ['-v'], { encoding: 'utf8' }).status !== 0)
    return 'no Maven found (mvn), needed once to build neo4j/';
  return null;
}

/** Builds the launcher and copies its runtime jars to neo4j/target/lib; skipped when already up to date. */
export function build(log: (line: string) => void = () => undefined): void {
  if (isBuilt()) return;
  log('building the Neo4j launcher with Maven (first time: resolves Neo4j 5.26 from Maven Central)…');
  const r = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: MODULE_DIR,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Maven build of ${MODULE_DIR} failed:\n${tail(`${r.stdout}\n${r.stderr}`, 40)}`);
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid is not ours: the process must be our launcher.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN);
  } catch {
    return true;
  }
}

/** The pid of the Neo4j running on this home, or null. */
export function runningPid(o: Pick<LocalNeo4jOptions, 'home'>): number | null {
  if (!fs.existsSync(pidFile(o))) return null;
  const pid = Number(fs.readFileSync(pidFile(o), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}

/** true once Bolt accepts our credentials and answers a query. */
export async function boltAnswers(o: Pick<LocalNeo4jOptions, 'port' | 'user' | 'password'>): Promise<boolean> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${o.port}`, neo4j.auth.basic(o.user, o.password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Starts Neo4j in the background and returns its pid once Bolt answers; fails with the log's tail otherwise. */
export async function start(
  o: LocalNeo4jOptions,
  opts: { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<number> {
  const existing = runningPid(o);
  if (existing !== null) {
    if (await boltAnswers(o)) return existing;
    throw new Error(
      `Neo4j (pid ${existing}) runs on ${o.home} but Bolt does not answer on port ${o.port}; see ${logFile(o)}`,
    );
  }
  const why = missingPrerequisite();
  if (why) throw new Error(why);
  if (!(await portFree(o.port))) throw new Error(`port ${o.port} is taken (another Neo4j?); set NEO4J_BOLT_PORT`);
  build(opts.log);
  fs.mkdirSync(o.home, { recursive: true });
  const out = fs.openSync(logFile(o), 'a');
  const jvm = [
    `-Xms${Math.min(256, o.heapMb)}m`,
    `-Xmx${o.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // The module openings Neo4j's own neo4j.conf gives the JVM (page cache and Netty use them).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
  ];
  const child = spawn(
    javaBin(),
    [
      ...jvm,
      '-cp',
      `${path.join(MODULE_DIR, 'target', 'classes')}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      MAIN,
      o.home,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(o.port),
        NEO4J_USER: o.user,
        NEO4J_PASSWORD: o.password,
        NEO4J_PAGECACHE_MB: String(o.pageCacheMb),
      },
    },
  );
  fs.closeSync(out);
  const pid = child.pid!;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  child.unref();
  fs.writeFileSync(pidFile(o), `${pid}\n`);
  const until = Date.now() + (opts.timeoutMs ?? 180_000);
  while (Date.now() < until) {
    if (exited !== null) break;
    if (await boltAnswers(o)) return pid;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (exited === null) await stop(o);
  fs.rmSync(pidFile(o), { force: true });
  const reason = exited !== null ? `exited with code ${exited}` : 'did not answer on Bolt in time';
  throw new Error(`Neo4j ${reason}; last lines of ${logFile(o)}:\n${tail(fs.readFileSync(logFile(o), 'utf8'), 30)}`);
}

/** Stops the Neo4j running on this home: SIGTERM (a clean shutdown), SIGKILL after the timeout. */
export async function stop(o: Pick<LocalNeo4jOptions, 'home'>, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(o);
  if (pid === null) {
    fs.rmSync(pidFile(o), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(o), { force: true });
  return true;
}
