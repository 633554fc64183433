/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 60000,
  // A live Neo4j for the Neo4j half of the suites: NEO4J_URI, or one started here and stopped at the end.
  globalSetup: '<rootDir>/tests/helpers/neo4jGlobalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/neo4jGlobalTeardown.ts',
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
};
