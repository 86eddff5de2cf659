// The throw-away Virtuoso of the integration tests; shared with the benchmark (bench/virtuoso.ts).
export * from '../../bench/virtuoso-server.js';
