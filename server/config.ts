// One validated configuration, read from the environment, failing at boot with a clear message.
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors';

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    KG_DATA_DIR: z.string().min(1).default('./data'),
    KG_CORPUS: z.string().min(1).default('./corpus'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j://host:7687')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    KG_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    KG_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
    KG_CORS_ORIGIN: z.string().optional(),
    KG_INGEST_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
    KG_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .strict();

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  corpusDir: string;
  neo4j?: { uri: string; user: string; password: string };
  apiToken?: string;
  rateLimit: number;
  corsOrigin?: string;
  /** Extraction threads for bulk ingest; 0 chooses from the number of files and cores. */
  ingestWorkers: number;
  maxUploadBytes: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
}

const KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of KEYS) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(picked[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.KG_DATA_DIR),
    corpusDir: path.resolve(c.KG_CORPUS),
    neo4j: c.NEO4J_URI ? { uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD } : undefined,
    apiToken: c.KG_API_TOKEN,
    rateLimit: c.KG_RATE_LIMIT,
    corsOrigin: c.KG_CORS_ORIGIN,
    ingestWorkers: c.KG_INGEST_WORKERS,
    maxUploadBytes: Math.round(c.KG_MAX_UPLOAD_MB * 1024 * 1024),
    logLevel: c.LOG_LEVEL,
  };
}
