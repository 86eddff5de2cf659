// Preloaded into a CLI run (`node --import …/rss-probe.mjs`): on exit, writes the process's peak
// resident set size in kilobytes (worker threads included) to $NEWSKG_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.NEWSKG_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
